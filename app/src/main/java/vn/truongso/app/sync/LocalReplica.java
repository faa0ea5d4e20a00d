package vn.truongso.app.sync;

import static vn.truongso.app.store.schema.Tables.ACCESS_LOG;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT_HISTORY;
import static vn.truongso.app.store.schema.Tables.LOCAL_SETTING;
import static vn.truongso.app.store.schema.Tables.OUTBOX;
import static vn.truongso.app.store.schema.Tables.STAFF;
import static vn.truongso.app.store.schema.Tables.SYNC_REFUSAL;
import static vn.truongso.app.store.schema.Tables.SYNC_ROW;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Table;
import vn.truongso.app.store.LocalStore;
import vn.truongso.app.store.Outbox;
import vn.truongso.app.store.ReplicaState;
import vn.truongso.app.store.SyncRows;
import vn.truongso.app.store.SyncRows.Entry;
import vn.truongso.app.store.SyncRows.Key;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.Head;
import vn.truongso.core.sync.Hlc;
import vn.truongso.core.sync.Merge;
import vn.truongso.core.sync.Protocol;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.sync.RowState;

/**
 * This PC's replica of its school (docs/sync-protocol.md §6): what the sync client pushes and pulls through, and
 * what the conflicts and refusals screens read. Every method that changes something is ONE store transaction, so a
 * crash at any moment leaves the replica as it was before the call or as after it, never between.
 *
 * <p>Per synced row, {@code sync_row} holds the confirmed state (the server's, with the last server sequence it
 * includes) and the working state = confirmed ⊕ this PC's outbox changes not pulled back yet, folded with core
 * {@link Merge}; the domain tables show the working states' winners. Local edits are captured by {@link Outbox} in
 * the editing transaction. The methods here lock the replica's counters first, as captures do, so a page applied
 * on the sync thread and a teacher's save never interleave: a save waits for the page (up to the store's 10 s lock
 * timeout), so keep pages to a few hundred rows (a 1,000-row page takes a few hundred milliseconds).
 */
public final class LocalReplica {
    private final LocalStore store;

    public LocalReplica(LocalStore store) {
        this.store = store;
    }

    // ---- push ----

    /** Changes made here that the server has not processed yet, with sequence numbers after {@code afterSeq}, in order. */
    public List<Change> pendingChanges(long afterSeq, int limit) {
        return store.db().select(OUTBOX.CHANGE_JSON).from(OUTBOX)
                .where(OUTBOX.STATUS.eq(Outbox.Status.PENDING.name()).and(OUTBOX.DEVICE_SEQ.gt(afterSeq)))
                .orderBy(OUTBOX.DEVICE_SEQ).limit(limit)
                .fetch(r -> ProtocolJson.read(r.value1(), Change.class));
    }

