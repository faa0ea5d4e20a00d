package vn.truongso.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most N sync requests are served at once; request N+1 gets 429 with Retry-After at once instead of waiting in
 * a queue (DESIGN §3.9): when hundreds of schools reconnect together, each PC backs off and retries, and the server
 * keeps answering the ones it has taken. Handlers run synchronously, so the permit is held while one runs, unless
 * the handler gives it up before waiting ({@link RequestPermit}).
 */
final class ConcurrencyLimitFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrencyLimitFilter.class);

    private final Semaphore permits;
    private final int retryAfterSeconds;

    ConcurrencyLimitFilter(int maxConcurrentRequests, int retryAfterSeconds) {
        this.permits = new Semaphore(maxConcurrentRequests);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!permits.tryAcquire()) {
            HttpServletResponse http = (HttpServletResponse) response;
            LOG.info("event=overloaded method={} path={} status=429", ((HttpServletRequest) request).getMethod(),
                    ((HttpServletRequest) request).getRequestURI());
            http.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
            FilterResponses.writeError(http, 429, new ErrorBody("TOO_MANY_REQUESTS",
                    "The server is busy; try again in " + retryAfterSeconds + " seconds."));
            return;
        }
        RequestPermit permit = new RequestPermit(permits);
        request.setAttribute(RequestPermit.ATTRIBUTE, permit);
        try {
            chain.doFilter(request, response);
        } finally {
            permit.release(); // unless the handler gave it up already (RequestPermit.release)
        }
    }
}
