package vn.truongso.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Replicas edit the same rows concurrently and receive each other's changes in random causal orders (every
 * change after the changes its editor had seen). Whatever the order, all end in the same state, and no edit is
 * lost: each is a head or was seen by a later edit.
 */
class MergeConvergencePropertiesTest {
    private static final List<String> FIELDS = List.of("score", "rating", "kind");
    private static final UUID AUTHOR = UUID.fromString("0193a1b2-0000-7000-8000-0000000000aa");

    private record Made(Change change, Set<UUID> causalPast) {}

    private static final class Replica {
        final UUID device = UUID.randomUUID();
        final Map<UUID, RowState> rows = new HashMap<>();
        final Set<UUID> delivered = new HashSet<>();
        long seq;

        void deliver(Change change) {
            rows.merge(change.row(), Merge.apply(rows.getOrDefault(change.row(), RowState.EMPTY), change),
                    (old, merged) -> merged);
            rows.computeIfAbsent(change.row(), r -> Merge.apply(RowState.EMPTY, change));
            delivered.add(change.id());
        }
    }

    @Property(tries = 300)
    void replicasConvergeWhateverTheDeliveryOrder(@ForAll long seed, @ForAll @IntRange(min = 3, max = 5) int replicaCount,
                                                  @ForAll @IntRange(min = 1, max = 60) int steps) {
        Random random = new Random(seed);
        List<UUID> rowIds = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<Replica> replicas = new ArrayList<>();
        for (int i = 0; i < replicaCount; i++) {
            replicas.add(new Replica());
        }
        List<Made> made = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            Replica at = replicas.get(random.nextInt(replicaCount));
            if (random.nextInt(3) == 0 || made.isEmpty()) {
                made.add(makeEdit(at, rowIds.get(random.nextInt(rowIds.size())), random));
            } else {
                deliverOneRandom(at, made, random);
            }
        }
        for (Replica replica : replicas) {
            while (replica.delivered.size() < made.size()) {
                deliverOneRandom(replica, made, random);
            }
        }

        Map<UUID, RowState> first = replicas.get(0).rows;
        for (Replica replica : replicas) {
            assertThat(replica.rows).isEqualTo(first);
        }
        assertNothingLost(made, first);
    }

    private static Made makeEdit(Replica at, UUID row, Random random) {
        RowState state = at.rows.getOrDefault(row, RowState.EMPTY);
        Map<String, FieldEdit> fields = new LinkedHashMap<>();
        boolean delete = random.nextInt(8) == 0 && state.isAlive();
        for (String field : FIELDS) {
            if (delete ? !state.heads(field).isEmpty() : random.nextBoolean() || fields.isEmpty() && field.equals("kind")) {
                String value = random.nextInt(5) == 0 ? null : String.valueOf(random.nextInt(4));
                List<UUID> base = random.nextInt(6) == 0 ? List.of() : state.versions(field);
                fields.put(field, new FieldEdit(value, base));
            }
        }
        UUID id = UUID.randomUUID();
        Hlc hlc = new Hlc(random.nextLong(0, 1L << 40), random.nextInt(100));
        Change change = delete && !fields.isEmpty()
                ? Change.deletion(id, "assessment", row, fields, hlc, at.device, ++at.seq, AUTHOR)
                : Change.edit(id, "assessment", row, fields, hlc, at.device, ++at.seq, AUTHOR);
        Made result = new Made(change, Set.copyOf(at.delivered));
        at.deliver(change);
        return result;
    }

    /** Delivers one change the replica lacks whose causal past it already has (one always exists). */
    private static void deliverOneRandom(Replica replica, List<Made> made, Random random) {
        List<Made> ready = made.stream()
                .filter(m -> !replica.delivered.contains(m.change().id()))
                .filter(m -> replica.delivered.containsAll(m.causalPast()))
                .toList();
        if (!ready.isEmpty()) {
            replica.deliver(ready.get(random.nextInt(ready.size())).change());
        }
    }

    private static void assertNothingLost(List<Made> made, Map<UUID, RowState> rows) {
        Set<UUID> seenByLaterEdits = new HashSet<>();
        made.forEach(m -> m.change().fields().values().forEach(edit -> seenByLaterEdits.addAll(edit.base())));
        for (Made m : made) {
            RowState row = rows.get(m.change().row());
            assertThat(row.contains(m.change().id()) || seenByLaterEdits.contains(m.change().id()))
                    .as("change %s is kept or was seen by a later edit", m.change().id()).isTrue();
        }
    }
}
