package vn.truongso.server.trust;

import io.javalin.http.Context;
import java.util.UUID;

/**
 * The PC a request comes from, once {@link RequestAuthenticator} has checked it: its device id, its school (every
 * query of a sync handler is scoped to it) and the protocol version it speaks. Read it in a handler with
 * {@code AuthenticatedDevice.of(ctx)}.
 */
public record AuthenticatedDevice(UUID deviceId, UUID schoolId, int protocol) {
    /** The request attribute under which the authenticator leaves it. */
    public static final String ATTRIBUTE = "truongso.authenticatedDevice";

    /** The request's device; fails (500) on a route the authenticator does not cover, which is a server bug. */
    public static AuthenticatedDevice of(Context ctx) {
        AuthenticatedDevice device = ctx.attribute(ATTRIBUTE);
        if (device == null) {
            throw new IllegalStateException("no authenticated device on " + ctx.path()
                    + ": the route is not behind RequestAuthenticator (see TrustRoutes.PUBLIC_PATHS)");
        }
        return device;
    }
}