    /**
     * Records what the server did with pushed changes. Accepted: kept, with its server sequence, until the pull brings
     * it back. Refused: out of the outbox into {@code sync_refusal}, and its row recomputed without it (confirmed ⊕ the
     * row's remaining changes) and written to its table, so the tables show the server's value again. Results for
     * changes no longer in the outbox (answered twice, or already pulled back) change nothing.
     */
    public void recordPushResults(Protocol.PushResponse response) {
        store.write(tx -> {
            ReplicaState state = ReplicaState.lock(tx);
            Set<Key> affected = new HashSet<>();
            OffsetDateTime now = OffsetDateTime.now(store.clock());
            for (Protocol.AcceptedRun run : response.accepted() == null ? List.<Protocol.AcceptedRun>of()
                    : response.accepted()) {
                // Device seq n of the run was given server seq serverSeq + (n - seq).
                tx.update(OUTBOX).set(OUTBOX.STATUS, Outbox.Status.ACCEPTED.name())
                        .set(OUTBOX.SERVER_SEQ, OUTBOX.DEVICE_SEQ.plus(run.serverSeq() - run.seq()))
                        .where(OUTBOX.DEVICE_SEQ.between(run.seq(), run.seq() + run.count() - 1)
                                .and(OUTBOX.STATUS.eq(Outbox.Status.PENDING.name()))).execute();
            }
            for (Protocol.ChangeResult result : response.results()) {
                if (result.status() == Protocol.Status.ACCEPTED) {
                    tx.update(OUTBOX).set(OUTBOX.STATUS, Outbox.Status.ACCEPTED.name())
                            .set(OUTBOX.SERVER_SEQ, result.serverSeq())
                            .where(OUTBOX.CHANGE_ID.eq(result.id())).execute();
                    continue;
                }
                var refused = tx.select(OUTBOX.CHANGE_JSON, OUTBOX.DEVICE_SEQ).from(OUTBOX)
                        .where(OUTBOX.CHANGE_ID.eq(result.id())).fetchOne();
                if (refused == null) {
                    continue;
                }
                Change change = ProtocolJson.read(refused.value1(), Change.class);
                tx.deleteFrom(OUTBOX).where(OUTBOX.CHANGE_ID.eq(result.id())).execute();
                tx.insertInto(SYNC_REFUSAL)
                        .set(SYNC_REFUSAL.CHANGE_ID, change.id())
                        .set(SYNC_REFUSAL.DEVICE_SEQ, refused.value2())
                        .set(SYNC_REFUSAL.ENTITY, change.entity())
                        .set(SYNC_REFUSAL.ROW_ID, change.row())
                        .set(SYNC_REFUSAL.CHANGE_JSON, refused.value1())
                        .set(SYNC_REFUSAL.REASON, result.reason() == null ? "REFUSED" : truncate(result.reason(), 60))
                        .set(SYNC_REFUSAL.MESSAGE, result.message() == null ? null : truncate(result.message(), 1000))
                        .set(SYNC_REFUSAL.AUTHOR_ID, change.author())
                        .set(SYNC_REFUSAL.REFUSED_AT, now)
                        .execute();
                affected.add(new Key(change.entity(), change.row()));
            }
            Map<Key, Entry> found = SyncRows.findAll(tx, affected);
            Map<Key, Entry> rows = new LinkedHashMap<>();
            affected.forEach(key -> rows.put(key, found.getOrDefault(key, Entry.fresh(key))));
            recompute(tx, rows, found);
            state.setAckedSeq(Math.max(state.ackedSeq(), response.ackedSeq()));
            state.save();
            return null;
        });
    }

    // ---- pull ----

    /**
     * Applies a page of the school's change log, with the new cursor, in one transaction: each entry not yet in its
     * row's confirmed state is merged into it; this PC's own changes that came back leave the outbox; working states
     * are recomputed and written to the tables, parents first. Applying a page twice changes nothing.
     */
    public void applyPullPage(Protocol.PullPage page) {
        store.write(tx -> {
            ReplicaState state = ReplicaState.lock(tx);
            long now = store.clock().millis();
            List<Protocol.PullEntry> entries = withOwnChanges(tx, page.entries());
            Map<Key, Entry> found = SyncRows.findAll(tx, entries.stream().map(e -> key(e.change())).toList());
            Map<Key, Entry> rows = new LinkedHashMap<>();
            Set<UUID> cameBack = new HashSet<>();
            for (Protocol.PullEntry entry : entries) {
                Change change = entry.change();
                Key key = key(change);
                Entry row = rows.getOrDefault(key, found.getOrDefault(key, Entry.fresh(key)));
                if (entry.serverSeq() <= row.confirmedSeq()) {
                    continue; // already in the confirmed state
                }
                rows.put(key, row.withConfirmed(Merge.apply(row.confirmedOrEmpty(), change), entry.serverSeq()));
                cameBack.add(change.id());
                receive(state, change.hlc(), now);
            }
            deleteFromOutbox(tx, cameBack);
            recompute(tx, rows, found);
            state.setCursor(Math.max(state.cursor(), page.last()));
            state.save();
            return null;
        });
    }

