package vn.truongso.app.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.truongso.core.sync.Protocol;
import vn.truongso.core.sync.SnapshotFile;

/**
 * Loads the school from a snapshot file brought on a USB stick instead of downloading it (DESIGN §3.5). The file
 * must be signed by the school's CA — the root this PC received when it enrolled — and be of this PC's school;
 * otherwise nothing is loaded. Afterwards the PC pulls only what changed since the file was made.
 */
public final class SnapshotFileImport {
    private static final int PAGE = 1_000;

    private final LocalReplica replica;
    private final EnrolmentStore enrolments;

    public SnapshotFileImport(LocalReplica replica, EnrolmentStore enrolments) {
        this.replica = replica;
        this.enrolments = enrolments;
    }

    /** Checks and loads the file; returns the number of rows loaded. */
    public int importFile(Path file, SyncProgress.Listener progress) throws IOException {
        DeviceCredentials device = enrolments.credentials().orElseThrow(() ->
                new IllegalStateException("enrol this PC first: the file is checked against the school's root"));
        SnapshotFile.Contents contents;
        try (InputStream in = Files.newInputStream(file)) {
            contents = SnapshotFile.read(in, device.caCertificate().getPublicKey(), device.schoolId());
        }
        List<Protocol.SnapshotRow> rows = contents.rows();
        int start = 0;
        do {
            int end = Math.min(rows.size(), start + PAGE);
            List<Protocol.SnapshotRow> page = rows.subList(start, end);
            Protocol.SnapshotRow tail = page.isEmpty() ? null : page.get(page.size() - 1);
            Protocol.SnapshotPosition next = end == rows.size() ? null
                    : new Protocol.SnapshotPosition(0, tail.entity(), tail.row());
            replica.applySnapshotPage(new Protocol.SnapshotPage(contents.header().at(), page, next));
            progress.progressed(new SyncProgress(SyncProgress.Phase.SNAPSHOT, end, rows.size()));
            start = end;
        } while (start < rows.size());
        return rows.size();
    }
}
