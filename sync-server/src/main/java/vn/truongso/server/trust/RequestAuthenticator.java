package vn.truongso.server.trust;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import vn.truongso.core.trust.ProtocolHeaders;
import vn.truongso.core.trust.RequestSignature;
import vn.truongso.server.http.ApiException;
import vn.truongso.server.http.SyncServer;

/**
 * The before-handler that authenticates every /v2 request except the public ones (docs/sync-protocol.md §7), in
 * this order: a protocol this server speaks (426 below the minimum), the five headers (401), a known device (401)
 * that is active (403), a certificate in its validity period (403), a signature by the device's key over the
 * canonical request (401), a clock within ±10 minutes (401; the skew is recorded either way), and finally the token
 * chain (409 and suspension for a stale token; see {@link DeviceTokens}). Success leaves an
 * {@link AuthenticatedDevice} for the handler and, for a write, the next token in {@code TS-Next-Token}, which is
 * sent whatever the handler answers afterwards: the PC adopts it from any answer that carries it. Tokens and
 * signatures never appear in answers or logs.
 */
public final class RequestAuthenticator implements Handler {
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(10);

    private final DeviceTokens tokens;
    private final Clock clock;

    RequestAuthenticator(DeviceTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public void handle(Context ctx) {
        if (TrustRoutes.isPublic(ctx.path())) {
            return;
        }
        int protocol = protocol(ctx.header(ProtocolHeaders.PROTOCOL));
        UUID deviceId = deviceId(required(ctx, ProtocolHeaders.DEVICE));
        long time = time(required(ctx, ProtocolHeaders.TIME));
        String token = required(ctx, ProtocolHeaders.TOKEN);
        byte[] signature = signature(required(ctx, ProtocolHeaders.SIGNATURE));

        DeviceTokens.Credentials device = tokens.credentials(deviceId).orElseThrow(() ->
                ApiException.unauthorized("UNKNOWN_DEVICE", "This PC is not enrolled with this server; enrol it again."));
        requireActive(device.status());
        Instant now = clock.instant();
        X509Certificate certificate = SchoolCa.certificate(device.certificate());
        requireValid(certificate, now);

        RequestSignature canonical = RequestSignature.of(protocol, ctx.method().name(),
                RequestSignature.target(ctx.req().getRequestURI(), ctx.req().getQueryString()), time, token,
                ctx.bodyAsBytes());
        if (!canonical.verify(certificate.getPublicKey(), signature)) {
            throw ApiException.unauthorized("BAD_SIGNATURE", "The request's signature does not match this PC's key.");
        }

        long skew = time - now.toEpochMilli();
        if (Math.abs(skew) > MAX_CLOCK_SKEW.toMillis()) {
            tokens.recordSeen(deviceId, now, skew);
            throw ApiException.unauthorized("CLOCK_SKEW", "This PC's clock is " + Math.abs(skew / 60_000)
                    + " minutes " + (skew > 0 ? "ahead of" : "behind") + " the server's; correct it with the "
                    + ProtocolHeaders.SERVER_TIME + " header (at most " + MAX_CLOCK_SKEW.toMinutes() + " minutes).");
        }

        AuthenticatedDevice authenticated = new AuthenticatedDevice(deviceId, device.schoolId(), protocol);
        switch (tokens.present(deviceId, token, isWrite(ctx.method()), now, skew)) {
            case DeviceTokens.Outcome.Rotated rotated -> {
                ctx.header(ProtocolHeaders.NEXT_TOKEN, rotated.nextToken());
                admit(ctx, authenticated);
            }
            case DeviceTokens.Outcome.Accepted accepted -> admit(ctx, authenticated);
            case DeviceTokens.Outcome.Reused reused -> throw ApiException.conflict("IDENTITY_REUSED",
                    "This PC presented a sync token it had already replaced: another copy of it (a cloned disk or a "
                            + "restored backup) uses the same identity. The device is suspended; enrol this PC again.");
            case DeviceTokens.Outcome.Inactive inactive -> requireActive(inactive.status());
        }
    }

    private static void admit(Context ctx, AuthenticatedDevice device) {
        ctx.attribute(AuthenticatedDevice.ATTRIBUTE, device);
        ctx.attribute(SyncServer.DEVICE_LOG_ATTRIBUTE, device.deviceId());
    }

    /** Requests that change something spend the token; reads (GET, HEAD) do not (docs/decisions.md). */
    static boolean isWrite(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD;
    }

    private static int protocol(String header) {
        int version;
        try {
            version = header == null ? 0 : Integer.parseInt(header.strip());
        } catch (NumberFormatException e) {
            version = 0;
        }
        if (version < ProtocolHeaders.MINIMUM_PROTOCOL) {
            throw new ApiException(426, "PROTOCOL_TOO_OLD", "This app is too old for this server (it needs sync "
                    + "protocol " + ProtocolHeaders.MINIMUM_PROTOCOL + " or newer, sent as the "
                    + ProtocolHeaders.PROTOCOL + " header). Update the app; no data is lost.");
        }
        if (version > ProtocolHeaders.CURRENT_PROTOCOL) {
            throw ApiException.badRequest("PROTOCOL_TOO_NEW", "This server speaks sync protocol "
                    + ProtocolHeaders.MINIMUM_PROTOCOL + " to " + ProtocolHeaders.CURRENT_PROTOCOL + ", not " + version
                    + ". Ask the administrator to update the server.");
        }
        return version;
    }

    private static String required(Context ctx, String header) {
        String value = ctx.header(header);
        if (value == null || value.isBlank()) {
            throw ApiException.unauthorized("MISSING_CREDENTIALS", "The request lacks the " + header + " header.");
        }
        return value.strip();
    }

    private static UUID deviceId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized("BAD_CREDENTIALS", ProtocolHeaders.DEVICE + " is not a device id.");
        }
    }

    private static long time(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.unauthorized("BAD_CREDENTIALS",
                    ProtocolHeaders.TIME + " must be milliseconds since 1970-01-01 UTC.");
        }
    }

    private static byte[] signature(String value) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized("BAD_SIGNATURE", ProtocolHeaders.SIGNATURE + " is not base64.");
        }
    }

    private static void requireActive(DeviceStatus status) {
        switch (status) {
            case ACTIVE -> { }
            case REVOKED -> throw ApiException.forbidden("DEVICE_REVOKED",
                    "This PC's access was revoked by the server administrator.");
            case SUSPENDED -> throw ApiException.forbidden("DEVICE_SUSPENDED", "This PC's identity was suspended "
                    + "because another copy of it used the same identity; enrol this PC again.");
        }
    }

    private static void requireValid(X509Certificate certificate, Instant now) {
        try {
            certificate.checkValidity(java.util.Date.from(now));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw ApiException.forbidden("CERTIFICATE_EXPIRED",
                    "This PC's certificate is outside its validity period; enrol this PC again.");
        }
    }
}
