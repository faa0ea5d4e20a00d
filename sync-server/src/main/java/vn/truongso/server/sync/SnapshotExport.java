package vn.truongso.server.sync;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.truongso.core.sync.Protocol;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.sync.SnapshotFile;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;
import vn.truongso.server.trust.SchoolCa;

/** Writes a school's snapshot file, signed by its CA, for a PC that starts from a USB stick (DESIGN §3.5). */
public final class SnapshotExport {
    private static final int PAGE = 2_000;

    private SnapshotExport() {}

    /** Writes the file; returns how many rows it holds. */
    public static int export(ServerContext context, School school, OutputStream out) {
        PullService pulls = new PullService(context.database().dsl(), new SchoolSignals());
        List<Protocol.SnapshotRow> rows = new ArrayList<>();
        Protocol.SnapshotPage page = read(pulls.snapshot(school.id(), null, null, PAGE));
        long at = page.at();
        rows.addAll(page.rows());
        while (page.after() != null) {
            page = read(pulls.snapshot(school.id(), at, page.after(), PAGE));
            rows.addAll(page.rows());
        }
        SchoolCa ca = context.database().dsl().transactionResult(c -> context.cas().load(c.dsl(), school.id()));
        SnapshotFile.Writer writer = new SnapshotFile.Writer(out, new SnapshotFile.Header(SnapshotFile.FORMAT, 1,
                school.id(), school.code(), at, rows.size()), ca.privateKey());
        rows.forEach(writer::row);
        writer.finish();
        return rows.size();
    }

    private static Protocol.SnapshotPage read(String json) {
        return ProtocolJson.read(json, Protocol.SnapshotPage.class);
    }
}
