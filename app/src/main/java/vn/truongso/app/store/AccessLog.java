package vn.truongso.app.store;

import static vn.truongso.app.store.schema.Tables.ACCESS_LOG;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.truongso.core.ids.Ids;

/** Who opened or changed personal data, and when (Law 91/2025/QH15 asks us to be able to tell). */
public final class AccessLog {
    private AccessLog() {}

    public static int record(DSLContext tx, LocalStore store, UUID staffId, String action, String subject) {
        return tx.insertInto(ACCESS_LOG)
                .set(ACCESS_LOG.ID, Ids.newId(store.clock().millis()))
                .set(ACCESS_LOG.STAFF_ID, staffId)
                .set(ACCESS_LOG.ACTION, action)
                .set(ACCESS_LOG.SUBJECT, subject)
                .set(ACCESS_LOG.AT, OffsetDateTime.now(store.clock()))
                .execute();
    }
}
