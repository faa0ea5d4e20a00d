package vn.truongso.app.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import vn.truongso.core.sync.Protocol;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.trust.ProtocolHeaders;
import vn.truongso.core.trust.RequestSignature;

/**
 * This PC's side of the sync API (docs/sync-protocol.md): signed requests, gzip both ways, the rotating device
 * token, and the server's clock offset. One request at a time: each answer carries the token for the next.
 */
public final class SyncClient {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final long CLOCK_RETRY_THRESHOLD_MS = 60_000;
    /** docs/sync-protocol.md §4–5: this PC's own changes' outcomes as runs of sequence numbers. */
    private static final String RUNS = "runs";

    /** Where the current device token lives; {@link #replace} must be durable before the next request. */
    public interface TokenKeeper {
        String current();

        void replace(String next);
    }

    public record Enrolment(String deviceId, String schoolId, String schoolCode, String certificate,
                            String caCertificate, String syncToken) {}

    private final OkHttpClient http;
    private final HttpUrl server;
    private final Clock clock;
    private volatile long clockOffsetMillis;

    public SyncClient(OkHttpClient http, String serverUrl, Clock clock) {
        this.http = http;
        HttpUrl parsed = HttpUrl.parse(serverUrl);
        if (parsed == null) {
            throw new IllegalArgumentException("not a server address: " + serverUrl);
        }
        this.server = parsed;
        this.clock = clock;
    }

