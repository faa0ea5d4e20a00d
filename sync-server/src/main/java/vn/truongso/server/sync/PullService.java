package vn.truongso.server.sync;

import static vn.truongso.server.db.schema.Tables.CHANGE_LOG;
import static vn.truongso.server.db.schema.Tables.DEVICE;
import static vn.truongso.server.db.schema.Tables.ROW_STATE;
import static vn.truongso.server.db.schema.Tables.SCHOOL;

import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.impl.DSL;
import vn.truongso.core.sync.Protocol;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.core.sync.SyncEntity;

/**
 * Serves a school's change log by cursor and its rows as a snapshot (docs/sync-protocol.md §5). The stored JSON
 * is passed through as it is: a page of a thousand changes is never parsed and written again.
 */
public final class PullService {
    public static final int MAX_PAGE = 2_000;
    public static final int MAX_SNAPSHOT_PAGE = 10_000;

    /** The longest a pull may wait for news; below the usual 60 s idle timeouts of proxies. */
    public static final long MAX_WAIT_MILLIS = 25_000;

    private final DSLContext db;
    private final SchoolSignals signals;

    public PullService(DSLContext db, SchoolSignals signals) {
        this.db = db;
        this.signals = signals;
    }

    /**
     * Like {@link #pull}, but when there is nothing after {@code after} it waits up to {@code waitMillis} for a
     * change (a long poll): a PC learns of another PC's edit at once, without polling every second.
     */
    public String pullOrWait(UUID deviceId, UUID schoolId, long after, int limit, long waitMillis, boolean ownAsRuns)
            throws InterruptedException {
        recordPulled(deviceId, after);
        long deadline = System.nanoTime() + Math.min(Math.max(waitMillis, 0), MAX_WAIT_MILLIS) * 1_000_000;
        while (true) {
            long remaining = (deadline - System.nanoTime()) / 1_000_000;
            if (remaining <= 0 || hasChangesAfter(schoolId, after)) {
                return pull(schoolId, after, limit, ownAsRuns ? deviceId : null);
            }
            signals.await(schoolId, remaining);
        }
    }

    /** The device has applied everything up to {@code after} (it asks for what follows): tombstones before it may go. */
    private void recordPulled(UUID deviceId, long after) {
        db.update(DEVICE).set(DEVICE.PULLED_SEQ, after)
                .where(DEVICE.ID.eq(deviceId).and(DEVICE.PULLED_SEQ.lt(after))).execute();
    }

    private boolean hasChangesAfter(UUID schoolId, long after) {
        return db.fetchExists(CHANGE_LOG, CHANGE_LOG.SCHOOL_ID.eq(schoolId).and(CHANGE_LOG.SERVER_SEQ.gt(after)));
    }

    /** The JSON of a {@link Protocol.PullPage}: the school's changes after {@code after}, at most {@code limit}. */
    public String pull(UUID schoolId, long after, int limit) {
        return pull(schoolId, after, limit, null);
    }

    /**
     * As {@link #pull(UUID, long, int)}; with {@code ownRunsFor}, that device's own changes come as runs of sequence
     * numbers instead of bodies (it has them in its outbox): a PC that pushed a day's changes over a poor line does
     * not download them again only to learn their server sequence numbers.
     */
    public String pull(UUID schoolId, long after, int limit, UUID ownRunsFor) {
        int size = Math.min(Math.max(limit, 1), MAX_PAGE);
        Result<Record4<Long, String, UUID, Long>> rows = db.select(CHANGE_LOG.SERVER_SEQ, CHANGE_LOG.CHANGE_JSON,
                        CHANGE_LOG.DEVICE_ID, CHANGE_LOG.DEVICE_SEQ)
                .from(CHANGE_LOG).where(CHANGE_LOG.SCHOOL_ID.eq(schoolId).and(CHANGE_LOG.SERVER_SEQ.gt(after)))
                // Ordered by the whole key: H2 reads a page in index order (and stops after it) only when ORDER BY
                // names the index's columns from the first; by server_seq alone it read and sorted the entire rest
                // of the school's log for every page. The school is fixed, so the order is the same.
                .orderBy(CHANGE_LOG.SCHOOL_ID, CHANGE_LOG.SERVER_SEQ).limit(size + 1).fetch();
        boolean more = rows.size() > size;
        List<Record4<Long, String, UUID, Long>> page = more ? rows.subList(0, size) : rows;
        long last = page.isEmpty() ? after : page.get(page.size() - 1).value1();
        StringBuilder json = new StringBuilder(64 + page.size() * 400).append("{\"entries\":[");
        OwnRun run = null;
        boolean first = true;
        for (Record4<Long, String, UUID, Long> entry : page) {
            boolean own = ownRunsFor != null && ownRunsFor.equals(entry.value3()) && entry.value4() != null;
            if (own && run != null && run.continuesWith(entry.value1(), entry.value4())) {
                run.count++;
                continue;
            }
            if (run != null) {
                first = run.appendTo(json, first);
                run = null;
            }
            if (own) {
                run = new OwnRun(entry.value1(), entry.value4());
                continue;
            }
            json.append(first ? "" : ",").append("{\"serverSeq\":").append(entry.value1())
                    .append(",\"change\":").append(entry.value2()).append('}');
            first = false;
        }
        if (run != null) {
            run.appendTo(json, first);
        }
        return json.append("],\"last\":").append(last).append(",\"more\":").append(more).append('}').toString();
    }