    /**
     * A page names a change the server calls this PC's own (sent as a run of sequence numbers) that the outbox does not
     * hold (any more): nothing was applied; pull the same page again with the changes whole.
     */
    public static final class OwnChangesMissing extends RuntimeException {
        OwnChangesMissing(String message) {
            super(message);
        }
    }

    /**
     * The page's entries, each run of this PC's own changes replaced by those changes, taken from the outbox, where
     * they stay until they come back (docs/sync-protocol.md §5).
     *
     * @throws OwnChangesMissing when one of them is not there, or was made under another device id
     */
    private List<Protocol.PullEntry> withOwnChanges(DSLContext tx, List<Protocol.PullEntry> entries) {
        if (entries.stream().noneMatch(Protocol.PullEntry::isOwnRun)) {
            return entries;
        }
        List<Protocol.PullEntry> whole = new ArrayList<>();
        for (Protocol.PullEntry entry : entries) {
            if (!entry.isOwnRun()) {
                whole.add(entry);
                continue;
            }
            long first = entry.ownSeq();
            int count = entry.size();
            // Keyed by seq among this identity's changes: accepted changes made under an earlier identity keep their
            // old numbers (renumberPending) and may share one.
            Map<Long, Change> ownChanges = new HashMap<>();
            for (String json : tx.select(OUTBOX.CHANGE_JSON).from(OUTBOX)
                    .where(OUTBOX.DEVICE_SEQ.between(first, first + count - 1)).fetch(OUTBOX.CHANGE_JSON)) {
                Change change = ProtocolJson.read(json, Change.class);
                if (store.deviceId().equals(change.device())) {
                    ownChanges.put(change.deviceSeq(), change);
                }
            }
            for (int i = 0; i < count; i++) {
                Change change = ownChanges.get(first + i);
                if (change == null) {
                    throw new OwnChangesMissing("the outbox holds no change of this device with seq " + (first + i));
                }
                whole.add(new Protocol.PullEntry(entry.serverSeq() + i, change));
            }
        }
        return whole;
    }

    // ---- snapshot ----

    /** A snapshot being loaded: its sequence, and where its next page starts (null before the first page's answer). */
    public record SnapshotProgress(long at, Protocol.SnapshotPosition next) {}

    /**
     * Loads a page of a snapshot in one transaction: its rows' states become their confirmed states (rows this PC
     * already has confirmed at a later sequence, or identical, are left alone), working states are recomputed with any outbox
     * changes, and the tables written. The first page's {@code at} is remembered; after the last page the cursor is
     * {@code at}, and the pull goes on from there.
     */
    public void applySnapshotPage(Protocol.SnapshotPage page) {
        store.write(tx -> {
            ReplicaState state = ReplicaState.lock(tx);
            confirmRows(tx, store.clock().getZone(), page.rows());
            page.rows().stream().flatMap(row -> row.state().fields().values().stream()).flatMap(List::stream)
                    .map(Head::hlc).max(java.util.Comparator.comparing(LocalReplica::hlcOrZero))
                    .ifPresent(latest -> receive(state, latest, store.clock().millis()));
            if (page.after() == null) {
                state.setCursor(Math.max(state.cursor(), page.at()));
                state.setSnapshot(null, null);
                state.setAwaitingSchool(false);
            } else {
                state.setSnapshot(page.at(), ProtocolJson.write(page.after()));
            }
            state.save();
            return null;
        });
    }

    /** The snapshot being loaded, if one is: resume it from {@code next} with {@code at}. */
    public Optional<SnapshotProgress> snapshotInProgress() {
        ReplicaState state = ReplicaState.read(store.db());
        if (state.snapshotAt() == null) {
            return Optional.empty();
        }
        return Optional.of(new SnapshotProgress(state.snapshotAt(), state.snapshotAfter() == null ? null
                : ProtocolJson.read(state.snapshotAfter(), Protocol.SnapshotPosition.class)));
    }

