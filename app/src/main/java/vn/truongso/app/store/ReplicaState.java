package vn.truongso.app.store;

import static vn.truongso.app.store.schema.Tables.SYNC_STATE;

import org.jooq.DSLContext;
import vn.truongso.app.store.schema.tables.records.SyncStateRecord;
import vn.truongso.core.sync.Hlc;

/**
 * The replica's counters (the one row of {@code sync_state}): the next device sequence number, the last HLC reading,
 * the pull cursor, the server's acknowledged device sequence, a snapshot being loaded. Every capture and every
 * applied page {@link #lock locks} it first, so they never interleave and always take locks in the same order.
 */
public final class ReplicaState {
    private final SyncStateRecord record;

    private ReplicaState(SyncStateRecord record) {
        this.record = record;
    }

    /** Reads the counters and holds their lock until the transaction ends. */
    public static ReplicaState lock(DSLContext tx) {
        return new ReplicaState(tx.selectFrom(SYNC_STATE).where(SYNC_STATE.ID.eq((byte) 1)).forUpdate().fetchSingle());
    }

    /** Reads the last committed counters. */
    public static ReplicaState read(DSLContext db) {
        return new ReplicaState(db.selectFrom(SYNC_STATE).where(SYNC_STATE.ID.eq((byte) 1)).fetchSingle());
    }

    /** Writes what changed; a no-op when nothing did. */
    public void save() {
        record.update();
    }

    public long nextSeq() {
        return record.getNextSeq();
    }

    /** Takes the next device sequence number. */
    public long takeSeq() {
        long seq = record.getNextSeq();
        record.setNextSeq(seq + 1);
        return seq;
    }

    public void setNextSeq(long nextSeq) {
        record.setNextSeq(nextSeq);
    }

    public Hlc hlc() {
        return Hlc.parse(record.getHlc());
    }

    /** The reading for a local event now: after the last one even when the clock stepped back. */
    public Hlc tick(long nowMillis) {
        Hlc next = hlc().tick(nowMillis);
        record.setHlc(next.toString());
        return next;
    }

    /** Moves the clock past a reading received from elsewhere. */
    public void receive(Hlc remote, long nowMillis) {
        record.setHlc(hlc().receive(remote, nowMillis).toString());
    }

    public long cursor() {
        return record.getPullCursor();
    }

    public void setCursor(long cursor) {
        record.setPullCursor(cursor);
    }

    public long ackedSeq() {
        return record.getAckedSeq();
    }

    public void setAckedSeq(long ackedSeq) {
        record.setAckedSeq(ackedSeq);
    }

    public Long snapshotAt() {
        return record.getSnapshotAt();
    }

    public String snapshotAfter() {
        return record.getSnapshotAfter();
    }

    public void setSnapshot(Long at, String afterJson) {
        record.setSnapshotAt(at);
        record.setSnapshotAfter(afterJson);
    }

    public boolean awaitingSchool() {
        return record.getAwaitingSchool();
    }

    public void setAwaitingSchool(boolean awaiting) {
        record.setAwaitingSchool(awaiting);
    }
}
