package vn.truongso.core.sync;

import java.util.List;
import java.util.UUID;

/** The sync wire protocol's messages (docs/sync-protocol.md); headers and versions are in {@code ProtocolHeaders}. */
public final class Protocol {
    public static final int MAX_CHANGES_PER_PUSH = 1_000;

    private Protocol() {}

    public record PushRequest(List<Change> changes) {
        public PushRequest {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }

    public enum Status { ACCEPTED, REFUSED }

    /** What became of one pushed change: accepted with its server sequence number, or refused with a reason. */
    public record ChangeResult(UUID id, long seq, Status status, Long serverSeq, String reason, String message) {
        public static ChangeResult accepted(Change change, long serverSeq) {
            return new ChangeResult(change.id(), change.deviceSeq(), Status.ACCEPTED, serverSeq, null, null);
        }

        public static ChangeResult refused(Change change, String reason, String message) {
            return new ChangeResult(change.id(), change.deviceSeq(), Status.REFUSED, null, reason, message);
        }
    }

    /** {@code ackedSeq}: the device's highest sequence number the server has processed; resend from the next one. */
    public record PushResponse(long ackedSeq, List<ChangeResult> results) {}

    public record PullEntry(long serverSeq, Change change) {}

    /** A page of the school's change log after a cursor; {@code last} is the cursor for the next page. */
    public record PullPage(List<PullEntry> entries, long last, boolean more) {}

    /** A row as the server holds it, with the last server sequence its state includes. */
    public record SnapshotRow(String entity, UUID row, RowState state, long rowSeq) {}

    /**
     * A page of a school's rows, parents first. {@code at}: the school's sequence when the snapshot began, from
     * which the PC pulls afterwards; {@code after}: the position to ask for the next page, null on the last.
     */
    public record SnapshotPage(long at, List<SnapshotRow> rows, SnapshotPosition after) {}

    public record SnapshotPosition(int rank, String entity, UUID row) {}

    public record ErrorBody(String error, String message) {}
}
