package vn.truongso.core.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one merge function, used by the server and by every PC (docs/sync-protocol.md §3). For each field of a
 * change: the heads its editor saw (its base) are replaced by the new edit; heads the editor did not see stay
 * beside it as a conflict. Causality decides; nothing is dropped; for edits delivered in causal order the
 * result does not depend on the order, so all replicas converge.
 */
public final class Merge {
    private Merge() {}

    public static RowState apply(RowState state, Change change) {
        if (state.contains(change.id())) {
            return state; // already applied: a retry or a replay changes nothing
        }
        Map<String, List<Head>> fields = new TreeMap<>(state.fields());
        change.fields().forEach((name, edit) -> fields.put(name, merged(state.heads(name), edit, change)));
        return new RowState(fields);
    }

    /** Folds changes in the given order; callers pass them in causal order. */
    public static RowState applyAll(RowState state, Iterable<Change> changes) {
        RowState result = state;
        for (Change change : changes) {
            result = apply(result, change);
        }
        return result;
    }

    private static List<Head> merged(List<Head> heads, FieldEdit edit, Change change) {
        Set<UUID> seen = new HashSet<>(edit.base());
        List<Head> result = new ArrayList<>(heads.size() + 1);
        for (Head head : heads) {
            if (!seen.contains(head.version())) {
                result.add(head);
            }
        }
        result.add(new Head(change.id(), change.delete() ? null : edit.value(), change.delete(), change.hlc(),
                change.device(), change.author()));
        return result;
    }
}
