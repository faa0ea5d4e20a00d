package vn.truongso.app.sync;

import static vn.truongso.app.store.schema.Tables.SCHOOL;

import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import vn.truongso.app.store.LocalStore;

/**
 * Enrols this PC with a sync server (DESIGN §4): it makes its own key pair, sends a certificate request with the
 * one-time code from the administrator, and keeps what comes back. A PC that holds only the local demo school
 * gives it up for the server's school (loaded by the next sync as a snapshot); a PC that already holds this
 * school (enrolling again, e.g. after a clone was detected) keeps its data and renumbers its unsent changes.
 */
public final class EnrolmentService {
    private final LocalStore store;
    private final LocalReplica replica;
    private final EnrolmentStore enrolments;
    private final Supplier<OkHttpClient> http;

    public EnrolmentService(LocalStore store, LocalReplica replica, EnrolmentStore enrolments, OkHttpClient http) {
        this(store, replica, enrolments, () -> http);
    }

    /**
     * With the HTTP client made on first use: the app checks an interrupted enrolment at every start
     * ({@link #adoptSchool}), which needs no network, and must not pay for loading the HTTP client then.
     */
    public EnrolmentService(LocalStore store, LocalReplica replica, EnrolmentStore enrolments,
                            Supplier<OkHttpClient> http) {
        this.store = store;
        this.replica = replica;
        this.enrolments = enrolments;
        this.http = http;
    }

    /** What became of an enrolment: the school joined, and whether local data was replaced by the server's. */
    public record Enrolled(String schoolCode, UUID deviceId, boolean replacedLocalSchool) {}

    /**
     * @throws SyncException as the server answered; {@code OTHER_SCHOOL} (kind REFUSED) when the code is for another
     *         school than the one this PC holds from a server: its data cannot be wiped without losing work, so the
     *         enrolment is not kept (the code is used up on the server; the administrator revokes that device)
     */
    public Enrolled enrol(String serverUrl, String code, String pcName) throws SyncException {
        KeyPair keys = DeviceKeys.generate();
        SyncClient client = new SyncClient(http.get(), serverUrl, store.clock());
        SyncClient.Enrolment answer = client.enrol(code.strip(), pcName, DeviceKeys.certificateRequest(keys, pcName), 1);
        if (wouldWipeServerData(UUID.fromString(answer.schoolId()))) {
            throw new SyncException(SyncException.Kind.REFUSED, "OTHER_SCHOOL", "this PC holds another school's data"
                    + " from a sync server; enrolling it with school " + answer.schoolCode() + " would wipe it");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        DeviceCredentials credentials = new DeviceCredentials(serverUrl, UUID.fromString(answer.deviceId()),
                UUID.fromString(answer.schoolId()), answer.schoolCode(), keys.getPrivate().getEncoded(),
                base64.decode(answer.certificate()), base64.decode(answer.caCertificate()));
        store.write(tx -> {
            enrolments.save(tx, credentials, answer.syncToken());
            return null;
        });
        boolean replace = adoptSchool(credentials);
        return new Enrolled(credentials.schoolCode(), credentials.deviceId(), replace);
    }

    // Checked before the enrolment is saved: once saved, adoptSchool would refuse the wipe at every start.
    private boolean wouldWipeServerData(UUID schoolId) {
        List<UUID> localSchools = store.db().select(SCHOOL.ID).from(SCHOOL).fetch(SCHOOL.ID);
        return !localSchools.equals(List.of(schoolId)) && !replica.awaitingSchool() && replica.holdsServerData();
    }

    /**
     * Makes the store ready for the enrolled school: wipes a different local school (only one that never came from
     * a server) and numbers the unsent changes for the new identity from 1. Safe to run again: the app runs it at
     * start when an enrolment was saved but a crash came before this step finished.
     */
    public boolean adoptSchool(DeviceCredentials credentials) {
        // Only data that came from this school's server is kept. A local school — the demo — is replaced even when
        // it has the same ids as the server's demo school: it was generated from this PC's clock (grades up to the day
        // it was made), so its rows need not be the server's, and the same change id must never carry two values.
        boolean replace = !replica.awaitingSchool() && !replica.holdsServerData();
        if (replace) {
            replica.resetForEnrolment(LocalReplica.Reset.LOCAL_SCHOOL_ONLY);
        }
        if (!store.deviceId().equals(credentials.deviceId())) {
            replica.renumberPending(credentials.deviceId(), 1);
        }
        return replace;
    }
}
