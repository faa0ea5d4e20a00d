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
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record3;
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

    /** Reads the given rows in one query, so a batch of a thousand grades costs one round trip, not a thousand. */
    void prefetch(Collection<? extends Map.Entry<String, UUID>> keys) {
        Map<String, List<UUID>> byEntity = new HashMap<>();
        keys.stream().filter(k -> !rows.containsKey(new Key(k.getKey(), k.getValue())))
                .forEach(k -> byEntity.computeIfAbsent(k.getKey(), e -> new ArrayList<>()).add(k.getValue()));
        byEntity.forEach((entity, ids) -> {
            ids.forEach(id -> rows.put(new Key(entity, id), Optional.empty()));
            for (List<UUID> chunk : chunks(ids, 500)) {
                // Joined to the ids as a table, not "row_id IN (…)": H2 uses an index for IN only on an index's
                // first column, and row_id is the key's second, so IN compared every row of the entity with the
                // whole list (a push into a school of 80,000 grades took seconds). PostgreSQL plans both alike.
                Table<?> wanted = DSL.unnest(DSL.val(chunk.toArray(UUID[]::new), SQLDataType.UUID.array()))
                        .as("wanted", "id");
                tx.select(ROW_STATE.ROW_ID, ROW_STATE.SCHOOL_ID, ROW_STATE.STATE_JSON).from(wanted).join(ROW_STATE)
                        .on(ROW_STATE.ENTITY.eq(entity).and(ROW_STATE.ROW_ID.eq(wanted.field("id", UUID.class))))
                        .forEach(r -> rows.put(new Key(entity, r.value1()), Optional.of(stored(r))));
            }
        });
    }

    private static Stored stored(Record3<UUID, UUID, String> r) {
        return new Stored(r.value2(), ProtocolJson.read(r.value3(), RowState.class), true);
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

    /** Writes every changed row (and its indexed references) in one batch. */
    void flush() {
        List<Query> queries = new ArrayList<>();
        dirty.forEach((key, rowSeq) -> {
            Stored stored = rows.get(key).orElseThrow();
            String json = ProtocolJson.write(stored.state());
            queries.add(stored.exists()
                    ? tx.update(ROW_STATE).set(ROW_STATE.STATE_JSON, json).set(ROW_STATE.ROW_SEQ, rowSeq)
                            .where(ROW_STATE.ENTITY.eq(key.entity()).and(ROW_STATE.ROW_ID.eq(key.id())))
                    : tx.insertInto(ROW_STATE).set(ROW_STATE.ENTITY, key.entity()).set(ROW_STATE.ROW_ID, key.id())
                            .set(ROW_STATE.SCHOOL_ID, schoolId).set(ROW_STATE.STATE_JSON, json)
                            .set(ROW_STATE.ROW_SEQ, rowSeq));
            for (String field : INDEXED_REFS.getOrDefault(key.entity(), Set.of())) {
                queries.add(tx.deleteFrom(ROW_REF).where(ROW_REF.ENTITY.eq(key.entity()).and(ROW_REF.FIELD.eq(field))
                        .and(ROW_REF.ROW_ID.eq(key.id()))));
                Optional<String> target = stored.state().isAlive() ? stored.state().value(field) : Optional.empty();
                target.ifPresent(t -> queries.add(tx.insertInto(ROW_REF).set(ROW_REF.SCHOOL_ID, schoolId)
                        .set(ROW_REF.ENTITY, key.entity()).set(ROW_REF.FIELD, field)
                        .set(ROW_REF.TARGET_ID, UUID.fromString(t)).set(ROW_REF.ROW_ID, key.id())));
            }
            rows.put(key, Optional.of(new Stored(schoolId, stored.state(), true)));
        });
        dirty.clear();
        if (!queries.isEmpty()) {
            tx.batch(queries).execute();
        }
    }

    private static <T> List<List<T>> chunks(List<T> items, int size) {
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
