package vn.truongso.app.store;

import static vn.truongso.app.store.schema.Tables.SYNC_ROW;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import vn.truongso.core.sync.RowState;

/**
 * The {@code sync_row} table: per synced row its confirmed state (with the server sequence it includes) and its
 * working state = confirmed ⊕ this PC's outbox changes of the row not yet pulled back.
 */
public final class SyncRows {
    private static final int CHUNK = 1_000;

    /** The database's order of UUIDs (unsigned, byte by byte); {@link UUID#compareTo} compares signed halves. */
    public static final Comparator<UUID> UUID_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private SyncRows() {}

    /** A row's key: entity (table) name and id. */
    public record Key(String entity, UUID rowId) {
        public Key {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(rowId, "rowId");
        }
    }

    /**
     * One row's states. {@code confirmed} is null while the server has sent nothing of the row (a row created here
     * and not pulled back yet); {@code problem} says why its working state could not be written to its table.
     */
    public record Entry(Key key, RowState confirmed, long confirmedSeq, RowState working, String problem) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(working, "working");
        }

        public static Entry fresh(Key key) {
            return new Entry(key, null, 0, RowState.EMPTY, null);
        }

        public RowState confirmedOrEmpty() {
            return confirmed == null ? RowState.EMPTY : confirmed;
        }

        public Entry withWorking(RowState newWorking) {
            return new Entry(key, confirmed, confirmedSeq, newWorking, problem);
        }

        public Entry withConfirmed(RowState newConfirmed, long newSeq) {
            return new Entry(key, newConfirmed, newSeq, working, problem);
        }

        public Entry withProblem(String newProblem) {
            return new Entry(key, confirmed, confirmedSeq, working, newProblem);
        }

        /** What the conflicts screen lists: fields with several different heads, or a row its table refused. */
        public boolean needsAttention() {
            return problem != null || !working.conflictedFields().isEmpty();
        }
    }

    public static Optional<Entry> find(DSLContext tx, Key key) {
        return tx.select(SYNC_ROW.CONFIRMED_JSON, SYNC_ROW.CONFIRMED_SEQ, SYNC_ROW.WORKING_JSON, SYNC_ROW.PROBLEM)
                .from(SYNC_ROW).where(SYNC_ROW.ENTITY.eq(key.entity()).and(SYNC_ROW.ROW_ID.eq(key.rowId())))
                .fetchOptional(r -> entry(key, r));
    }

    /**
     * Only the row's working state, for a capture: one JSON to read, not two. Empty when the row has no sync row.
     */
    public static Optional<RowState> findWorking(DSLContext tx, Key key) {
        return tx.select(SYNC_ROW.WORKING_JSON, SYNC_ROW.CONFIRMED_JSON).from(SYNC_ROW)
                .where(SYNC_ROW.ENTITY.eq(key.entity()).and(SYNC_ROW.ROW_ID.eq(key.rowId())))
                .fetchOptional(r -> StoredRowState.read(r.value1() != null ? r.value1() : r.value2()));
    }

    /**
     * Writes a row's new working state after a local change, leaving its confirmed state as it is: the keystroke
     * path writes one JSON, not two. A local change always adds a head, so the working state differs from the
     * confirmed one and is stored.
     */
    public static void saveWorking(DSLContext tx, Key key, RowState working, boolean exists) {
        String json = StoredRowState.write(working);
        boolean conflicted = !working.conflictedFields().isEmpty();
        if (exists) {
            // A problem noted earlier stays: the row may still not fit its table.
            tx.update(SYNC_ROW).set(SYNC_ROW.WORKING_JSON, json)
                    .set(SYNC_ROW.CONFLICTED, conflicted ? DSL.inline(true) : DSL.field(SYNC_ROW.PROBLEM.isNotNull()))
                    .where(SYNC_ROW.ENTITY.eq(key.entity()).and(SYNC_ROW.ROW_ID.eq(key.rowId()))).execute();
        } else {
            tx.insertInto(SYNC_ROW).set(SYNC_ROW.ENTITY, key.entity()).set(SYNC_ROW.ROW_ID, key.rowId())
                    .set(SYNC_ROW.WORKING_JSON, json).set(SYNC_ROW.CONFLICTED, conflicted).execute();
        }
    }

    /** The entries of the keys that have one. */
    public static Map<Key, Entry> findAll(DSLContext tx, Collection<Key> keys) {
        Map<Key, Entry> found = new HashMap<>();
        Map<String, List<UUID>> byEntity = keys.stream().distinct().collect(Collectors.groupingBy(Key::entity,
                Collectors.mapping(Key::rowId, Collectors.toList())));
        byEntity.forEach((entity, ids) -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                // Joined to the ids as a table, not "row_id IN (…)": H2 uses an index for IN only on an index's
                // first column, and row_id is the key's second, so IN scanned every sync row of the entity against
                // the whole list — a snapshot page took longer with every page before it.
                Table<?> wanted = DSL.unnest(DSL.val(ids.subList(from, Math.min(ids.size(), from + CHUNK))
                        .toArray(UUID[]::new), SQLDataType.UUID.array())).as("wanted", "id");
                tx.select(SYNC_ROW.ROW_ID, SYNC_ROW.CONFIRMED_JSON, SYNC_ROW.CONFIRMED_SEQ, SYNC_ROW.WORKING_JSON,
                                SYNC_ROW.PROBLEM)
                        .from(wanted).join(SYNC_ROW)
                        .on(SYNC_ROW.ENTITY.eq(entity).and(SYNC_ROW.ROW_ID.eq(wanted.field("id", UUID.class))))
                        .forEach(r -> {
                            Key key = new Key(entity, r.get(SYNC_ROW.ROW_ID));
                            found.put(key, entry(key, r));
                        });
            }
        });
        return found;
    }

    /** An entry's states as stored: confirmed JSON (or null) and working JSON (null when equal to confirmed). */
    public record Encoded(String confirmed, String working) {}

    public static Encoded encode(Entry entry) {
        return new Encoded(entry.confirmed() == null ? null : StoredRowState.write(entry.confirmed()),
                entry.working().equals(entry.confirmed()) ? null : StoredRowState.write(entry.working()));
    }

    /**
     * Encodes many entries' states. Above a few hundred rows (a snapshot page, the demo seed) on another thread, so
     * the caller can write the domain tables meanwhile; join the result before {@link #saveAll(DSLContext,
     * Collection, Map, Set)}.
     */
    public static CompletableFuture<Map<Key, Encoded>> encodeAll(Collection<Entry> entries) {
        List<Entry> copy = List.copyOf(entries);
        if (copy.size() < 500) {
            Map<Key, Encoded> encoded = new HashMap<>();
            copy.forEach(entry -> encoded.put(entry.key(), encode(entry)));
            return CompletableFuture.completedFuture(encoded);
        }
        return CompletableFuture.supplyAsync(() -> copy.parallelStream()
                .collect(Collectors.toMap(Entry::key, SyncRows::encode, (a, b) -> b)));
    }

    /** Writes entries; {@code existing} tells which already have a row (so each is one INSERT or one UPDATE). */
    public static void saveAll(DSLContext tx, Collection<Entry> entries, Set<Key> existing) {
        saveAll(tx, entries, encodeAll(entries).join(), existing);
    }

    /** Writes entries whose states are already {@link #encodeAll encoded} (an entry's problem may have changed since). */
    public static void saveAll(DSLContext tx, Collection<Entry> entries, Map<Key, Encoded> encoded, Set<Key> existing) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        // In key order: the primary key's B-tree is then filled page after page, not at random places.
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry e) -> e.key().entity()).thenComparing(e -> e.key().rowId(), UUID_ORDER));
        for (Entry entry : sorted) {
            Encoded json = encoded.get(entry.key());
            if (json == null) {
                json = encode(entry);
            }
            Object[] values = {json.confirmed(), entry.confirmedSeq(), json.working(), entry.needsAttention(),
                    entry.problem(), entry.key().entity(), entry.key().rowId()};
            (existing.contains(entry.key()) ? updates : inserts).add(values);
        }
        // One prepared statement per kind, each row's values bound: far cheaper than a statement per row.
        execute(tx, inserts, tx.insertInto(SYNC_ROW, SYNC_ROW.CONFIRMED_JSON, SYNC_ROW.CONFIRMED_SEQ,
                        SYNC_ROW.WORKING_JSON, SYNC_ROW.CONFLICTED, SYNC_ROW.PROBLEM, SYNC_ROW.ENTITY, SYNC_ROW.ROW_ID)
                .values(DSL.param("c", String.class), DSL.param("s", Long.class), DSL.param("w", String.class),
                        DSL.param("f", Boolean.class), DSL.param("p", String.class), DSL.param("e", String.class),
                        DSL.param("r", UUID.class)));
        execute(tx, updates, tx.update(SYNC_ROW)
                .set(SYNC_ROW.CONFIRMED_JSON, DSL.param("c", String.class))
                .set(SYNC_ROW.CONFIRMED_SEQ, DSL.param("s", Long.class))
                .set(SYNC_ROW.WORKING_JSON, DSL.param("w", String.class))
                .set(SYNC_ROW.CONFLICTED, DSL.param("f", Boolean.class))
                .set(SYNC_ROW.PROBLEM, DSL.param("p", String.class))
                .where(SYNC_ROW.ENTITY.eq(DSL.param("e", String.class))
                        .and(SYNC_ROW.ROW_ID.eq(DSL.param("r", UUID.class)))));
    }

    public static void save(DSLContext tx, Entry entry, boolean exists) {
        saveAll(tx, List.of(entry), exists ? Set.of(entry.key()) : Set.of());
    }

    private static void execute(DSLContext tx, List<Object[]> rows, Query query) {
        if (rows.size() == 1) {
            Object[] values = rows.getFirst();
            for (int i = 0; i < values.length; i++) {
                query.bind(i + 1, values[i]);
            }
            query.execute();
            return;
        }
        for (int from = 0; from < rows.size(); from += CHUNK) {
            BatchBindStep batch = tx.batch(query);
            for (Object[] values : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                batch.bind(values);
            }
            batch.execute();
        }
    }

    private static Entry entry(Key key, Record r) {
        String confirmedJson = r.get(SYNC_ROW.CONFIRMED_JSON);
        String workingJson = r.get(SYNC_ROW.WORKING_JSON);
        RowState confirmed = confirmedJson == null ? null : StoredRowState.read(confirmedJson);
        RowState working = workingJson == null ? confirmed : StoredRowState.read(workingJson);
        return new Entry(key, confirmed, r.get(SYNC_ROW.CONFIRMED_SEQ), working, r.get(SYNC_ROW.PROBLEM));
    }
}
