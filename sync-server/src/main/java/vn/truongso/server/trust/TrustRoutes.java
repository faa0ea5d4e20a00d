package vn.truongso.server.trust;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import vn.truongso.server.http.ApiException;
import vn.truongso.server.http.RouteModule;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;

/**
 * Device trust over HTTP: {@code POST /v2/enrol} and {@code GET /v2/crl/{schoolCode}}, both public, and the
 * authenticator in front of every other /v2 route.
 */
public final class TrustRoutes implements RouteModule {
    /** The /v2 routes that need no device signature: enrolling (the PC has no identity yet) and the CRLs. */
    static final String ENROL = "/v2/enrol";
    static final String CRL_PREFIX = "/v2/crl/";

    static boolean isPublic(String path) {
        return path.equals(ENROL) || path.startsWith(CRL_PREFIX);
    }

    @Override
    public void addRoutes(RoutesConfig routes, ServerContext context) {
        Enrolment enrolment = new Enrolment(context.database(), context.schools(), context.cas(),
                context.enrolmentCodes(), context.clock());
        AttemptLimiter enrolAttempts = new AttemptLimiter(context.clock(), context.config().enrolAttemptsPerMinute());
        RequestAuthenticator authenticator = new RequestAuthenticator(new DeviceTokens(context.database()),
                context.clock());

        routes.before("/v2/*", authenticator);
        routes.post(ENROL, ctx -> {
            if (!enrolAttempts.tryAttempt(ctx.ip())) {
                ctx.header("Retry-After", "60");
                throw new ApiException(429, "TOO_MANY_ATTEMPTS",
                        "Too many enrolment attempts from this address; wait a minute.");
            }
            ctx.json(enrolment.enrol(ctx.bodyAsClass(Enrolment.Request.class)));
        });
        routes.get(CRL_PREFIX + "{schoolCode}", ctx -> crl(ctx, context));
    }

    private static void crl(Context ctx, ServerContext context) {
        School school = context.schools().findByCode(ctx.pathParam("schoolCode")).orElseThrow(() ->
                ApiException.notFound("UNKNOWN_SCHOOL", "No school with this code is served here."));
        byte[] crl = context.database().dsl().transactionResult(configuration -> {
            var tx = configuration.dsl();
            SchoolCa ca = context.cas().load(tx, school.id());
            return ca.crl(context.devices().revoked(tx, school.id()), context.cas().crlNumber(tx, school.id()),
                    context.clock().instant());
        });
        ctx.res().setCharacterEncoding(null); // Javalin sets UTF-8 for every answer; a DER file has no charset
        ctx.res().setContentType("application/pkix-crl");
        ctx.result(crl);
    }
}
