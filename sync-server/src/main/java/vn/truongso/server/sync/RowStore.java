package vn.truongso.server.sync;

import static vn.truongso.server.db.schema.Tables.ROW_REF;
import static vn.truongso.server.db.schema.Tables.ROW_STATE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QuantifiedSelect;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.sync.RowState;

/**
 * The server's rows of one school inside one push transaction: read once (in bulk for a batch), changed in
 * memory, written back in one JDBC batch. The school's row lock, held by the caller, makes this safe with
 * several server instances on one database.
 */
final class RowStore implements SchoolRows {
    /** The references {@link Authoriser} follows backwards; only these are indexed in row_ref. */
    static final Map<String, Set<String>> INDEXED_REFS = Map.of(
            "enrolment", Set.of("student_id"),
            "teaching_assignment", Set.of("class_id"));

    /** Ids per lookup query: one round trip for a whole push. */
    static final int CHUNK = 1_000;
    private static final Field<UUID> WANTED_ID = DSL.field(DSL.name("wanted", "id"), UUID.class);

    private record Key(String entity, UUID id) {}

    private record Stored(UUID school, RowState state, boolean exists) {}

    private final DSLContext tx;
    private final UUID schoolId;
    private final Map<Key, Optional<Stored>> rows = new HashMap<>();
    private final Map<Key, Long> dirty = new LinkedHashMap<>();
    private final Map<List<Object>, List<UUID>> referring = new HashMap<>();

    RowStore(DSLContext tx, UUID schoolId) {
        this.tx = tx;
        this.schoolId = schoolId;
    }

    @Override
    public UUID schoolId() {
        return schoolId;
    }

    /**
     * Reads the given rows in one query per entity (and 1,000 ids), so a batch of a thousand grades costs one round
     * trip, not a thousand. Rows not found are remembered as absent.
     */
    void prefetch(Collection<? extends Map.Entry<String, UUID>> keys) {
        Map<String, List<UUID>> byEntity = new HashMap<>();
        keys.stream().map(k -> new Key(k.getKey(), k.getValue())).distinct().filter(k -> !rows.containsKey(k))
                .forEach(k -> byEntity.computeIfAbsent(k.entity(), e -> new ArrayList<>()).add(k.id()));
        byEntity.forEach((entity, ids) -> {
            ids.forEach(id -> rows.put(new Key(entity, id), Optional.empty()));
            for (List<UUID> chunk : chunks(ids, CHUNK)) {
                Select<Record3<UUID, UUID, String>> states = postgres()
                        ? tx.select(ROW_STATE.ROW_ID, ROW_STATE.SCHOOL_ID, ROW_STATE.STATE_JSON).from(ROW_STATE)
                                .where(ROW_STATE.ENTITY.eq(entity).and(ROW_STATE.ROW_ID.eq(anyOf(chunk))))
                        : tx.select(ROW_STATE.ROW_ID, ROW_STATE.SCHOOL_ID, ROW_STATE.STATE_JSON).from(idTable(chunk))
                                .join(ROW_STATE).on(ROW_STATE.ENTITY.eq(entity).and(ROW_STATE.ROW_ID.eq(WANTED_ID)));
                states.forEach(r -> rows.put(new Key(entity, r.value1()), Optional.of(stored(r))));
            }
        });
    }

    /**
     * Reads, in one query per 1,000 targets, which of this school's rows of {@code entity} refer to each target
     * by {@code field} (one of {@link #INDEXED_REFS}), so that {@link #referring} answers them from memory.
     */
    void prefetchReferring(String entity, String field, Collection<UUID> targets) {
        List<UUID> unknown = targets.stream().distinct()
                .filter(t -> !referring.containsKey(List.of(entity, field, t))).toList();
        unknown.forEach(t -> referring.put(List.of(entity, field, t), new ArrayList<>()));
        for (List<UUID> chunk : chunks(unknown, CHUNK)) {
            Condition of = ROW_REF.SCHOOL_ID.eq(schoolId).and(ROW_REF.ENTITY.eq(entity)).and(ROW_REF.FIELD.eq(field));
            Select<Record2<UUID, UUID>> refs = postgres()
                    ? tx.select(ROW_REF.TARGET_ID, ROW_REF.ROW_ID).from(ROW_REF).where(of.and(ROW_REF.TARGET_ID.eq(anyOf(chunk))))
                    : tx.select(ROW_REF.TARGET_ID, ROW_REF.ROW_ID).from(idTable(chunk)).join(ROW_REF)
                            .on(of.and(ROW_REF.TARGET_ID.eq(WANTED_ID)));
            refs.forEach(r -> referring.get(List.of(entity, field, r.value1())).add(r.value2()));
        }
    }

    private boolean postgres() {
        return tx.dialect().family() == SQLDialect.POSTGRES;
    }

    /**
     * Ids to match a column against, in a form each database answers from an index on (…, column). PostgreSQL:
     * {@code column = ANY(array)}, one bound value, an index scan. H2 uses an index for IN or ANY only on an index's
     * first column — row_id and target_id are not — and compared every row of the entity with the whole list (a
     * push into a school of 80,000 grades took seconds); joined to the ids as a table, it probes the index per id.
     * The join is no good on PostgreSQL: it hashes every row of the entity, in all schools (200 ms per push).
     */
    private static QuantifiedSelect<Record1<UUID>> anyOf(List<UUID> ids) {
        return DSL.any(DSL.val(ids.toArray(UUID[]::new), SQLDataType.UUID.array()));
    }

