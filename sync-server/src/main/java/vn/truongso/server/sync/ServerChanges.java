package vn.truongso.server.sync;

import static vn.truongso.server.db.schema.Tables.CHANGE_LOG;
import static vn.truongso.server.db.schema.Tables.SCHOOL;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.ChangeCheck;
import vn.truongso.core.sync.FieldEdit;
import vn.truongso.core.sync.Hlc;
import vn.truongso.core.sync.Merge;
import vn.truongso.core.sync.RowState;
import vn.truongso.server.InvalidInputException;

/**
 * Changes the server makes itself, on an administrator's command (staff accounts, loading a school's data): the
 * same merge and change log as a device's push, so every PC receives them by pull. They are not checked against
 * roles — the administrator's access to the server is the authority — but they must be well-formed.
 */
public final class ServerChanges {
    /** One row to write: its entity, id and the fields to set (values as protocol text). */
    public record RowWrite(String entity, UUID id, Map<String, String> fields) {}

    private final DSLContext db;
    private final Clock clock;
    private final SchoolSignals signals;

    public ServerChanges(DSLContext db, Clock clock, SchoolSignals signals) {
        this.db = db;
        this.clock = clock;
        this.signals = signals;
    }

    /** The pseudo-device the server's own changes come from (so history says "the server"). */
    public static UUID serverDevice(UUID schoolId) {
        return Ids.derived("server-device", schoolId);
    }

    /** Writes the rows in one transaction, each as a change by {@code author}; returns the school's new sequence. */
    public long write(UUID schoolId, UUID author, List<RowWrite> rows) {
        long last = db.transactionResult(configuration -> writeInTransaction(configuration.dsl(), schoolId, author, rows));
        signals.changed(schoolId);
        return last;
    }

    private long writeInTransaction(DSLContext tx, UUID schoolId, UUID author, List<RowWrite> rows) {
        long lastSeq = tx.select(SCHOOL.LAST_SEQ).from(SCHOOL).where(SCHOOL.ID.eq(schoolId)).forUpdate()
                .fetchOptional(SCHOOL.LAST_SEQ).orElseThrow(() -> new InvalidInputException("no school " + schoolId));
        RowStore store = new RowStore(tx, schoolId);
        store.prefetch(rows.stream().map(r -> RowStore.key(r.entity(), r.id())).toList());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Hlc hlc = new Hlc(clock.millis(), 0);
        ChangeLogEntries log = new ChangeLogEntries(tx);
        for (RowWrite row : rows) {
            if (store.belongsToAnotherSchool(row.entity(), row.id())) {
                throw new InvalidInputException(row.entity() + " " + row.id() + " belongs to another school");
            }
            RowState current = store.find(row.entity(), row.id()).orElse(RowState.EMPTY);
            Map<String, FieldEdit> edits = edits(row, current);
            if (edits.isEmpty()) {
                continue; // already so: writing it again would only make noise in every PC's history
            }
            long serverSeq = ++lastSeq;
            hlc = hlc.tick(clock.millis());
            Change change = Change.edit(Ids.newId(clock.millis()), row.entity(), row.id(), edits, hlc,
                    serverDevice(schoolId), serverSeq, author);
            List<String> problems = new ArrayList<>(ChangeCheck.shapeProblems(change));
            if (problems.isEmpty()) {
                problems.addAll(ChangeCheck.valueProblems(change, current.fields().isEmpty()));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(row.entity() + " " + row.id() + ": " + String.join("; ", problems));
            }
            store.put(row.entity(), row.id(), Merge.apply(current, change), serverSeq);
            log.add(schoolId, serverSeq, change, null, null, now);
        }
        store.flush();
        log.write();
        tx.update(SCHOOL).set(SCHOOL.LAST_SEQ, lastSeq).where(SCHOOL.ID.eq(schoolId)).execute();
        return lastSeq;
    }

    /**
     * Appends changes made elsewhere as they are — the demo school's seed changes, identical on every PC — in one
     * transaction. Changes already in the log are skipped, so loading twice changes nothing.
     */
    public long load(UUID schoolId, List<Change> changes) {
        long last = db.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            long lastSeq = tx.select(SCHOOL.LAST_SEQ).from(SCHOOL).where(SCHOOL.ID.eq(schoolId)).forUpdate()
                    .fetchOptional(SCHOOL.LAST_SEQ).orElseThrow(() -> new InvalidInputException("no school " + schoolId));
            RowStore store = new RowStore(tx, schoolId);
            store.prefetch(changes.stream().map(c -> RowStore.key(c.entity(), c.row())).toList());
            java.util.Set<UUID> known = new java.util.HashSet<>(tx.select(CHANGE_LOG.CHANGE_ID).from(CHANGE_LOG)
                    .where(CHANGE_LOG.SCHOOL_ID.eq(schoolId)).fetch(CHANGE_LOG.CHANGE_ID));
            OffsetDateTime now = OffsetDateTime.now(clock);
            ChangeLogEntries log = new ChangeLogEntries(tx);
            for (Change change : changes) {
                if (known.contains(change.id())) {
                    continue;
                }
                long serverSeq = ++lastSeq;
                RowState current = store.find(change.entity(), change.row()).orElse(RowState.EMPTY);
                store.put(change.entity(), change.row(), Merge.apply(current, change), serverSeq);
                log.add(schoolId, serverSeq, change, null, null, now);
                if (log.size() >= 2_000) {
                    store.flush();
                    log.write();
                }
            }
            store.flush();
            log.write();
            tx.update(SCHOOL).set(SCHOOL.LAST_SEQ, lastSeq).where(SCHOOL.ID.eq(schoolId)).execute();
            return lastSeq;
        });
        signals.changed(schoolId);
        return last;
    }

    /** Only the fields whose value differs, each based on what the server holds now. */
    private static Map<String, FieldEdit> edits(RowWrite row, RowState current) {
        Map<String, FieldEdit> edits = new LinkedHashMap<>();
        row.fields().forEach((field, value) -> {
            boolean same = current.heads(field).size() == 1 && !current.heads(field).get(0).tombstone()
                    && Objects.equals(current.value(field).orElse(null), value);
            if (!same) {
                edits.put(field, new FieldEdit(value, current.versions(field)));
            }
        });
        return edits;
    }
}