    /** Consecutive log entries that are the pulling device's changes of consecutive device seqs. */
    private static final class OwnRun {
        private final long serverSeq;
        private final long ownSeq;
        private int count = 1;

        OwnRun(long serverSeq, long ownSeq) {
            this.serverSeq = serverSeq;
            this.ownSeq = ownSeq;
        }

        boolean continuesWith(long nextServerSeq, long nextOwnSeq) {
            return nextServerSeq == serverSeq + count && nextOwnSeq == ownSeq + count;
        }

        boolean appendTo(StringBuilder json, boolean first) {
            json.append(first ? "" : ",").append("{\"serverSeq\":").append(serverSeq).append(",\"ownSeq\":")
                    .append(ownSeq).append(",\"count\":").append(count).append('}');
            return false;
        }
    }

    /**
     * The JSON of a {@link Protocol.SnapshotPage}: the school's rows after {@code after} (null = from the start) in
     * parent-first order. The first page fixes {@code at}, the sequence the PC pulls from once it has every page.
     */
    public String snapshot(UUID schoolId, Long at, Protocol.SnapshotPosition after, int limit) {
        int size = Math.min(Math.max(limit, 1), MAX_SNAPSHOT_PAGE);
        long from = at != null ? at
                : db.select(SCHOOL.LAST_SEQ).from(SCHOOL).where(SCHOOL.ID.eq(schoolId)).fetchSingle(SCHOOL.LAST_SEQ);
        StringBuilder json = new StringBuilder(64 + size * 600).append("{\"at\":").append(from).append(",\"rows\":[");
        int written = 0;
        Protocol.SnapshotPosition last = null;
        List<SyncEntity> entities = SyncEntities.all();
        int first = after == null ? 0 : indexOf(entities, after.entity());
        for (int e = first; e < entities.size() && written < size; e++) {
            SyncEntity entity = entities.get(e);
            Condition position = after != null && e == first ? ROW_STATE.ROW_ID.gt(after.row()) : DSL.trueCondition();
            for (var row : db.select(ROW_STATE.ROW_ID, ROW_STATE.STATE_JSON, ROW_STATE.ROW_SEQ).from(ROW_STATE)
                    .where(ROW_STATE.SCHOOL_ID.eq(schoolId).and(ROW_STATE.ENTITY.eq(entity.name())).and(position))
                    // The index's columns from the first (see pull): in index order, not every later row sorted.
                    .orderBy(ROW_STATE.SCHOOL_ID, ROW_STATE.ENTITY, ROW_STATE.ROW_ID).limit(size - written).fetch()) {
                json.append(written++ == 0 ? "" : ",").append("{\"entity\":\"").append(entity.name())
                        .append("\",\"row\":\"").append(row.value1()).append("\",\"state\":").append(row.value2())
                        .append(",\"rowSeq\":").append(row.value3()).append('}');
                last = new Protocol.SnapshotPosition(entity.rank(), entity.name(), row.value1());
            }
        }
        // A full page may be followed by an empty one; a short page is the last.
        Protocol.SnapshotPosition next = written == size ? last : null;
        json.append("],\"after\":");
        if (next == null) {
            json.append("null");
        } else {
            json.append("{\"rank\":").append(next.rank()).append(",\"entity\":\"").append(next.entity())
                    .append("\",\"row\":\"").append(next.row()).append("\"}");
        }
        return json.append('}').toString();
    }

    private static int indexOf(List<SyncEntity> entities, String name) {
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown entity " + name);
    }
}