    public static OkHttpClient defaultHttp() {
        return new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(60))
                .writeTimeout(Duration.ofSeconds(60)).retryOnConnectionFailure(false).build();
    }

    /** How far the server's clock is ahead of this PC's, as last seen (the status bar warns when it is large). */
    public long clockOffsetMillis() {
        return clockOffsetMillis;
    }

    public synchronized Enrolment enrol(String code, String pcName, byte[] csrDer, long firstSeq) throws SyncException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", pcName);
        body.put("csr", Base64.getEncoder().encodeToString(csrDer));
        body.put("firstSeq", firstSeq);
        Request request = new Request.Builder().url(url("/v2/enrol", Map.of()))
                .header(ProtocolHeaders.PROTOCOL, String.valueOf(ProtocolHeaders.CURRENT_PROTOCOL))
                .post(RequestBody.create(ProtocolJson.writeBytes(body), JSON)).build();
        return read(execute(request, null), Enrolment.class);
    }

    /**
     * Pushes a chunk. The accepted changes' outcomes are asked for as runs of sequence numbers ({@code results=runs}):
     * this PC knows its changes' ids. A server that does not know the parameter answers in full, which reads the same.
     */
    public synchronized Protocol.PushResponse push(DeviceCredentials device, TokenKeeper tokens,
                                                   Protocol.PushRequest push) throws SyncException {
        return read(signed(device, tokens, "POST", "/v2/push", Map.of("results", RUNS), ProtocolJson.writeBytes(push)),
                Protocol.PushResponse.class);
    }

    /**
     * The school's changes after {@code after}; with {@code waitMillis} > 0 the server holds the request until there
     * is news (a long poll). Pulls do not rotate the token, so one may wait while this PC pushes. With
     * {@code ownAsRuns} this PC's own changes come as runs of sequence numbers, without the bodies its outbox holds
     * (a server that does not know the parameter sends them whole, which is as good).
     */
    public Protocol.PullPage pull(DeviceCredentials device, TokenKeeper tokens, long after, int limit, long waitMillis,
                                  boolean ownAsRuns) throws SyncException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("after", String.valueOf(after));
        query.put("limit", String.valueOf(limit));
        if (waitMillis > 0) {
            query.put("wait", String.valueOf(waitMillis));
        }
        if (ownAsRuns) {
            query.put("ownChanges", RUNS);
        }
        return read(signed(device, tokens, "GET", "/v2/pull", query, null), Protocol.PullPage.class);
    }

    public Protocol.SnapshotPage snapshot(DeviceCredentials device, TokenKeeper tokens, Long at,
                                                       Protocol.SnapshotPosition after, int limit) throws SyncException {
        Map<String, String> query = new LinkedHashMap<>();
        if (at != null) {
            query.put("at", String.valueOf(at));
        }
        if (after != null) {
            query.put("afterEntity", after.entity());
            query.put("afterRow", after.row().toString());
        }
        query.put("limit", String.valueOf(limit));
        return read(signed(device, tokens, "GET", "/v2/snapshot", query, null), Protocol.SnapshotPage.class);
    }

    private byte[] signed(DeviceCredentials device, TokenKeeper tokens, String method, String path,
                          Map<String, String> query, byte[] body) throws SyncException {
        long offsetBefore = clockOffsetMillis;
        try {
            return execute(signedRequest(device, tokens, method, path, query, body), tokens);
        } catch (SyncException e) {
            // A PC whose clock is wrong learns the server's time from the refusal and tries once more.
            boolean clockMoved = Math.abs(clockOffsetMillis - offsetBefore) > CLOCK_RETRY_THRESHOLD_MS;
            if (e.kind() == SyncException.Kind.NOT_ENROLLED && clockMoved) {
                return execute(signedRequest(device, tokens, method, path, query, body), tokens);
            }
            throw e;
        }
    }

    private Request signedRequest(DeviceCredentials device, TokenKeeper tokens, String method, String path,
                                  Map<String, String> query, byte[] body) {
        HttpUrl url = url(path, query);
        byte[] bytes = body == null ? new byte[0] : body;
        long time = clock.millis() + clockOffsetMillis;
        String token = tokens.current();
        String target = RequestSignature.target(url.encodedPath(), url.encodedQuery());
        byte[] signature = RequestSignature.of(ProtocolHeaders.CURRENT_PROTOCOL, method, target, time, token, bytes)
                .sign(device.privateKey());
        Request.Builder builder = new Request.Builder().url(url)
                .header(ProtocolHeaders.PROTOCOL, String.valueOf(ProtocolHeaders.CURRENT_PROTOCOL))
                .header(ProtocolHeaders.DEVICE, device.deviceId().toString())
                .header(ProtocolHeaders.TIME, String.valueOf(time))
                .header(ProtocolHeaders.TOKEN, token)
                .header(ProtocolHeaders.SIGNATURE, Base64.getEncoder().encodeToString(signature));
        if (body == null) {
            return builder.get().build();
        }
        return builder.header("Content-Encoding", "gzip").method(method, RequestBody.create(gzip(bytes), JSON)).build();
    }

    /** Sends the request; a rotated token is stored before anything else, so no answer can lose it. */
    private byte[] execute(Request request, TokenKeeper tokens) throws SyncException {
        long sentAt = clock.millis();
        try (Response response = http.newCall(request).execute()) {
            learnServerTime(response, sentAt);
            String next = response.header(ProtocolHeaders.NEXT_TOKEN);
            if (next != null && tokens != null) {
                tokens.replace(next);
            }
            byte[] body = response.body().bytes();
            if (response.isSuccessful()) {
                return body;
            }
            throw SyncErrors.of(response.code(), response.header("Retry-After"), body);
        } catch (IOException e) {
            throw new SyncException(SyncException.Kind.OFFLINE, "OFFLINE", "the server cannot be reached: "
                    + e.getMessage(), Duration.ZERO, e);
        }
    }

    /**
     * The server stamps its time when a request arrives, so it is compared with when the request left: after a long
     * poll, the moment of the answer is up to 20 s later and would make a right clock look 20 s slow.
     */
    private void learnServerTime(Response response, long sentAt) {
        String serverTime = response.header(ProtocolHeaders.SERVER_TIME);
        if (serverTime != null) {
            try {
                clockOffsetMillis = Long.parseLong(serverTime) - sentAt;
            } catch (NumberFormatException ignored) {
                // a proxy mangled it; keep the last offset
            }
        }
    }

    private HttpUrl url(String path, Map<String, String> query) {
        HttpUrl.Builder builder = server.newBuilder().encodedPath(path);
        query.forEach((name, value) -> builder.addEncodedQueryParameter(name,
                URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return builder.build();
    }

    private static <T> T read(byte[] json, Class<T> type) throws SyncException {
        try {
            return ProtocolJson.read(json, type);
        } catch (IllegalArgumentException e) {
            throw new SyncException(SyncException.Kind.REFUSED, "BAD_ANSWER",
                    "the server's answer cannot be read: " + e.getMessage());
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
