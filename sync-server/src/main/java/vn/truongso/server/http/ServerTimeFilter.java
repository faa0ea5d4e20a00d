package vn.truongso.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import vn.truongso.core.trust.ProtocolHeaders;

/**
 * Puts {@code TS-Server-Time} on every response, refusals included, so a PC whose clock is wrong learns the offset
 * from whatever answer it gets (docs/sync-protocol.md §7). The outermost filter.
 */
final class ServerTimeFilter implements Filter {
    private final Clock clock;

    ServerTimeFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ((HttpServletResponse) response).setHeader(ProtocolHeaders.SERVER_TIME, Long.toString(clock.millis()));
        chain.doFilter(request, response);
    }
}
