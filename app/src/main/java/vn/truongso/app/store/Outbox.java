package vn.truongso.app.store;

import static vn.truongso.app.store.schema.Tables.OUTBOX;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.FieldEdit;
import vn.truongso.core.sync.Hlc;
import vn.truongso.core.sync.Merge;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.sync.RowState;

/**
 * Captures local changes for sync, inside the caller's transaction, so a change is in the outbox exactly when it is
 * in the tables (docs/sync-protocol.md §6). Capturing an edit reads the row's working state, makes a core {@link
 * Change} of the fields that differ from it (each with the versions the editor saw as its base), folds it into the
 * working state with {@link Merge} and appends it to the outbox with the next device sequence number and HLC reading.
 *
 * <p>The caller writes its own table (the domain row); capture writes {@code sync_row}, {@code outbox} and the
 * counters. Begin the capture FIRST in a transaction ({@link #begin}): it locks the replica's counters, and taking
 * that lock before any row lock is what keeps a save and an applied pull page from deadlocking.
 */
public final class Outbox {
    public enum Status { PENDING, ACCEPTED }

    private Outbox() {}

    /** Locks the replica's counters for this transaction and returns the capture to record its changes with. */
    public static Capture begin(DSLContext tx, LocalStore store) {
        return new Capture(tx, store, ReplicaState.lock(tx));
    }

    /**
     * What a capture did: the change (empty when nothing differed) and the row's working state before and after,
     * for callers that write the domain row from the working state.
     */
    public record Captured(Optional<Change> change, RowState before, RowState after) {}

    /** The changes of one transaction. Not thread-safe; lives as long as the transaction. */
    public static final class Capture {
        private final DSLContext tx;
        private final LocalStore store;
        private final ReplicaState state;

        private Capture(DSLContext tx, LocalStore store, ReplicaState state) {
            this.tx = tx;
            this.store = store;
            this.state = state;
        }

        /**
         * Records that the row now holds {@code fields} (wire text, null = empty). Pass the row's fields as they are
         * now: when the row is new (no live working state) every given field goes into the change, otherwise only
         * those whose shown value differs. A field in conflict that is given a new value is resolved by it (its base
         * is every head); one given its shown value is left as it is.
         */
        public Captured edit(String entity, UUID rowId, Map<String, String> fields, UUID author) {
            SyncRows.Key key = new SyncRows.Key(entity, rowId);
            Optional<RowState> existing = SyncRows.findWorking(tx, key);
            RowState working = existing.orElse(RowState.EMPTY);
            boolean creates = !working.isAlive();
            Map<String, FieldEdit> edits = new TreeMap<>();
            fields.forEach((field, value) -> {
                if (creates || !Objects.equals(working.value(field).orElse(null), value)) {
                    edits.put(field, new FieldEdit(value, working.versions(field)));
                }
            });
            if (edits.isEmpty()) {
                return new Captured(Optional.empty(), working, working);
            }
            return record(existing, key, working, (id, hlc, seq) ->
                    Change.edit(id, entity, rowId, edits, hlc, store.deviceId(), seq, author));
        }

        /**
         * Records the row's deletion: a delete naming every field this PC sees, each with its versions, so that an
         * edit made meanwhile elsewhere meets it as a conflict instead of being lost. Nothing when the row is not
         * alive here.
         */
        public Captured delete(String entity, UUID rowId, UUID author) {
            SyncRows.Key key = new SyncRows.Key(entity, rowId);
            Optional<RowState> existing = SyncRows.findWorking(tx, key);
            RowState working = existing.orElse(RowState.EMPTY);
            if (!working.isAlive()) {
                return new Captured(Optional.empty(), working, working);
            }
            Map<String, FieldEdit> seen = new TreeMap<>();
            working.fields().keySet().forEach(field -> seen.put(field, new FieldEdit(null, working.versions(field))));
            return record(existing, key, working, (id, hlc, seq) ->
                    Change.deletion(id, entity, rowId, seen, hlc, store.deviceId(), seq, author));
        }

