package vn.truongso.server.sync;

import static vn.truongso.server.db.schema.Tables.DEVICE;
import static vn.truongso.server.db.schema.Tables.ROW_REF;
import static vn.truongso.server.db.schema.Tables.ROW_STATE;
import static vn.truongso.server.db.schema.Tables.SCHOOL;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.sync.RowState;

/**
 * Removes deleted rows (all of whose fields are tombstones) from the server's row states once every active device
 * of the school has pulled past the delete (DESIGN §3.3). A device that has not seen a delete yet keeps it from
 * being purged; a PC that enrols later starts from a snapshot, which no longer holds the row. The change log
 * keeps the history.
 */
public final class TombstonePurge {
    private TombstonePurge() {}

    /** Purges what may go; returns the number of rows removed. */
    public static int purge(DSLContext db, UUID schoolId) {
        return db.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            long lastSeq = tx.select(SCHOOL.LAST_SEQ).from(SCHOOL).where(SCHOOL.ID.eq(schoolId)).forUpdate()
                    .fetchSingle(SCHOOL.LAST_SEQ);
            Long slowest = tx.select(org.jooq.impl.DSL.min(DEVICE.PULLED_SEQ)).from(DEVICE)
                    .where(DEVICE.SCHOOL_ID.eq(schoolId).and(DEVICE.STATUS.eq("ACTIVE"))).fetchOne(0, Long.class);
            long seenByAll = slowest == null ? lastSeq : slowest;
            List<UUID> gone = new ArrayList<>();
            List<String> entities = new ArrayList<>();
            tx.select(ROW_STATE.ENTITY, ROW_STATE.ROW_ID, ROW_STATE.STATE_JSON).from(ROW_STATE)
                    .where(ROW_STATE.SCHOOL_ID.eq(schoolId).and(ROW_STATE.ROW_SEQ.le(seenByAll))
                            .and(ROW_STATE.STATE_JSON.contains("\"del\":true")))
                    .forEach(r -> {
                        if (!ProtocolJson.read(r.value3(), RowState.class).isAlive()) {
                            entities.add(r.value1());
                            gone.add(r.value2());
                        }
                    });
            for (int i = 0; i < gone.size(); i++) {
                tx.deleteFrom(ROW_STATE).where(ROW_STATE.ENTITY.eq(entities.get(i)).and(ROW_STATE.ROW_ID.eq(gone.get(i))))
                        .execute();
                tx.deleteFrom(ROW_REF).where(ROW_REF.ENTITY.eq(entities.get(i)).and(ROW_REF.ROW_ID.eq(gone.get(i))))
                        .execute();
            }
            return gone.size();
        });
    }
}
