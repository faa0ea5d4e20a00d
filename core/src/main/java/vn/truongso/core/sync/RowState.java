package vn.truongso.core.sync;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a replica knows about one row: for each field, its heads (docs/sync-protocol.md §1). Immutable; {@link
 * Merge} makes new states. Fields the local schema does not know are kept like any other.
 */
public final class RowState {
    public static final RowState EMPTY = new RowState(Map.of());

    private final SortedMap<String, List<Head>> fields;
    private final boolean alive; // asked for every row a change refers to, so worked out once

    @JsonCreator
    public RowState(Map<String, List<Head>> fields) {
        TreeMap<String, List<Head>> copy = new TreeMap<>();
        fields.forEach((name, heads) -> {
            if (!heads.isEmpty()) {
                copy.put(name, Heads.ordered(heads));
            }
        });
        this.fields = Collections.unmodifiableSortedMap(copy);
        this.alive = copy.values().stream().flatMap(List::stream).anyMatch(head -> !head.tombstone());
    }

    @JsonValue
    public SortedMap<String, List<Head>> fields() {
        return fields;
    }

    public List<Head> heads(String field) {
        return fields.getOrDefault(field, List.of());
    }

    /** The versions an editor of {@code field} sees now: the base of the next edit. */
    public List<UUID> versions(String field) {
        return heads(field).stream().map(Head::version).toList();
    }

    /** The value every replica shows: the only head, or the provisional winner of a conflict. */
    public Optional<Head> winner(String field) {
        List<Head> heads = heads(field);
        return heads.isEmpty() ? Optional.empty() : Optional.of(heads.get(0));
    }

    /** The shown value of a field; empty for a never-written, emptied or deleted field. */
    public Optional<String> value(String field) {
        return winner(field).filter(head -> !head.tombstone()).map(Head::value);
    }

    /** A row lives while any field has a head that is not a delete: edit-versus-delete keeps the edit. */
    @JsonIgnore
    public boolean isAlive() {
        return alive;
    }

    /**
     * Fields whose heads disagree: concurrent edits a person has to resolve. Two PCs that typed the same value
     * offline agree, so that is no conflict (their heads stay, for causality, until the next edit).
     */
    @JsonIgnore
    public SortedSet<String> conflictedFields() {
        TreeSet<String> conflicted = new TreeSet<>();
        fields.forEach((name, heads) -> {
            if (heads.stream().map(RowState::shown).distinct().count() > 1) {
                conflicted.add(name);
            }
        });
        return conflicted;
    }

    private record Shown(boolean deleted, String value) {}

    private static Shown shown(Head head) {
        return new Shown(head.tombstone(), head.tombstone() ? null : head.value());
    }

    public boolean contains(UUID version) {
        return fields.values().stream().flatMap(List::stream).anyMatch(head -> head.version().equals(version));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowState state && state.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "RowState" + fields;
    }
}