        /**
         * Resolves a field's conflict with {@code value}: an ordinary edit whose base is every head of the field, made
         * even when the value is the one shown (choosing the provisional winner is a decision too).
         */
        public Captured resolve(String entity, UUID rowId, String field, String value, UUID author) {
            Map<String, String> values = new java.util.HashMap<>();
            values.put(field, value);
            return resolve(entity, rowId, values, author);
        }

        /** Resolves several fields at once, each with every one of its heads as base (e.g. restoring a deleted row). */
        public Captured resolve(String entity, UUID rowId, Map<String, String> values, UUID author) {
            SyncRows.Key key = new SyncRows.Key(entity, rowId);
            Optional<RowState> existing = SyncRows.findWorking(tx, key);
            RowState working = existing.orElse(RowState.EMPTY);
            Map<String, FieldEdit> edit = new TreeMap<>();
            values.forEach((field, value) -> edit.put(field, new FieldEdit(value, working.versions(field))));
            return record(existing, key, working, (id, hlc, seq) ->
                    Change.edit(id, entity, rowId, edit, hlc, store.deviceId(), seq, author));
        }

        private interface Maker {
            Change make(UUID id, Hlc hlc, long seq);
        }

        private Captured record(Optional<RowState> existing, SyncRows.Key key, RowState working, Maker maker) {
            long now = store.clock().millis();
            Change change = maker.make(Ids.newId(now), state.tick(now), state.takeSeq());
            RowState after = Merge.apply(working, change);
            SyncRows.saveWorking(tx, key, after, existing.isPresent());
            tx.insertInto(OUTBOX)
                    .set(OUTBOX.CHANGE_ID, change.id())
                    .set(OUTBOX.DEVICE_SEQ, change.deviceSeq())
                    .set(OUTBOX.ENTITY, change.entity())
                    .set(OUTBOX.ROW_ID, change.row())
                    .set(OUTBOX.CHANGE_JSON, ProtocolJson.write(change))
                    .set(OUTBOX.STATUS, Status.PENDING.name())
                    .set(OUTBOX.CREATED_AT, OffsetDateTime.now(store.clock()))
                    .execute();
            state.save();
            return new Captured(Optional.of(change), working, after);
        }
    }

    /** Captures one edit in its own lock: for a transaction that captures nothing else and has locked no row yet. */
    public static Optional<Change> append(DSLContext tx, LocalStore store, String entity, UUID rowId,
                                          Map<String, String> fields, UUID author) {
        return begin(tx, store).edit(entity, rowId, fields, author).change();
    }

    /** The order in which this PC captured its changes. */
    public static final java.util.Comparator<Change> CAPTURE_ORDER =
            java.util.Comparator.comparing((Change c) -> Hlc.parse(c.hlc())).thenComparingLong(Change::deviceSeq);

    /** The outbox changes of these rows that the pull has not brought back yet, by row, in capture order. */
    public static Map<UUID, List<Change>> changesOf(DSLContext tx, Collection<UUID> rowIds) {
        Map<UUID, List<Change>> byRow = new LinkedHashMap<>();
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(rowIds));
        for (int from = 0; from < ids.size(); from += 1_000) {
            tx.select(OUTBOX.ROW_ID, OUTBOX.CHANGE_JSON).from(OUTBOX)
                    .where(OUTBOX.ROW_ID.in(ids.subList(from, Math.min(ids.size(), from + 1_000))))
                    .orderBy(OUTBOX.DEVICE_SEQ)
                    .forEach(r -> byRow.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(ProtocolJson.read(r.value2(), Change.class)));
        }
        // Capture order: a device's HLC readings only grow, and unlike sequence numbers they survive renumbering.
        byRow.values().forEach(list -> list.sort(CAPTURE_ORDER));
        return byRow;
    }
}
