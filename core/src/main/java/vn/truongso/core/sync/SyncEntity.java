package vn.truongso.core.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
}
