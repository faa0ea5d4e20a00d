package vn.truongso.server.trust;

import static vn.truongso.server.db.schema.Tables.DEVICE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.truongso.server.db.Database;

/**
 * A device's credentials and its token chain (docs/sync-protocol.md §7, docs/decisions.md). The server keeps the
 * hash of the current token, of the previous one, and whether the current one has been presented. Only requests
 * that change something (pushes: any method but GET and HEAD) rotate the token; reads present it without
 * spending it, so a long-poll pull may wait while the same PC pushes. A request may present
 * <ul>
 *   <li>the current token: accepted. A write spends it (it becomes the previous token and a new one is issued);
 *       a read marks it presented, which ends the grace of the previous token;</li>
 *   <li>the previous token while the current one has never been presented: the PC never got the answer that
 *       carried the current one (a lost reply); accepted, and a write replaces the unseen current token;</li>
 *   <li>an older token on a read: let through (it is still signed with the PC's key). A PC pulls and pushes on
 *       two threads, so a pull that took the token just before a push's answer replaced it can arrive after one or
 *       more pushes spent it; judging reads would suspend honest PCs. A read changes nothing, and a clone is caught
 *       at its first write, which an app makes at its first save;</li>
 *   <li>anything else on a write: a token this PC has already moved past, so another copy of the PC (a clone, a restored
 *       backup) uses the identity. The device is suspended.</li>
 * </ul>
 * Each check runs in one transaction with the device's row locked, so two requests racing with one token cannot
 * both spend it. A PC therefore sends its writes one after another, each with the newest token it got.
 */
final class DeviceTokens {
    /** The stored facts the authenticator checks before looking at the token. */
    record Credentials(UUID deviceId, UUID schoolId, DeviceStatus status, byte[] certificate) {}

    sealed interface Outcome {
        /** A write: the token to present next. */
        record Rotated(String nextToken) implements Outcome {}

        /** A read: the token stays as it is. */
        record Accepted() implements Outcome {}

        /** The token is neither the current nor an acceptable previous one: the device is now suspended. */
        record Reused() implements Outcome {}

        /** The device stopped being active between the checks and the lock (revoked meanwhile). */
        record Inactive(DeviceStatus status) implements Outcome {}
    }

    private final Database database;

    DeviceTokens(Database database) {
        this.database = database;
    }

    Optional<Credentials> credentials(UUID deviceId) {
        return database.dsl().select(DEVICE.ID, DEVICE.SCHOOL_ID, DEVICE.STATUS, DEVICE.CERTIFICATE).from(DEVICE)
                .where(DEVICE.ID.eq(deviceId))
                .fetchOptional(row -> new Credentials(row.get(DEVICE.ID), row.get(DEVICE.SCHOOL_ID),
                        DeviceStatus.valueOf(row.get(DEVICE.STATUS)), row.get(DEVICE.CERTIFICATE)));
    }

    /** Records when the device was last heard from and how far its clock is from ours, whatever the outcome. */
    void recordSeen(UUID deviceId, Instant now, long clockSkewMillis) {
        database.dsl().update(DEVICE)
                .set(DEVICE.LAST_SEEN_AT, utc(now))
                .set(DEVICE.CLOCK_SKEW_MS, clockSkewMillis)
                .where(DEVICE.ID.eq(deviceId)).execute();
    }

    /** Checks {@code token} against the chain and, for a write, rotates it; or suspends the device (see above). */
    Outcome present(UUID deviceId, String token, boolean write, Instant now, long clockSkewMillis) {
        String presented = SyncTokens.hash(token);
        return database.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            Record row = tx.select(DEVICE.STATUS, DEVICE.TOKEN_HASH, DEVICE.PREVIOUS_TOKEN_HASH, DEVICE.TOKEN_USED)
                    .from(DEVICE).where(DEVICE.ID.eq(deviceId)).forUpdate().fetchSingle();
            DeviceStatus status = DeviceStatus.valueOf(row.get(DEVICE.STATUS));
            if (status != DeviceStatus.ACTIVE) {
                return new Outcome.Inactive(status);
            }
            boolean current = Hashes.sameHash(presented, row.get(DEVICE.TOKEN_HASH));
            boolean lostReply = !Boolean.TRUE.equals(row.get(DEVICE.TOKEN_USED))
                    && Hashes.sameHash(presented, row.get(DEVICE.PREVIOUS_TOKEN_HASH));
            if (write && !current && !lostReply) {
                tx.update(DEVICE)
                        .set(DEVICE.STATUS, DeviceStatus.SUSPENDED.name())
                        .set(DEVICE.LAST_SEEN_AT, utc(now))
                        .set(DEVICE.CLOCK_SKEW_MS, clockSkewMillis)
                        .where(DEVICE.ID.eq(deviceId)).execute();
                return new Outcome.Reused();
            }
            if (!write) {
                tx.update(DEVICE)
                        .set(DEVICE.TOKEN_USED, current || Boolean.TRUE.equals(row.get(DEVICE.TOKEN_USED)))
                        .set(DEVICE.LAST_SEEN_AT, utc(now))
                        .set(DEVICE.CLOCK_SKEW_MS, clockSkewMillis)
                        .where(DEVICE.ID.eq(deviceId)).execute();
                return new Outcome.Accepted();
            }
            // A write spends the current token: it becomes the previous one. A lost-reply retry keeps the previous
            // token as it is and replaces the current one, which the PC never saw.
            String previous = current ? presented : row.get(DEVICE.PREVIOUS_TOKEN_HASH);
            String next = SyncTokens.newToken();
            tx.update(DEVICE)
                    .set(DEVICE.PREVIOUS_TOKEN_HASH, previous)
                    .set(DEVICE.TOKEN_HASH, SyncTokens.hash(next))
                    .set(DEVICE.TOKEN_USED, false)
                    .set(DEVICE.LAST_SEEN_AT, utc(now))
                    .set(DEVICE.CLOCK_SKEW_MS, clockSkewMillis)
                    .where(DEVICE.ID.eq(deviceId)).execute();
            return new Outcome.Rotated(next);
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
