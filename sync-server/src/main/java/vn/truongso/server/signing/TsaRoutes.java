package vn.truongso.server.signing;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import vn.truongso.server.http.ApiException;
import vn.truongso.server.http.RouteModule;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;
import vn.truongso.server.trust.MasterKey;

/**
 * RFC 3161 over HTTP (§3.4): {@code POST /tsa/{schoolCode}} with a DER TimeStampReq as
 * {@code application/timestamp-query}, answered with a DER TimeStampResp as {@code application/timestamp-reply}.
 * Public, like any TSA: a time-stamp only says that a digest existed at a time. A request the authority refuses
 * (bad DER, a weak digest) still gets 200 with a rejection inside, as RFC 3161 asks.
 */
public final class TsaRoutes implements RouteModule {
    public static final String PATH = "/tsa/";
    public static final String QUERY = "application/timestamp-query";
    public static final String REPLY = "application/timestamp-reply";

    @Override
    public void addRoutes(RoutesConfig routes, ServerContext context) {
        SchoolSigning signing = new SchoolSigning(new SigningPkis(context.database(),
                MasterKey.load(context.config()), context.clock()), context.clock());
        routes.post(PATH + "{schoolCode}", ctx -> stamp(ctx, context, signing));
    }

    private static void stamp(Context ctx, ServerContext context, SchoolSigning signing) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";", 2)[0].strip();
        if (!type.toLowerCase(Locale.ROOT).equals(QUERY)) {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "A time-stamp request is sent as " + QUERY + ".");
        }
        School school = context.schools().findByCode(ctx.pathParam("schoolCode")).orElseThrow(() ->
                ApiException.notFound("UNKNOWN_SCHOOL", "No school with this code is served here."));
        if (signing.pkis().find(school.id()).isEmpty()) {
            throw ApiException.notFound("NO_TSA", "This school has no time-stamping authority yet.");
        }
        byte[] reply = signing.timeStampAuthority(school).respond(ctx.bodyAsBytes());
        ctx.res().setCharacterEncoding(null); // Javalin sets UTF-8 for every answer; DER has no charset
        ctx.res().setContentType(REPLY);
        ctx.result(reply);
    }
}