    private static Table<?> idTable(List<UUID> ids) {
        return DSL.unnest(DSL.val(ids.toArray(UUID[]::new), SQLDataType.UUID.array())).as("wanted", WANTED_ID.getName());
    }

    private static Stored stored(Record3<UUID, UUID, String> r) {
        return new Stored(r.value2(), ParsedStates.of(r.value3()), true);
    }

    private Optional<Stored> load(String entity, UUID id) {
        return rows.computeIfAbsent(new Key(entity, id), key -> Optional.ofNullable(
                tx.select(ROW_STATE.ROW_ID, ROW_STATE.SCHOOL_ID, ROW_STATE.STATE_JSON).from(ROW_STATE)
                        .where(ROW_STATE.ENTITY.eq(entity).and(ROW_STATE.ROW_ID.eq(id))).fetchOne())
                .map(RowStore::stored));
    }

    @Override
    public Optional<RowState> find(String entity, UUID id) {
        return load(entity, id).filter(s -> s.school().equals(schoolId)).map(Stored::state);
    }

    @Override
    public boolean belongsToAnotherSchool(String entity, UUID id) {
        return load(entity, id).filter(s -> !s.school().equals(schoolId)).isPresent();
    }

    @Override
    public List<UUID> referring(String entity, String field, UUID target) {
        return referring.computeIfAbsent(List.of(entity, field, target), k -> new ArrayList<>(
                tx.select(ROW_REF.ROW_ID).from(ROW_REF)
                        .where(ROW_REF.SCHOOL_ID.eq(schoolId).and(ROW_REF.ENTITY.eq(entity))
                                .and(ROW_REF.FIELD.eq(field)).and(ROW_REF.TARGET_ID.eq(target)))
                        .fetch(ROW_REF.ROW_ID)));
    }

    /** Records a row's new state and the server sequence that made it; written by {@link #flush()}. */
    void put(String entity, UUID id, RowState state, long rowSeq) {
        Key key = new Key(entity, id);
        Optional<Stored> before = load(entity, id);
        rows.put(key, Optional.of(new Stored(schoolId, state, before.map(Stored::exists).orElse(false))));
        dirty.put(key, rowSeq);
        Set<String> indexed = INDEXED_REFS.getOrDefault(entity, Set.of());
        for (String field : indexed) {
            String oldTarget = before.flatMap(s -> s.state().value(field)).orElse(null);
            String newTarget = state.isAlive() ? state.value(field).orElse(null) : null;
            if (oldTarget != null) {
                referring.getOrDefault(List.of(entity, field, UUID.fromString(oldTarget)), new ArrayList<>()).remove(id);
            }
            if (newTarget != null) {
                List<UUID> list = referring(entity, field, UUID.fromString(newTarget));
                if (!list.contains(id)) {
                    list.add(id);
                }
            }
        }
    }

    /**
     * Writes every changed row (and its indexed references) as JDBC batches of one prepared statement each —
     * INSERT for new rows, UPDATE for the others — so a push costs a few round trips however many rows it changes,
     * and each statement's SQL is rendered once.
     */
    void flush() {
        BatchBindStep inserts = tx.batch(tx.insertInto(ROW_STATE, ROW_STATE.ENTITY, ROW_STATE.ROW_ID,
                ROW_STATE.SCHOOL_ID, ROW_STATE.STATE_JSON, ROW_STATE.ROW_SEQ).values((String) null, null, null, null, null));
        BatchBindStep updates = tx.batch(tx.update(ROW_STATE).set(ROW_STATE.STATE_JSON, (String) null)
                .set(ROW_STATE.ROW_SEQ, (Long) null)
                .where(ROW_STATE.ENTITY.eq((String) null).and(ROW_STATE.ROW_ID.eq((UUID) null))));
        BatchBindStep refDeletes = tx.batch(tx.deleteFrom(ROW_REF).where(ROW_REF.ENTITY.eq((String) null)
                .and(ROW_REF.FIELD.eq((String) null)).and(ROW_REF.ROW_ID.eq((UUID) null))));
        BatchBindStep refInserts = tx.batch(tx.insertInto(ROW_REF, ROW_REF.SCHOOL_ID, ROW_REF.ENTITY, ROW_REF.FIELD,
                ROW_REF.TARGET_ID, ROW_REF.ROW_ID).values((UUID) null, null, null, null, null));
        dirty.forEach((key, rowSeq) -> {
            Stored stored = rows.get(key).orElseThrow();
            String json = ProtocolJson.writeState(stored.state());
            if (stored.exists()) {
                updates.bind(json, rowSeq, key.entity(), key.id());
            } else {
                inserts.bind(key.entity(), key.id(), schoolId, json, rowSeq);
            }
            for (String field : INDEXED_REFS.getOrDefault(key.entity(), Set.of())) {
                refDeletes.bind(key.entity(), field, key.id());
                Optional<String> target = stored.state().isAlive() ? stored.state().value(field) : Optional.empty();
                target.ifPresent(t -> refInserts.bind(schoolId, key.entity(), field, UUID.fromString(t), key.id()));
            }
            rows.put(key, Optional.of(new Stored(schoolId, stored.state(), true)));
        });
        dirty.clear();
        for (BatchBindStep batch : List.of(inserts, updates, refDeletes, refInserts)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }

    static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return chunks;
    }

    static Map.Entry<String, UUID> key(String entity, UUID id) {
        return Map.entry(entity, id);
    }

}
