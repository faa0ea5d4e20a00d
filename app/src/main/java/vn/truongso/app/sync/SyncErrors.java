package vn.truongso.app.sync;

import java.time.Duration;
import vn.truongso.core.sync.Protocol;
import vn.truongso.core.sync.ProtocolJson;

/** Turns the server's error answers into {@link SyncException}s the scheduler can act on. */
final class SyncErrors {
    private SyncErrors() {}

    static SyncException of(int status, String retryAfter, byte[] body) {
        Protocol.ErrorBody error = parse(body, status);
        SyncException.Kind kind = switch (status) {
            case 429, 502, 503, 504 -> SyncException.Kind.BUSY;
            case 401, 403, 409 -> SyncException.Kind.NOT_ENROLLED;
            case 426 -> SyncException.Kind.UPGRADE_NEEDED;
            default -> status >= 500 ? SyncException.Kind.BUSY : SyncException.Kind.REFUSED;
        };
        return new SyncException(kind, error.error(), error.message(), retryAfter(retryAfter), null);
    }

    private static Protocol.ErrorBody parse(byte[] body, int status) {
        try {
            Protocol.ErrorBody error = ProtocolJson.read(body, Protocol.ErrorBody.class);
            if (error.error() != null) {
                return error;
            }
        } catch (IllegalArgumentException e) {
            // not our JSON: a proxy's page, say
        }
        return new Protocol.ErrorBody("HTTP_" + status, "the server answered " + status);
    }

    private static Duration retryAfter(String header) {
        try {
            return header == null ? Duration.ofSeconds(5) : Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(5);
        }
    }
}
