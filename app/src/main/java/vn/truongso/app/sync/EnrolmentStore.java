package vn.truongso.app.sync;

import static vn.truongso.app.store.schema.Tables.LOCAL_SETTING;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.truongso.app.store.LocalStore;

/**
 * Keeps this PC's enrolment (server address, identity, key, certificates) and its rotating token in the
 * encrypted local store. The token is written in its own committed transaction the moment it arrives: an answer
 * whose token was not kept would lock the PC out at its next request.
 */
public final class EnrolmentStore implements SyncClient.TokenKeeper {
    private static final String PREFIX = "sync.enrolment.";
    private static final String TOKEN = "sync.token";
    private static final String SERVER = "sync.server_url";

    private final LocalStore store;

    public EnrolmentStore(LocalStore store) {
        this.store = store;
    }

    public Optional<DeviceCredentials> credentials() {
        Map<String, String> values = new HashMap<>();
        store.db().select(LOCAL_SETTING.NAME, LOCAL_SETTING.SETTING_VALUE).from(LOCAL_SETTING)
                .where(LOCAL_SETTING.NAME.startsWith(PREFIX)).forEach(r -> values.put(r.value1().substring(PREFIX.length()), r.value2()));
        if (!values.containsKey("device_id")) {
            return Optional.empty();
        }
        Base64.Decoder base64 = Base64.getDecoder();
        return Optional.of(new DeviceCredentials(values.get("server_url"), UUID.fromString(values.get("device_id")),
                UUID.fromString(values.get("school_id")), values.get("school_code"),
                base64.decode(values.get("private_key")), base64.decode(values.get("certificate")),
                base64.decode(values.get("ca_certificate"))));
    }

    /** Saves a new enrolment and its first token in one transaction (replacing any earlier enrolment). */
    public void save(DSLContext tx, DeviceCredentials credentials, String token) {
        Base64.Encoder base64 = Base64.getEncoder();
        tx.deleteFrom(LOCAL_SETTING).where(LOCAL_SETTING.NAME.startsWith(PREFIX)).execute();
        put(tx, PREFIX + "server_url", credentials.serverUrl());
        put(tx, PREFIX + "device_id", credentials.deviceId().toString());
        put(tx, PREFIX + "school_id", credentials.schoolId().toString());
        put(tx, PREFIX + "school_code", credentials.schoolCode());
        put(tx, PREFIX + "private_key", base64.encodeToString(credentials.privateKeyPkcs8()));
        put(tx, PREFIX + "certificate", base64.encodeToString(credentials.certificateDer()));
        put(tx, PREFIX + "ca_certificate", base64.encodeToString(credentials.caCertificateDer()));
        put(tx, TOKEN, token);
        put(tx, SERVER, credentials.serverUrl());
    }

    /** Forgets the enrolment (revoked, suspended or identity reused): the PC must enrol again; its data stays. */
    public void forget() {
        store.write(tx -> tx.deleteFrom(LOCAL_SETTING)
                .where(LOCAL_SETTING.NAME.startsWith(PREFIX).or(LOCAL_SETTING.NAME.eq(TOKEN))).execute());
    }

    /** The server address typed in settings (kept even before the PC enrols). */
    public Optional<String> serverUrl() {
        return setting(SERVER);
    }

    public void setServerUrl(String url) {
        store.write(tx -> {
            put(tx, SERVER, url);
            return null;
        });
    }

    @Override
    public String current() {
        return setting(TOKEN).orElseThrow(() -> new IllegalStateException("this PC is not enrolled"));
    }

    @Override
    public void replace(String next) {
        store.write(tx -> {
            put(tx, TOKEN, next);
            return null;
        });
    }

    private Optional<String> setting(String name) {
        return Optional.ofNullable(store.db().select(LOCAL_SETTING.SETTING_VALUE).from(LOCAL_SETTING)
                .where(LOCAL_SETTING.NAME.eq(name)).fetchOne(LOCAL_SETTING.SETTING_VALUE));
    }

    private static void put(DSLContext tx, String name, String value) {
        tx.mergeInto(LOCAL_SETTING).using(org.jooq.impl.DSL.selectOne())
                .on(LOCAL_SETTING.NAME.eq(name))
                .whenMatchedThenUpdate().set(LOCAL_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(LOCAL_SETTING.NAME, LOCAL_SETTING.SETTING_VALUE).values(name, value)
                .execute();
    }
}
