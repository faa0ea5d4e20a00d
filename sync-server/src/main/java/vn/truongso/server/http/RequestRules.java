package vn.truongso.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Locale;

/**
 * The first before-handler: refuses a body that announces itself as too large before reading a byte of it (413),
 * and a body that is neither JSON nor an RFC 3161 time-stamp request (415). Bodies without a Content-Length (chunked, or inflated from gzip) are counted
 * as they are read instead (Javalin's maxRequestSize, {@link GzipRequestFilter}).
 */
final class RequestRules implements Handler {
    private final long maxBodyBytes;

    RequestRules(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(Context ctx) {
        long announced = ctx.req().getContentLengthLong();
        if (announced > maxBodyBytes) {
            throw ApiException.tooLarge(maxBodyBytes);
        }
        if (hasBody(ctx, announced) && !isJson(ctx.contentType())) {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE",
                    "Request bodies must be JSON, sent with Content-Type: application/json"
                    + " (time-stamp requests: application/timestamp-query).");
        }
    }

    private static boolean hasBody(Context ctx, long announced) {
        HandlerType method = ctx.method();
        boolean carriesBody = method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH;
        return carriesBody && announced != 0; // -1: chunked or inflated, a body all the same
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        // The time-stamping authority (POST /tsa/{schoolCode}) takes DER, as RFC 3161 §3.4 says.
        return mediaType.equals("application/json") || mediaType.endsWith("+json")
                || mediaType.equals("application/timestamp-query");
    }
}
