package vn.truongso.app.sync;

import static vn.truongso.app.store.schema.Tables.ASSESSMENT;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT_HISTORY;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import vn.truongso.app.store.GradeHistory;
import vn.truongso.app.store.SyncRows;
import vn.truongso.app.store.SyncValues;
import vn.truongso.app.store.schema.DefaultSchema;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Head;
import vn.truongso.core.sync.Hlc;
import vn.truongso.core.sync.RowState;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.core.sync.SyncEntity;

/**
 * The generic local applier: writes rows' working states into their domain tables (docs/sync-protocol.md §6). The
 * entity name is the table name and a field is a column; values are {@link RowState#value} converted to the column's
 * type by jOOQ. Fields without a column stay in the row state only. A row that is not alive is deleted from its
 * table, unless other rows still refer to it: then it is kept and reported, never a crash.
 *
 * <p>Rows are written parents first ({@link SyncEntity#rank}) and deleted children first, each entity's rows in one
 * batch. A batch the database refuses is retried row by row, each in its own savepoint, so one bad row is reported
 * and the others are written. Local-only columns of {@code assessment}: {@code version} + 1 per applied change,
 * {@code updated_by}/{@code updated_at} from the latest shown head, and an {@code assessment_history} row whenever
 * the shown grade of a row already here changes, naming that head's author, device and time — so a cell's history
 * shows every PC's edits (a grade new to this PC is its own first line: {@link GradeHistory}).
 */
public final class LocalRows {
    private static final int CHUNK = 1_000;
    private static final Map<String, Shape> SHAPES = shapes();

    private final DSLContext tx;
    private final ZoneId zone;

    /**
     * One row to write: its working state before (null when there was none) and after.
     */
    public record RowWrite(String entity, UUID rowId, RowState before, RowState after) {
        public RowWrite {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(rowId, "rowId");
            Objects.requireNonNull(after, "after");
        }

        SyncRows.Key key() {
            return new SyncRows.Key(entity, rowId);
        }
    }

    /** A table as the applier sees it: its synced columns, and its id column or the key columns that locate a row. */
    private record Shape(SyncEntity entity, Table<?> table, Field<UUID> id, List<Field<?>> synced,
                         List<Field<?>> key) {
        String name(Field<?> column) {
            return column.getName().toLowerCase(Locale.ROOT);
        }

        List<Field<?>> nonKey() {
            return synced.stream().filter(f -> !key.contains(f)).toList();
        }
    }

    /** @param zone the zone that timestamps written from HLC readings (updated_at, history) are given in */
    public LocalRows(DSLContext tx, ZoneId zone) {
        this.tx = tx;
        this.zone = zone;
    }

    /** Whether the entity has a local table; rows of others live in {@code sync_row} only. */
    public static boolean hasTable(String entity) {
        return SHAPES.containsKey(entity);
    }

    /** The synced tables, children before parents: the order to empty them in. */
    static List<Table<?>> tablesChildrenFirst() {
        return SyncEntities.all().reversed().stream().filter(e -> SHAPES.containsKey(e.name()))
                .<Table<?>>map(e -> SHAPES.get(e.name()).table()).toList();
    }

    /** The row's synced values in its table, as wire text; empty when the table has no such row (or no id column). */
    public Optional<Map<String, String>> read(String entity, UUID rowId) {
        Shape shape = SHAPES.get(entity);
        if (shape == null || shape.id() == null) {
            return Optional.empty();
        }
        return tx.selectFrom(shape.table()).where(shape.id().eq(rowId)).fetchOptional()
                .map(record -> SyncValues.fieldsOf(entity, record));
    }