    /**
     * Makes rows' states their confirmed states and writes the resulting working states to the tables, in the
     * caller's transaction, without touching the replica's counters: a snapshot page, or the demo school's seed
     * (its rows confirmed at sequence 0).
     */
    public static void confirmRows(DSLContext tx, ZoneId zone, List<Protocol.SnapshotRow> snapshotRows) {
        Map<Key, Entry> found = SyncRows.findAll(tx, snapshotRows.stream()
                .map(r -> new Key(r.entity(), r.row())).toList());
        Map<Key, Entry> rows = new LinkedHashMap<>();
        Map<UUID, Long> rowSeqs = new HashMap<>();
        for (Protocol.SnapshotRow snapshot : snapshotRows) {
            Key key = new Key(snapshot.entity(), snapshot.row());
            Entry row = rows.getOrDefault(key, found.getOrDefault(key, Entry.fresh(key)));
            // Kept only when this PC knows a later state, or the same one. At the same sequence the server's state is
            // the truth: a demo school seeded here and on the server has the same rows at sequence 0, but its
            // password hashes were salted twice.
            if (row.confirmed() != null && (row.confirmedSeq() > snapshot.rowSeq()
                    || row.confirmedSeq() == snapshot.rowSeq() && row.confirmed().equals(snapshot.state()))) {
                continue;
            }
            rows.put(key, row.withConfirmed(snapshot.state(), snapshot.rowSeq()));
            rowSeqs.put(snapshot.row(), snapshot.rowSeq());
        }
        // Accepted changes of this PC that the snapshot's states already include are done with.
        Set<UUID> included = new HashSet<>();
        if (!rowSeqs.isEmpty()) {
            List<UUID> ids = List.copyOf(rowSeqs.keySet());
            for (int from = 0; from < ids.size(); from += 1_000) {
                tx.select(OUTBOX.CHANGE_ID, OUTBOX.ROW_ID, OUTBOX.SERVER_SEQ).from(OUTBOX)
                        .where(OUTBOX.STATUS.eq(Outbox.Status.ACCEPTED.name())
                                .and(OUTBOX.ROW_ID.in(ids.subList(from, Math.min(ids.size(), from + 1_000)))))
                        .forEach(r -> {
                            if (r.value3() != null && r.value3() <= rowSeqs.get(r.value2())) {
                                included.add(r.value1());
                            }
                        });
            }
        }
        deleteFromOutbox(tx, included);
        recompute(tx, zone, rows, found);
    }

    // ---- conflicts and refusals ----

    /** Every field in conflict and every row its table refused, for the conflicts screen. */
    public List<Conflict> conflicts() {
        DSLContext db = store.db();
        RowLabels labels = new RowLabels(db);
        Map<UUID, String> names = new HashMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        db.select(SYNC_ROW.ENTITY, SYNC_ROW.ROW_ID).from(SYNC_ROW).where(SYNC_ROW.CONFLICTED.isTrue())
                .orderBy(SYNC_ROW.ENTITY, SYNC_ROW.ROW_ID)
                .forEach(r -> SyncRows.find(db, new Key(r.value1(), r.value2())).ifPresent(entry -> {
                    RowState working = entry.working();
                    String label = labels.label(entry.key().entity(), entry.key().rowId(), working);
                    if (entry.problem() != null) {
                        conflicts.add(new Conflict(entry.key().entity(), entry.key().rowId(), label, null, List.of(),
                                entry.problem()));
                    }
                    for (String field : working.conflictedFields()) {
                        List<Head> heads = working.heads(field);
                        List<Conflict.Version> versions = new ArrayList<>();
                        for (int i = 0; i < heads.size(); i++) {
                            Head head = heads.get(i);
                            versions.add(new Conflict.Version(head.tombstone() ? null : head.value(), head.tombstone(),
                                    head.version(), head.author(), authorName(db, names, head.author()), head.device(),
                                    Instant.ofEpochMilli(hlcOrZero(head.hlc()).wallMillis()), i == 0));
                        }
                        conflicts.add(new Conflict(entry.key().entity(), entry.key().rowId(), label, field, versions,
                                null));
                    }
                }));
        return conflicts;
    }

