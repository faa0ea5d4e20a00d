package vn.truongso.server.sync;

import static vn.truongso.server.db.schema.Tables.CHANGE_LOG;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Row9;
import org.jooq.impl.DSL;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.ProtocolJson;

/**
 * The change-log entries one transaction appends, written together in multi-row INSERTs with bound values: a push
 * of 500 changes is one statement, not 500 (and not 500 SQL texts with the change's JSON inlined, to be parsed by
 * the driver and the database one by one).
 */
final class ChangeLogEntries {
    private final List<Row9<UUID, Long, UUID, UUID, Long, String, UUID, String, OffsetDateTime>> entries =
            new ArrayList<>();

    /** A change numbered {@code serverSeq}; {@code device} and its seq are null for the server's own changes. */
    void add(UUID schoolId, long serverSeq, Change change, UUID device, Long deviceSeq, OffsetDateTime acceptedAt) {
        entries.add(DSL.row(schoolId, serverSeq, change.id(), device, deviceSeq, change.entity(), change.row(),
                ProtocolJson.write(change), acceptedAt));
    }

    int size() {
        return entries.size();
    }

    /** Writes the entries added since the last write. */
    void write(DSLContext tx) {
        for (var chunk : RowStore.chunks(entries, RowStore.CHUNK)) {
            tx.insertInto(CHANGE_LOG, CHANGE_LOG.SCHOOL_ID, CHANGE_LOG.SERVER_SEQ, CHANGE_LOG.CHANGE_ID,
                    CHANGE_LOG.DEVICE_ID, CHANGE_LOG.DEVICE_SEQ, CHANGE_LOG.ENTITY, CHANGE_LOG.ROW_ID,
                    CHANGE_LOG.CHANGE_JSON, CHANGE_LOG.ACCEPTED_AT).valuesOfRows(chunk).execute();
        }
        entries.clear();
    }
}
