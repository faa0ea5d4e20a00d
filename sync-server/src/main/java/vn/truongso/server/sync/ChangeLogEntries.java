package vn.truongso.server.sync;

import static vn.truongso.server.db.schema.Tables.CHANGE_LOG;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.ProtocolJson;

/**
 * The change-log entries one transaction appends, written together as one JDBC batch of one prepared INSERT: a
 * push of 500 changes is one round trip, its SQL rendered once. (A jOOQ batch of separate queries inlined each
 * change's JSON into its own SQL text for the driver and the database to parse; a multi-row INSERT made jOOQ render
 * thousands of bind markers per push — both cost the server more CPU than the database's own work.)
 */
final class ChangeLogEntries {
    private final DSLContext tx;
    private BatchBindStep batch;

    ChangeLogEntries(DSLContext tx) {
        this.tx = tx;
        this.batch = newBatch();
    }

    /** A change numbered {@code serverSeq}; {@code device} and its seq are null for the server's own changes. */
    void add(UUID schoolId, long serverSeq, Change change, UUID device, Long deviceSeq, OffsetDateTime acceptedAt) {
        batch.bind(schoolId, serverSeq, change.id(), device, deviceSeq, change.entity(), change.row(),
                ProtocolJson.write(change), acceptedAt);
    }

    int size() {
        return batch.size();
    }

    /** Writes the entries added since the last write. */
    void write() {
        if (batch.size() > 0) {
            batch.execute();
            batch = newBatch();
        }
    }

    private BatchBindStep newBatch() {
        return tx.batch(tx.insertInto(CHANGE_LOG, CHANGE_LOG.SCHOOL_ID, CHANGE_LOG.SERVER_SEQ, CHANGE_LOG.CHANGE_ID,
                CHANGE_LOG.DEVICE_ID, CHANGE_LOG.DEVICE_SEQ, CHANGE_LOG.ENTITY, CHANGE_LOG.ROW_ID, CHANGE_LOG.CHANGE_JSON,
                CHANGE_LOG.ACCEPTED_AT).values((UUID) null, null, null, null, null, null, null, null, null));
    }
}