    /**
     * Resolves a field's conflict with {@code chosenValue} (one of the versions' values, or another): an ordinary
     * edit captured here whose base is every head of the field, written to the table at once and pushed like any edit.
     * Keeping an edit that met a delete restores the row from the values this PC's table still has.
     *
     * @throws IllegalArgumentException if the field of that row is not in conflict
     */
    public Change resolveConflict(String entity, UUID rowId, String field, String chosenValue, UUID author) {
        return store.write(tx -> {
            Outbox.Capture capture = Outbox.begin(tx, store);
            Key key = new Key(entity, rowId);
            RowState working = SyncRows.find(tx, key).map(Entry::working).orElse(RowState.EMPTY);
            if (!working.conflictedFields().contains(field)) {
                throw new IllegalArgumentException("no conflict on " + entity + " " + rowId + " " + field);
            }
            Map<String, String> values = new HashMap<>();
            values.put(field, chosenValue);
            if (chosenValue != null) {
                // Keeping an edit made while another PC deleted the row restores the row: its other fields, which
                // show the delete, get back the values this PC's table still has.
                new LocalRows(tx, store.clock().getZone()).read(entity, rowId).ifPresent(row -> row.forEach((name, value) -> {
                    if (!name.equals(field) && value != null
                            && working.winner(name).map(Head::tombstone).orElse(false)) {
                        values.put(name, value);
                    }
                }));
            }
            Outbox.Captured captured = capture.resolve(entity, rowId, values, author);
            writeCaptured(tx, key, captured);
            return captured.change().orElseThrow();
        });
    }

    /**
     * Edits (or creates) a row here through the generic applier: captures the fields that differ from its working
     * state (all of them for a new row) and writes the row to its table from the new working state. For screens
     * without a table writer of their own; the gradebook's cell writer captures with {@link Outbox} directly.
     * Empty when nothing differed.
     */
    public Optional<Change> edit(String entity, UUID rowId, Map<String, String> fields, UUID author) {
        return store.write(tx -> {
            Outbox.Captured captured = Outbox.begin(tx, store).edit(entity, rowId, fields, author);
            if (captured.change().isPresent()) {
                writeCaptured(tx, new Key(entity, rowId), captured);
            }
            return captured.change();
        });
    }

    /**
     * Deletes a row here: captures a delete naming every field this PC sees (so a concurrent edit elsewhere becomes
     * a conflict, not a loss) and removes the row from its table (kept, and listed in {@link #conflicts}, while
     * other rows refer to it). Empty when the row is not alive here.
     */
    public Optional<Change> delete(String entity, UUID rowId, UUID author) {
        return store.write(tx -> {
            Outbox.Captured captured = Outbox.begin(tx, store).delete(entity, rowId, author);
            if (captured.change().isPresent()) {
                writeCaptured(tx, new Key(entity, rowId), captured);
            }
            return captured.change();
        });
    }

    /** Refused changes not dismissed yet, oldest first. The screen shows each to its author. */
    public List<Refusal> refusals() {
        DSLContext db = store.db();
        RowLabels labels = new RowLabels(db);
        return db.selectFrom(SYNC_REFUSAL).where(SYNC_REFUSAL.DISMISSED_AT.isNull())
                .orderBy(SYNC_REFUSAL.REFUSED_AT, SYNC_REFUSAL.DEVICE_SEQ)
                .fetch(r -> {
                    Change change = ProtocolJson.read(r.getChangeJson(), Change.class);
                    RowState state = SyncRows.find(db, new Key(r.getEntity(), r.getRowId())).map(Entry::working)
                            .filter(RowState::isAlive).orElseGet(() -> Merge.apply(RowState.EMPTY, change));
                    Map<String, String> fields = new LinkedHashMap<>();
                    if (!change.delete()) {
                        change.fields().forEach((name, edit) -> fields.put(name, edit.value()));
                    }
                    return new Refusal(r.getChangeId(), r.getDeviceSeq(), r.getEntity(), r.getRowId(),
                            labels.label(r.getEntity(), r.getRowId(), state), change.delete(),
                            java.util.Collections.unmodifiableMap(fields), r.getReason(), r.getMessage(),
                            r.getAuthorId(), r.getRefusedAt());
                });
    }

