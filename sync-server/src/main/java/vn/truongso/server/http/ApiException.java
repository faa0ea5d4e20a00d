package vn.truongso.server.http;

/**
 * A refusal that becomes the JSON error {@code {"error": code, "message": message}} with {@code status}
 * (docs/sync-protocol.md §7). Throw it from any handler; the message is shown to people, so it says what to do and
 * never echoes a token, a signature or a body.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false); // a refusal is not a fault: no stack trace to fill or log
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException unauthorized(String code, String message) {
        return new ApiException(401, code, message);
    }

    public static ApiException forbidden(String code, String message) {
        return new ApiException(403, code, message);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message);
    }

    public static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "BODY_TOO_LARGE",
                "The request body is larger than this server accepts (" + maxBytes + " bytes once decompressed).");
    }
}
