package vn.truongso.app.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Something about a synced row that a person has to decide (DESIGN §3.3).
 * <ul>
 *   <li>A field edited concurrently on several PCs: {@code field} and its {@code versions}, the provisional winner
 *       (the value every PC shows meanwhile) first; {@link LocalReplica#resolveConflict} ends it.</li>
 *   <li>A row that could not be written to its table as its state says, e.g. deleted on another PC while rows
 *       here still refer to it: {@code field} is null, {@code versions} empty, and {@code problem} says why.</li>
 * </ul>
 *
 * @param label who and what the row is, for people: for a grade "student · class · subject · term · column"
 */
public record Conflict(String entity, UUID rowId, String label, String field, List<Version> versions, String problem) {
    public Conflict {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(rowId, "rowId");
        versions = List.copyOf(versions);
    }

    public boolean isFieldConflict() {
        return field != null;
    }

    /**
     * One of the competing values.
     *
     * @param value   the value, null when the field was emptied or the row deleted ({@code deleted})
     * @param version the id of the change that made it: what a resolution names in its base
     * @param at      when it was made, from its HLC reading
     * @param shown   whether it is the provisional winner, the value the tables hold meanwhile
     */
    public record Version(String value, boolean deleted, UUID version, UUID authorId, String authorName,
                          UUID deviceId, Instant at, boolean shown) {}
}