    /** The person has seen the refusal: it leaves the list (and stays in the store). */
    public void dismissRefusal(UUID changeId) {
        store.write(tx -> tx.update(SYNC_REFUSAL).set(SYNC_REFUSAL.DISMISSED_AT, OffsetDateTime.now(store.clock()))
                .where(SYNC_REFUSAL.CHANGE_ID.eq(changeId).and(SYNC_REFUSAL.DISMISSED_AT.isNull())).execute());
    }

    // ---- counters and statistics ----

    /** The server sequence pulled up to: ask for the change log after it. */
    public long cursor() {
        return ReplicaState.read(store.db()).cursor();
    }

    /** The highest device sequence number the server has said it processed. */
    public long ackedSeq() {
        return ReplicaState.read(store.db()).ackedSeq();
    }

    /** Changes made here that the server has not processed yet. */
    public int pendingCount() {
        return store.db().fetchCount(OUTBOX, OUTBOX.STATUS.eq(Outbox.Status.PENDING.name()));
    }

    /** A few indexed counts; cheap enough for a status bar that asks every few seconds. */
    public SyncStatus status() {
        DSLContext db = store.db();
        ReplicaState state = ReplicaState.read(db);
        var counts = db.select(OUTBOX.STATUS, org.jooq.impl.DSL.count()).from(OUTBOX).groupBy(OUTBOX.STATUS)
                .fetchMap(OUTBOX.STATUS, r -> r.value2());
        return new SyncStatus(counts.getOrDefault(Outbox.Status.PENDING.name(), 0),
                counts.getOrDefault(Outbox.Status.ACCEPTED.name(), 0),
                db.fetchCount(SYNC_ROW, SYNC_ROW.CONFLICTED.isTrue()),
                db.fetchCount(SYNC_REFUSAL, SYNC_REFUSAL.DISMISSED_AT.isNull()),
                state.cursor(), state.ackedSeq(), state.snapshotAt() != null);
    }

    /** The row's working state, what its table shows; empty when the replica has no such row. */
    public Optional<RowState> workingState(String entity, UUID rowId) {
        return SyncRows.find(store.db(), new Key(entity, rowId)).map(Entry::working);
    }

    /** The row's confirmed state and the server sequence it includes; empty when the server has sent nothing of it. */
    public Optional<Map.Entry<RowState, Long>> confirmedState(String entity, UUID rowId) {
        return SyncRows.find(store.db(), new Key(entity, rowId)).filter(e -> e.confirmed() != null)
                .map(e -> Map.entry(e.confirmed(), e.confirmedSeq()));
    }

    // ---- enrolment ----

    /** What {@link #resetForEnrolment} may wipe. */
    public enum Reset {
        /** A school that never came from a server (the demo school, edits made to it included); refused otherwise. */
        LOCAL_SCHOOL_ONLY,
        /** Also a school loaded from a server, with changes not pushed yet: only to join another school on purpose. */
        EVEN_SERVER_DATA
    }

    /**
     * Wipes the school held here before the server's snapshot is loaded: every domain row, grade history and access
     * log, every sync row, outbox change and refusal; the pull cursor and acknowledged sequence go back to 0. Kept:
     * local settings (the device id), the HLC and the next device sequence number (neither ever goes back). Until
     * the snapshot's last page is loaded the store is "awaiting its school" and the app does not seed the demo
     * school into it again.
     *
     * @throws IllegalStateException with {@link Reset#LOCAL_SCHOOL_ONLY} when anything here came from a server
     */
    public void resetForEnrolment(Reset scope) {
        store.write(tx -> {
            ReplicaState state = ReplicaState.lock(tx);
            if (scope == Reset.LOCAL_SCHOOL_ONLY && holdsServerData(tx, state)) {
                throw new IllegalStateException("this store holds data from a sync server; wiping it needs "
                        + Reset.EVEN_SERVER_DATA);
            }
            tx.deleteFrom(ACCESS_LOG).execute();
            tx.deleteFrom(ASSESSMENT_HISTORY).execute();
            for (Table<?> table : LocalRows.tablesChildrenFirst()) {
                tx.deleteFrom(table).execute();
            }
            tx.deleteFrom(SYNC_ROW).execute();
            tx.deleteFrom(OUTBOX).execute();
            tx.deleteFrom(SYNC_REFUSAL).execute();
            state.setCursor(0);
            state.setAckedSeq(0);
            state.setSnapshot(null, null);
            state.setAwaitingSchool(true);
            state.save();
            return null;
        });
    }