    /**
     * Writes the rows to their tables. Returns, by row, why a row could not be written as its state says (it was
     * left as it was); rows not named were written.
     */
    public Map<SyncRows.Key, String> write(Collection<RowWrite> writes) {
        Map<SyncRows.Key, String> problems = new LinkedHashMap<>();
        List<RowWrite> alive = writes.stream().filter(w -> SHAPES.containsKey(w.entity()) && w.after().isAlive())
                .sorted(Comparator.comparingInt(w -> SHAPES.get(w.entity()).entity().rank())).toList();
        List<RowWrite> dead = writes.stream().filter(w -> SHAPES.containsKey(w.entity()) && !w.after().isAlive())
                .sorted(Comparator.comparingInt((RowWrite w) -> SHAPES.get(w.entity()).entity().rank()).reversed())
                .toList();
        forEachEntity(alive, (shape, rows) -> guarded(rows, problems, (db, some) -> upsert(db, shape, some)));
        forEachEntity(dead, (shape, rows) -> guarded(rows, problems, (db, some) -> delete(db, shape, some)));
        return problems;
    }

    private interface Work {
        void run(DSLContext db, List<RowWrite> rows);
    }

    private static void forEachEntity(List<RowWrite> sorted, java.util.function.BiConsumer<Shape, List<RowWrite>> action) {
        int from = 0;
        while (from < sorted.size()) {
            String entity = sorted.get(from).entity();
            int to = from;
            while (to < sorted.size() && sorted.get(to).entity().equals(entity)) {
                to++;
            }
            action.accept(SHAPES.get(entity), sorted.subList(from, to));
            from = to;
        }
    }

    /** All rows in one savepoint; if the database refuses, each row in its own, reporting those it refuses. */
    private void guarded(List<RowWrite> rows, Map<SyncRows.Key, String> problems, Work work) {
        try {
            tx.transaction(nested -> work.run(nested.dsl(), rows));
        } catch (DataAccessException batchFailed) {
            for (RowWrite row : rows) {
                try {
                    tx.transaction(nested -> work.run(nested.dsl(), List.of(row)));
                } catch (DataAccessException e) {
                    problems.put(row.key(), problem(row, e));
                }
            }
        }
    }

    private static String problem(RowWrite row, DataAccessException e) {
        if (!row.after().isAlive() && e instanceof IntegrityConstraintViolationException) {
            return "deleted elsewhere but kept here: other rows still refer to it";
        }
        String reason = Optional.ofNullable(e.getCause()).map(Throwable::getMessage).orElse(e.getMessage());
        reason = reason == null ? e.getClass().getSimpleName() : reason.lines().findFirst().orElse(reason);
        return "cannot be written to " + row.entity() + ": " + (reason.length() > 900 ? reason.substring(0, 900) : reason);
    }

    // ---- writing live rows ----

