package vn.truongso.app.store;

import static vn.truongso.app.store.schema.Tables.OUTBOX;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.truongso.core.ids.Ids;

/**
 * Captures a local change for sync, inside the caller's transaction (so a change is in the outbox exactly when
 * it is in the tables). The sync engine drains it in device-sequence order.
 */
public final class Outbox {
    public enum Operation { UPSERT, DELETE }

    private Outbox() {}

    public static void append(DSLContext tx, LocalStore store, String entity, UUID entityId, Operation operation,
                              Map<String, ?> fields, Long baseVersion, UUID authorId) {
        OffsetDateTime now = OffsetDateTime.now(store.clock());
        tx.insertInto(OUTBOX)
                .set(OUTBOX.CHANGE_ID, Ids.newId(store.clock().millis()))
                .set(OUTBOX.ENTITY, entity)
                .set(OUTBOX.ENTITY_ID, entityId)
                .set(OUTBOX.OPERATION, operation.name())
                .set(OUTBOX.FIELDS_JSON, Json.write(fields))
                .set(OUTBOX.BASE_VERSION, baseVersion)
                .set(OUTBOX.AUTHOR_ID, authorId)
                .set(OUTBOX.DEVICE_ID, store.deviceId())
                .set(OUTBOX.CREATED_AT, now)
                .execute();
    }
}
