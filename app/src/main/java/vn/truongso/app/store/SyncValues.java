package vn.truongso.app.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Record;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.core.sync.SyncEntity;

/** Column values as the sync protocol writes them: strings or null (docs/sync-protocol.md §1). */
public final class SyncValues {
    private SyncValues() {}

    /** The wire text of a column value: plain decimals, ISO dates and timestamps, {@code true}/{@code false}. */
    public static String text(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal decimal -> decimal.toPlainString();
            case OffsetDateTime time -> time.toString();
            default -> value.toString();
        };
    }

    /** Every synced field of {@code entity} that the record has a column for, as wire text. */
    public static Map<String, String> fieldsOf(String entity, Record record) {
        SyncEntity synced = SyncEntities.find(entity).orElseThrow(() -> new IllegalArgumentException(
                "not a synced entity: " + entity));
        Map<String, String> fields = new LinkedHashMap<>();
        for (Field<?> column : record.fields()) {
            String name = column.getName().toLowerCase(java.util.Locale.ROOT);
            if (synced.fields().containsKey(name)) {
                fields.put(name, text(record.get(column)));
            }
        }
        return fields;
    }
}
