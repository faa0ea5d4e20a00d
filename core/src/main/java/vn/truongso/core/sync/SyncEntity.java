package vn.truongso.core.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.truongso.core.ids.Ids;

/**
 * One synced entity: its fields and their types, the fields a new row must have, and its rank (parents
 * before children: a page of rows is applied in rank order so references always resolve).
 *
 * @param keyFields the natural key a local table uses instead of an {@code id} column, or empty
 */
public record SyncEntity(String name, int rank, Map<String, FieldType> fields, Set<String> required,
                         List<String> keyFields) {
    public SyncEntity {
        fields = Map.copyOf(fields);
        required = Set.copyOf(required);
        keyFields = List.copyOf(keyFields);
    }

    /**
     * The id of a row of an entity that has a natural key: derived from the key fields' values in order, so
     * every PC and the server name the same row alike (e.g. a staff role from staff id and role).
     */
    public UUID keyedId(String... keyValues) {
        if (keyFields.isEmpty() || keyValues.length != keyFields.size()) {
            throw new IllegalArgumentException(name + " is keyed by " + keyFields);
        }
        return Ids.derived(name, (Object[]) keyValues);
    }
}
