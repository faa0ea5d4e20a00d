package vn.truongso.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.truongso.server.InvalidInputException;

/**
 * Every failure inside Javalin becomes the protocol's JSON error with the right status: refusals as thrown, input
 * errors as 400, Javalin's own (404, 405, 413) with our wording, a request that waited too long for a database
 * connection as 503 with Retry-After (the server is overloaded, not broken: the PC comes back later, DESIGN §3.9),
 * and anything else unexpected as a logged 500 whose answer says nothing about the inside of the server.
 */
final class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {}

    static void register(RoutesConfig routes, long maxBodyBytes, int retryAfterSeconds) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), new ErrorBody(e.code(), e.getMessage())));
        routes.exception(InvalidInputException.class,
                (e, ctx) -> answer(ctx, 400, new ErrorBody("INVALID_REQUEST", e.getMessage())));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            ApiException tooLarge = ApiException.tooLarge(maxBodyBytes);
            ErrorBody body = e.getStatus() == 413 ? new ErrorBody(tooLarge.code(), tooLarge.getMessage())
                    : ErrorBody.forStatus(e.getStatus());
            answer(ctx, e.getStatus(), body);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            if (waitedForConnection(e)) {
                LOG.warn("event=database_busy method={} path={} status=503", ctx.method(), ctx.path());
                ctx.header("Retry-After", Integer.toString(retryAfterSeconds));
                answer(ctx, 503, new ErrorBody("UNAVAILABLE", "The server is busy; try again in " + retryAfterSeconds
                        + " seconds."));
                return;
            }
            LOG.error("event=unexpected_failure method={} path={}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, ErrorBody.forStatus(500));
        });
    }

    /** Whether the failure is the pool's timeout: every connection stayed busy while the request waited for one. */
    static boolean waitedForConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static void answer(Context ctx, int status, ErrorBody body) {
        ctx.status(status).json(body);
    }
}