    /**
     * Whether anything here came from (or went to) a sync server: then the school held here is a server's, and
     * {@link #resetForEnrolment} with {@link Reset#LOCAL_SCHOOL_ONLY} refuses to wipe it.
     */
    public boolean holdsServerData() {
        DSLContext db = store.db();
        return holdsServerData(db, ReplicaState.read(db));
    }

    /** Whether the school was wiped for enrolment and the server's has not been loaded completely yet. */
    public boolean awaitingSchool() {
        return ReplicaState.read(store.db()).awaitingSchool();
    }

    /**
     * Gives this PC a new identity (an enrolment, or enrolling again after a clone was detected): the device id the
     * server issued becomes this PC's, and the changes not pushed yet are renumbered for it from {@code firstSeq}
     * upward, contiguous, in the order they were made; the acknowledged sequence becomes {@code firstSeq - 1}.
     * Accepted changes keep their old numbers: the server has them, and the pull brings them back.
     */
    public void renumberPending(UUID deviceId, long firstSeq) {
        if (firstSeq < 1) {
            throw new IllegalArgumentException("device sequence numbers start at 1");
        }
        store.write(tx -> {
            ReplicaState state = ReplicaState.lock(tx);
            List<Change> pending = new ArrayList<>(tx.select(OUTBOX.CHANGE_JSON).from(OUTBOX)
                    .where(OUTBOX.STATUS.eq(Outbox.Status.PENDING.name()))
                    .fetch(r -> ProtocolJson.read(r.value1(), Change.class)));
            pending.sort(Outbox.CAPTURE_ORDER);
            long seq = firstSeq;
            Set<Key> rows = new HashSet<>();
            for (Change change : pending) {
                Change renumbered = change.withDeviceSeq(deviceId, seq++);
                tx.update(OUTBOX).set(OUTBOX.DEVICE_SEQ, renumbered.deviceSeq())
                        .set(OUTBOX.CHANGE_JSON, ProtocolJson.write(renumbered))
                        .where(OUTBOX.CHANGE_ID.eq(change.id())).execute();
                rows.add(key(change));
            }
            // Working states name the device in their heads: recompute them. The tables' values do not change.
            Map<Key, Entry> found = SyncRows.findAll(tx, rows);
            Map<UUID, List<Change>> outbox = Outbox.changesOf(tx, rows.stream().map(Key::rowId).toList());
            List<Entry> updated = new ArrayList<>();
            found.forEach((key, entry) -> updated.add(entry.withWorking(Merge.applyAll(entry.confirmedOrEmpty(),
                    outbox.getOrDefault(key.rowId(), List.of()).stream()
                            .filter(c -> c.entity().equals(key.entity())).toList()))));
            SyncRows.saveAll(tx, updated, found.keySet());
            state.setNextSeq(Math.max(seq, firstSeq));
            state.setAckedSeq(firstSeq - 1);
            state.save();
            tx.update(LOCAL_SETTING).set(LOCAL_SETTING.SETTING_VALUE, deviceId.toString())
                    .where(LOCAL_SETTING.NAME.eq(LocalStore.DEVICE_ID_SETTING)).execute();
            return null;
        });
        store.reloadDeviceId();
    }

    // ---- the one recompute ----

