package vn.truongso.server.http;

import java.nio.charset.StandardCharsets;

/** The protocol's error body, {@code {"error": CODE, "message": "…"}}, the same from every layer that answers. */
public record ErrorBody(String error, String message) {

    public byte[] toJsonBytes() {
        return ServerJson.MAPPER.writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
    }

    /** The code and wording for a bare HTTP status, when nothing more specific is known. */
    public static ErrorBody forStatus(int status) {
        return switch (status) {
            case 400 -> new ErrorBody("BAD_REQUEST", "The request is malformed.");
            case 401 -> new ErrorBody("UNAUTHORIZED", "The request is not authenticated.");
            case 403 -> new ErrorBody("FORBIDDEN", "The request is not allowed.");
            case 404 -> new ErrorBody("NOT_FOUND", "There is nothing at this address.");
            case 405 -> new ErrorBody("METHOD_NOT_ALLOWED", "This address does not accept this method.");
            case 408 -> new ErrorBody("REQUEST_TIMEOUT", "The request took too long to arrive.");
            case 413 -> new ErrorBody("BODY_TOO_LARGE", "The request body is larger than this server accepts.");
            case 414 -> new ErrorBody("URI_TOO_LONG", "The request address is too long.");
            case 415 -> new ErrorBody("UNSUPPORTED_MEDIA_TYPE", "The request body has a type this server does not accept.");
            case 426 -> new ErrorBody("UPGRADE_REQUIRED", "This client is too old for this server; update it.");
            case 429 -> new ErrorBody("TOO_MANY_REQUESTS", "The server is busy; try again later.");
            case 431 -> new ErrorBody("HEADERS_TOO_LARGE", "The request headers are too large.");
            case 503 -> new ErrorBody("UNAVAILABLE", "The server cannot answer now; try again later.");
            default -> status >= 500
                    ? new ErrorBody("INTERNAL_ERROR", "The server failed to answer; the failure is logged.")
                    : new ErrorBody("HTTP_" + status, "The request was refused (HTTP " + status + ").");
        };
    }
}
