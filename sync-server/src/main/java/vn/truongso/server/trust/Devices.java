package vn.truongso.server.trust;

import static vn.truongso.server.db.schema.Tables.DEVICE;

import java.math.BigInteger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.truongso.server.InvalidInputException;
import vn.truongso.server.db.Database;

/** The enrolled PCs: listing, revoking (which also changes the school's CRL) and reading the revoked ones. */
public final class Devices {
    private final Database database;
    private final SchoolCas cas;
    private final Clock clock;

    public Devices(Database database, SchoolCas cas, Clock clock) {
        this.database = database;
        this.cas = cas;
        this.clock = clock;
    }

    public List<Device> list(UUID schoolId) {
        return database.dsl().selectFrom(DEVICE).where(DEVICE.SCHOOL_ID.eq(schoolId))
                .orderBy(DEVICE.ENROLLED_AT, DEVICE.ID).fetch(Devices::toDevice);
    }

    public Optional<Device> find(UUID deviceId) {
        return database.dsl().selectFrom(DEVICE).where(DEVICE.ID.eq(deviceId)).fetchOptional(Devices::toDevice);
    }

    /**
     * Cuts a PC off for good: status REVOKED, the reason and time recorded, and the school's CRL number raised in
     * the same transaction, so the next CRL lists it. Revoking a revoked device is refused (nothing would change).
     */
    public Device revoke(UUID deviceId, String reason) {
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty() || cleanReason.length() > 200) {
            throw new InvalidInputException("a revocation needs a reason of 1-200 characters");
        }
        database.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Record row = tx.select(DEVICE.SCHOOL_ID, DEVICE.STATUS).from(DEVICE).where(DEVICE.ID.eq(deviceId))
                    .forUpdate().fetchOptional()
                    .orElseThrow(() -> new InvalidInputException("no device with id " + deviceId));
            if (DeviceStatus.REVOKED.name().equals(row.get(DEVICE.STATUS))) {
                throw new InvalidInputException("device " + deviceId + " is already revoked");
            }
            tx.update(DEVICE)
                    .set(DEVICE.STATUS, DeviceStatus.REVOKED.name())
                    .set(DEVICE.REVOKED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .set(DEVICE.REVOKE_REASON, cleanReason)
                    .set(DEVICE.TOKEN_HASH, (String) null)
                    .set(DEVICE.PREVIOUS_TOKEN_HASH, (String) null)
                    .where(DEVICE.ID.eq(deviceId)).execute();
            cas.bumpCrlNumber(tx, row.get(DEVICE.SCHOOL_ID));
        });
        return find(deviceId).orElseThrow();
    }

    /** The school's revoked certificates, for its CRL. */
    List<SchoolCa.Revoked> revoked(DSLContext tx, UUID schoolId) {
        return tx.select(DEVICE.CERTIFICATE, DEVICE.REVOKED_AT).from(DEVICE)
                .where(DEVICE.SCHOOL_ID.eq(schoolId)).and(DEVICE.STATUS.eq(DeviceStatus.REVOKED.name()))
                .orderBy(DEVICE.REVOKED_AT, DEVICE.ID)
                .fetch(row -> new SchoolCa.Revoked(serial(row.get(DEVICE.CERTIFICATE)),
                        row.get(DEVICE.REVOKED_AT).toInstant()));
    }

    private static BigInteger serial(byte[] certificateDer) {
        return SchoolCa.certificate(certificateDer).getSerialNumber();
    }

    private static Device toDevice(Record row) {
        return new Device(row.get(DEVICE.ID), row.get(DEVICE.SCHOOL_ID), row.get(DEVICE.NAME),
                DeviceStatus.valueOf(row.get(DEVICE.STATUS)), row.get(DEVICE.ACKED_SEQ), row.get(DEVICE.ENROLLED_AT),
                row.get(DEVICE.LAST_SEEN_AT), row.get(DEVICE.REVOKED_AT), row.get(DEVICE.REVOKE_REASON),
                row.get(DEVICE.CLOCK_SKEW_MS));
    }
}