    private void recompute(DSLContext tx, Map<Key, Entry> rows, Map<Key, Entry> found) {
        recompute(tx, store.clock().getZone(), rows, found);
    }

    /**
     * working := confirmed ⊕ the row's outbox changes (in capture order), for each row; rows whose working state
     * changed are written to their tables; then the sync rows. {@code found}: the rows' entries as they were.
     */
    private static void recompute(DSLContext tx, ZoneId zone, Map<Key, Entry> rows, Map<Key, Entry> found) {
        if (rows.isEmpty()) {
            return;
        }
        Map<UUID, List<Change>> outbox = Outbox.changesOf(tx, rows.keySet().stream().map(Key::rowId).toList());
        List<LocalRows.RowWrite> writes = new ArrayList<>();
        Map<Key, Entry> recomputed = new LinkedHashMap<>();
        rows.forEach((key, entry) -> {
            List<Change> mine = outbox.getOrDefault(key.rowId(), List.of()).stream()
                    .filter(c -> c.entity().equals(key.entity())).toList();
            RowState working = Merge.applyAll(entry.confirmedOrEmpty(), mine);
            Entry before = found.get(key);
            RowState was = before == null ? null : before.working();
            if (!working.equals(was)) {
                writes.add(new LocalRows.RowWrite(key.entity(), key.rowId(), was, working));
            }
            recomputed.put(key, entry.withWorking(working));
        });
        // The states' JSON does not depend on the tables: encode it meanwhile (on another core for a big page).
        var encoded = SyncRows.encodeAll(recomputed.values());
        Map<Key, String> problems = new LocalRows(tx, zone).write(writes);
        for (LocalRows.RowWrite write : writes) {
            recomputed.computeIfPresent(write.key(), (key, entry) -> entry.withProblem(problems.get(key)));
        }
        SyncRows.saveAll(tx, recomputed.values(), encoded.join(), found.keySet());
    }

    /** Writes a captured local change's row to its table and notes whether the table took it. */
    private void writeCaptured(DSLContext tx, Key key, Outbox.Captured captured) {
        Map<Key, String> problems = new LocalRows(tx, store.clock().getZone())
                .write(List.of(new LocalRows.RowWrite(key.entity(), key.rowId(), captured.before(), captured.after())));
        SyncRows.find(tx, key).ifPresent(entry -> SyncRows.save(tx, entry.withProblem(problems.get(key)), true));
    }

    // ---- helpers ----

    private static Key key(Change change) {
        return new Key(change.entity(), change.row());
    }

    private static void deleteFromOutbox(DSLContext tx, Collection<UUID> changeIds) {
        List<UUID> ids = List.copyOf(changeIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            tx.deleteFrom(OUTBOX).where(OUTBOX.CHANGE_ID.in(ids.subList(from, Math.min(ids.size(), from + 1_000))))
                    .execute();
        }
    }

    private static void receive(ReplicaState state, String hlc, long now) {
        state.receive(hlcOrZero(hlc), now);
    }

    /** A reading from elsewhere; a malformed one (the server checks them) counts as zero rather than failing a page. */
    private static Hlc hlcOrZero(String text) {
        try {
            return Hlc.parse(text);
        } catch (IllegalArgumentException e) {
            return Hlc.ZERO;
        }
    }

    private boolean holdsServerData(DSLContext tx, ReplicaState state) {
        return state.cursor() > 0 || state.ackedSeq() > 0 || state.snapshotAt() != null
                || tx.fetchExists(SYNC_ROW, SYNC_ROW.CONFIRMED_SEQ.gt(0L))
                || tx.fetchExists(OUTBOX, OUTBOX.STATUS.eq(Outbox.Status.ACCEPTED.name()));
    }

    private static String authorName(DSLContext db, Map<UUID, String> names, UUID author) {
        if (author == null) {
            return null;
        }
        return names.computeIfAbsent(author, id -> db.select(STAFF.FULL_NAME).from(STAFF).where(STAFF.ID.eq(id))
                .fetchOptional(STAFF.FULL_NAME).orElse(null));
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