    private void upsert(DSLContext db, Shape shape, List<RowWrite> rows) {
        if (shape.id() == null) {
            rows.forEach(row -> upsertByKey(db, shape, row));
            return;
        }
        Map<UUID, Record> existing = existing(db, shape, rows);
        boolean grades = shape.table().equals(ASSESSMENT);
        List<Field<?>> columns = new ArrayList<>();
        columns.add(shape.id());
        columns.addAll(shape.synced());
        if (grades) {
            columns.addAll(List.of(ASSESSMENT.VERSION, ASSESSMENT.UPDATED_BY, ASSESSMENT.UPDATED_AT));
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (RowWrite row : rows) {
            Record old = existing.get(row.rowId());
            List<Object> values = new ArrayList<>();
            for (Field<?> column : shape.synced()) {
                String field = shape.name(column);
                boolean deleted = row.after().winner(field).map(Head::tombstone).orElse(false);
                // A live row whose field shows a delete: deleted on one PC, edited on another. The row lives on
                // (protocol §2) and the field keeps the value this PC has until someone resolves the conflict.
                values.add(deleted && old != null ? old.get(column)
                        : convert(column, row.after().value(field).orElse(null)));
            }
            if (grades) {
                long version = old == null ? 1 : old.get(ASSESSMENT.VERSION) + 1;
                Head latest = latestShown(row.after(), List.of());
                values.addAll(List.of(version, latest.author(), time(latest)));
                if (old != null) {
                    gradeHistory(tx, row, old, version).ifPresent(history::add);
                }
            }
            if (old == null) {
                values.addFirst(row.rowId());
                inserts.add(values.toArray());
            } else {
                values.add(row.rowId());
                updates.add(values.toArray());
            }
        }
        // In id order: the primary key's B-tree is then filled page after page, not at random places.
        inserts.sort(Comparator.comparing(values -> (UUID) values[0], SyncRows.UUID_ORDER));
        List<Field<?>> setColumns = columns.subList(1, columns.size());
        batch(db, inserts, db.insertInto(shape.table()).columns(columns).values(params(columns)));
        batch(db, updates, db.update(shape.table()).set(assignments(setColumns)).where(equalsParams(List.of(shape.id()))));
        batch(db, withFirstLines(db, history, existing, rows), historyInsert(db));
    }

    private void upsertByKey(DSLContext db, Shape shape, RowWrite row) {
        List<Object> keyValues = values(shape.key(), shape, row.after());
        if (row.before() != null && row.before().isAlive()) {
            List<Object> oldKey = values(shape.key(), shape, row.before());
            if (!oldKey.equals(keyValues)) {
                db.deleteFrom(shape.table()).where(equalsValues(shape.key(), oldKey)).execute();
            }
        }
        List<Field<?>> rest = shape.nonKey();
        int updated = rest.isEmpty()
                ? db.fetchCount(shape.table(), equalsValues(shape.key(), keyValues))
                : db.update(shape.table()).set(assignments(rest, values(rest, shape, row.after())))
                        .where(equalsValues(shape.key(), keyValues)).execute();
        if (updated == 0) {
            db.insertInto(shape.table()).columns(shape.synced()).values(values(shape.synced(), shape, row.after()))
                    .execute();
        }
    }

    // ---- deleting rows that are no longer alive ----

    private void delete(DSLContext db, Shape shape, List<RowWrite> rows) {
        if (shape.id() == null) {
            for (RowWrite row : rows) {
                if (row.before() != null && row.before().isAlive()) {
                    db.deleteFrom(shape.table()).where(equalsValues(shape.key(),
                            values(shape.key(), shape, row.before()))).execute();
                }
            }
            return;
        }
        if (shape.table().equals(ASSESSMENT)) {
            Map<UUID, Record> existing = existing(db, shape, rows);
            List<Object[]> history = new ArrayList<>();
            for (RowWrite row : rows) {
                Record old = existing.get(row.rowId());
                if (old != null) {
                    gradeHistory(db, row, old, old.get(ASSESSMENT.VERSION) + 1).ifPresent(history::add);
                }
            }
            batch(db, withFirstLines(db, history, existing, rows), historyInsert(db));
        }
        List<Object[]> ids = rows.stream().map(row -> new Object[] {row.rowId()}).toList();
        batch(db, ids, db.deleteFrom(shape.table()).where(equalsParams(List.of(shape.id()))));
    }

    // ---- assessment: history and local columns ----

    /**
     * The history lines, preceded by the line of the value each grade had (see {@link GradeHistory}) for the grades
     * without lines yet, in id order (the primary key's B-tree is then filled page after page).
     */
    private static List<Object[]> withFirstLines(DSLContext db, List<Object[]> lines, Map<UUID, Record> existing,
                                                 List<RowWrite> rows) {
        List<Object[]> all = new ArrayList<>(lines);
        Set<UUID> without = GradeHistory.withoutLines(db, lines.stream().map(line -> (UUID) line[1]).toList());
        for (RowWrite row : rows) {
            Record old = existing.get(row.rowId());
            if (without.contains(row.rowId())) {
                all.add(GradeHistory.firstLine(row.rowId(), gradeText(text(old.get(ASSESSMENT.SCORE)),
                                old.get(ASSESSMENT.RATING)), old.get(ASSESSMENT.VERSION), old.get(ASSESSMENT.UPDATED_BY),
                        old.get(ASSESSMENT.UPDATED_AT), row.before()));
            }
        }
        all.sort(Comparator.comparing(values -> (UUID) values[0], SyncRows.UUID_ORDER));
        return all;
    }

    /** The history row of a grade whose shown value changes: old → new, by the head that made the new value. */
    private Optional<Object[]> gradeHistory(DSLContext db, RowWrite row, Record old, long version) {
        String before = old == null ? null : gradeText(text(old.get(ASSESSMENT.SCORE)), old.get(ASSESSMENT.RATING));
        RowState after = row.after();
        String now = after.isAlive() ? gradeText(after.value("score").orElse(null), after.value("rating").orElse(null))
                : null;
        if (Objects.equals(before, now)) {
            return Optional.empty();
        }
        if (old != null && after.fields().values().stream().allMatch(List::isEmpty)) {
            // No head at all: a cell this PC created and the server refused, taken back. Its last edit here is undone,
            // so the line names that edit's author and PC.
            OffsetDateTime at = old.get(ASSESSMENT.UPDATED_AT);
            UUID device = db.select(ASSESSMENT_HISTORY.DEVICE_ID).from(ASSESSMENT_HISTORY)
                    .where(ASSESSMENT_HISTORY.ASSESSMENT_ID.eq(row.rowId()))
                    .orderBy(ASSESSMENT_HISTORY.VERSION.desc()).limit(1).fetchOptional(ASSESSMENT_HISTORY.DEVICE_ID)
                    .orElse(new UUID(0, 0));
            return Optional.of(new Object[] {Ids.newId(at.toInstant().toEpochMilli()), row.rowId(), before, now,
                    version, old.get(ASSESSMENT.UPDATED_BY), device, at});
        }
        Head by = latestShown(after, List.of("score", "rating"));
        return Optional.of(new Object[] {Ids.newId(Hlc.parse(by.hlc()).wallMillis()), row.rowId(), before, now,
                version, by.author(), by.device(), time(by)});
    }

    private static String text(BigDecimal score) {
        return score == null ? null : score.toPlainString();
    }

    /** A grade as teachers type it and as history stores it: "8.5", "9", "Đ", "CĐ". */
    private static String gradeText(String score, String rating) {
        if (score != null) {
            try {
                return new AssessmentValue.Score(new BigDecimal(score)).text();
            } catch (IllegalArgumentException e) {
                return score.length() > 4 ? score.substring(0, 4) : score;
            }
        }
        if (rating != null) {
            return "D".equals(rating) ? AssessmentValue.Rating.PASS.text()
                    : "CD".equals(rating) ? AssessmentValue.Rating.FAIL.text() : rating;
        }
        return null;
    }

    /**
     * The most recent of the shown heads of {@code fields} (of every field when none of them has a head): who made
     * the row look as it does, and when.
     */
    private static Head latestShown(RowState state, List<String> fields) {
        Head latest = latest(state, fields);
        if (latest == null) {
            latest = latest(state, state.fields().keySet());
        }
        if (latest == null) {
            throw new IllegalArgumentException("a row state without heads");
        }
        return latest;
    }

    private static Head latest(RowState state, Collection<String> fields) {
        Head latest = null;
        Hlc latestTime = null;
        for (String field : fields) {
            Head head = state.winner(field).orElse(null);
            if (head != null && (latest == null || !head.hlc().equals(latest.hlc()))) {
                Hlc time = Hlc.parse(head.hlc());
                if (latestTime == null || time.compareTo(latestTime) > 0) {
                    latest = head;
                    latestTime = time;
                }
            }
        }
        return latest;
    }

    private OffsetDateTime time(Head head) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(Hlc.parse(head.hlc()).wallMillis()), zone);
    }

    private static Query historyInsert(DSLContext db) {
        List<Field<?>> columns = List.of(ASSESSMENT_HISTORY.ID, ASSESSMENT_HISTORY.ASSESSMENT_ID,
                ASSESSMENT_HISTORY.OLD_VALUE, ASSESSMENT_HISTORY.NEW_VALUE, ASSESSMENT_HISTORY.VERSION,
                ASSESSMENT_HISTORY.CHANGED_BY, ASSESSMENT_HISTORY.DEVICE_ID, ASSESSMENT_HISTORY.CHANGED_AT);
        return db.insertInto(ASSESSMENT_HISTORY).columns(columns).values(params(columns));
    }

    // ---- helpers ----

    private static Map<UUID, Record> existing(DSLContext db, Shape shape, List<RowWrite> rows) {
        Map<UUID, Record> found = new HashMap<>();
        List<UUID> ids = rows.stream().map(RowWrite::rowId).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            db.selectFrom(shape.table()).where(shape.id().in(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .forEach(r -> found.put(r.get(shape.id()), r));
        }
        return found;
    }

    private List<Object> values(List<Field<?>> columns, Shape shape, RowState state) {
        List<Object> values = new ArrayList<>(columns.size());
        for (Field<?> column : columns) {
            values.add(convert(column, state.value(shape.name(column)).orElse(null)));
        }
        return values;
    }

    /** Wire text to the column's Java type (UUID, Short, Integer, BigDecimal, Boolean, LocalDate, OffsetDateTime). */
    private static Object convert(Field<?> column, String text) {
        return text == null ? null : column.getDataType().convert(text);
    }

    private static void batch(DSLContext db, List<Object[]> rows, Query query) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            if (chunk.size() == 1) {
                Object[] values = chunk.getFirst();
                for (int i = 0; i < values.length; i++) {
                    query.bind(i + 1, values[i]);
                }
                query.execute();
            } else {
                BatchBindStep batch = db.batch(query);
                chunk.forEach(batch::bind);
                batch.execute();
            }
        }
    }

    private static List<Param<?>> params(List<Field<?>> columns) {
        List<Param<?>> params = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            params.add(DSL.param("p" + i, columns.get(i).getDataType()));
        }
        return params;
    }

    private static Map<Field<?>, Object> assignments(List<Field<?>> columns) {
        Map<Field<?>, Object> set = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            set.put(columns.get(i), DSL.param("s" + i, columns.get(i).getDataType()));
        }
        return set;
    }

    private static Map<Field<?>, Object> assignments(List<Field<?>> columns, List<Object> values) {
        Map<Field<?>, Object> set = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            set.put(columns.get(i), DSL.val(values.get(i), columns.get(i).getDataType()));
        }
        return set;
    }

    @SuppressWarnings("unchecked")
    private static Condition equalsParams(List<Field<?>> columns) {
        Condition condition = DSL.noCondition();
        for (int i = 0; i < columns.size(); i++) {
            Field<Object> column = (Field<Object>) columns.get(i);
            condition = condition.and(column.eq(DSL.param("w" + i, column.getDataType())));
        }
        return condition;
    }

    @SuppressWarnings("unchecked")
    private static Condition equalsValues(List<Field<?>> columns, List<Object> values) {
        Condition condition = DSL.noCondition();
        for (int i = 0; i < columns.size(); i++) {
            Field<Object> column = (Field<Object>) columns.get(i);
            condition = condition.and(column.eq(DSL.val(values.get(i), column.getDataType())));
        }
        return condition;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Shape> shapes() {
        Map<String, Table<?>> tables = new HashMap<>();
        DefaultSchema.DEFAULT_SCHEMA.getTables().forEach(t -> tables.put(t.getName().toLowerCase(Locale.ROOT), t));
        Map<String, Shape> shapes = new HashMap<>();
        for (SyncEntity entity : SyncEntities.all()) {
            Table<?> table = tables.get(entity.name());
            if (table == null) {
                continue;
            }
            List<Field<?>> synced = new ArrayList<>();
            Field<UUID> id = null;
            for (Field<?> column : table.fields()) {
                String name = column.getName().toLowerCase(Locale.ROOT);
                if (name.equals("id") && entity.keyFields().isEmpty()) {
                    id = (Field<UUID>) column;
                } else if (entity.fields().containsKey(name)) {
                    synced.add(column);
                }
            }
            List<Field<?>> key = entity.keyFields().stream().<Field<?>>map(k -> synced.stream()
                    .filter(c -> c.getName().equalsIgnoreCase(k)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(entity.name() + " has no column " + k))).toList();
            if (id == null && key.isEmpty()) {
                throw new IllegalStateException(entity.name() + ": a table needs an id column or key fields");
            }
            shapes.put(entity.name(), new Shape(entity, table, id, List.copyOf(synced), key));
        }
        return Map.copyOf(shapes);
    }

}
