package vn.truongso.systemtests.bench;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.OkHttpClient;
import vn.truongso.app.sync.DeviceCredentials;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.app.sync.SyncException;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.Protocol;
import vn.truongso.server.testing.TestDevice;

/**
 * One school's PC in the many-schools benchmark, reduced to what talks to the server: the app's own
 * {@link SyncClient} (signed, gzipped requests, the rotating token), credentials from a real enrolment, and the
 * app's push loop — chunks of {@link #CHUNK} from {@code acked_seq + 1}, each acknowledged before the next — without
 * the local store, which is not what this benchmark measures. A 429 (too many requests at once) or a 503 (every
 * database connection stayed busy) is honoured as the app's scheduler honours it: wait the Retry-After the server
 * gave, then send the same chunk again; both are counted. Anything else that goes wrong fails the run.
 */
final class PushingPc {
    /** The app's push chunk ({@code SyncEngine.PUSH_CHUNK}). */
    static final int CHUNK = 500;

    private final SyncClient client;
    private final DeviceCredentials credentials;
    private final MemoryToken token;
    private final Map<UUID, Long> accepted = new HashMap<>();
    private int pushes;
    private int tooManyRequests;
    private int unavailable;
    private Duration waited = Duration.ZERO;

    private PushingPc(SyncClient client, DeviceCredentials credentials, String token) {
        this.client = client;
        this.credentials = credentials;
        this.token = new MemoryToken(token);
    }

    /** Enrols a new PC with {@code code} through the app's client, with a fresh P-256 key as the app makes. */
    static PushingPc enrol(OkHttpClient http, String serverUrl, Clock clock, String code, String name)
            throws SyncException {
        SyncClient client = new SyncClient(http, serverUrl, clock);
        KeyPair keys = TestDevice.newKeyPair();
        byte[] csr = Base64.getDecoder().decode(TestDevice.csr(keys));
        SyncClient.Enrolment answer = client.enrol(code, name, csr, 1);
        Base64.Decoder base64 = Base64.getDecoder();
        DeviceCredentials credentials = new DeviceCredentials(serverUrl, UUID.fromString(answer.deviceId()),
                UUID.fromString(answer.schoolId()), answer.schoolCode(), keys.getPrivate().getEncoded(),
                base64.decode(answer.certificate()), base64.decode(answer.caCertificate()));
        return new PushingPc(client, credentials, answer.syncToken());
    }

    UUID deviceId() {
        return credentials.deviceId();
    }

    UUID schoolId() {
        return credentials.schoolId();
    }

    /**
     * Pushes {@code changes} (device sequence 1, 2, … in order) until the server has acknowledged them all. Fails when
     * a change is refused, the server makes no progress, or it answers anything but success or 429.
     */
    void pushAll(List<Change> changes) throws SyncException, InterruptedException {
        long acked = 0;
        while (acked < changes.size()) {
            List<Change> chunk = changes.subList((int) acked, (int) Math.min(changes.size(), acked + CHUNK));
            Protocol.PushResponse response;
            try {
                response = client.push(credentials, token, new Protocol.PushRequest(chunk));
            } catch (SyncException e) {
                switch (e.code()) {
                    case "TOO_MANY_REQUESTS" -> tooManyRequests++;
                    case "UNAVAILABLE" -> unavailable++;
                    default -> throw e;
                }
                waited = waited.plus(e.retryAfter());
                Thread.sleep(e.retryAfter()); // the server asked for this pause: it is the protocol, not a guess
                continue;
            }
            pushes++;
            for (Protocol.ChangeResult result : response.results()) {
                if (result.status() != Protocol.Status.ACCEPTED) {
                    throw new IllegalStateException("change " + result.id() + " (seq " + result.seq() + ") of school "
                            + credentials.schoolCode() + " refused: " + result.reason() + " " + result.message());
                }
                if (accepted.put(result.id(), result.serverSeq()) != null) {
                    throw new IllegalStateException("change " + result.id() + " acknowledged twice");
                }
            }
            // The client asks for accepted changes as runs of sequence numbers: device seq k is changes[k - 1].
            for (Protocol.AcceptedRun run : response.accepted() == null ? List.<Protocol.AcceptedRun>of()
                    : response.accepted()) {
                for (int i = 0; i < run.count(); i++) {
                    UUID id = changes.get((int) (run.seq() + i - 1)).id();
                    if (accepted.put(id, run.serverSeq() + i) != null) {
                        throw new IllegalStateException("change " + id + " acknowledged twice");
                    }
                }
            }
            if (response.ackedSeq() <= acked) {
                throw new IllegalStateException("no progress from seq " + (acked + 1) + " for " + credentials.schoolCode());
            }
            acked = response.ackedSeq();
        }
    }

    /** Each change's server sequence as the server answered it. */
    Map<UUID, Long> accepted() {
        return accepted;
    }

    int pushes() {
        return pushes;
    }

    int tooManyRequests() {
        return tooManyRequests;
    }

    int unavailable() {
        return unavailable;
    }

    Duration waited() {
        return waited;
    }

    /** The rotating token, kept in memory: this PC has no store, and the answer's next token is adopted at once. */
    private static final class MemoryToken implements SyncClient.TokenKeeper {
        private volatile String current;

        MemoryToken(String first) {
            this.current = first;
        }

        @Override
        public String current() {
            return current;
        }

        @Override
        public void replace(String next) {
            current = next;
        }
    }
}
