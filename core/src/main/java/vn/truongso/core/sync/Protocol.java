package vn.truongso.core.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
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

    /**
     * {@code ackedSeq}: the device's highest sequence number the server has processed; resend from the next one.
     * {@code results}: one per change, or — when the PC asked for runs ({@code results=runs}) — only the refused
     * ones, the accepted ones being described by {@code accepted} (absent otherwise).
     */
    public record PushResponse(long ackedSeq, List<ChangeResult> results,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<AcceptedRun> accepted) {
        public PushResponse {
            results = results == null ? List.of() : List.copyOf(results);
            accepted = accepted == null ? null : List.copyOf(accepted);
        }

        public PushResponse(long ackedSeq, List<ChangeResult> results) {
            this(ackedSeq, results, null);
        }

        /**
         * The same answer with its accepted results as runs: the PC knows which change has which seq, so a result
         * that repeats the change's id says nothing new, and {@code count} accepted changes of consecutive seqs given
         * consecutive server seqs (one push's, as the server numbers them) are one run. Refusals stay whole.
         */
        public PushResponse inRuns() {
            List<ChangeResult> refused = new ArrayList<>();
            List<AcceptedRun> runs = new ArrayList<>();
            for (ChangeResult result : results) {
                if (result.status() != Status.ACCEPTED) {
                    refused.add(result);
                    continue;
                }
                AcceptedRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last.continuesWith(result.seq(), result.serverSeq())) {
                    runs.set(runs.size() - 1, new AcceptedRun(last.seq(), last.serverSeq(), last.count() + 1));
                } else {
                    runs.add(new AcceptedRun(result.seq(), result.serverSeq(), 1));
                }
            }
            return new PushResponse(ackedSeq, refused, runs);
        }

        /** How many changes this answer reports on, runs counted change by change. */
        public int reported() {
            return results.size() + (accepted == null ? 0 : accepted.stream().mapToInt(AcceptedRun::count).sum());
        }
    }

    /** {@code count} changes with device seqs {@code seq}… accepted with server seqs {@code serverSeq}…, one for one. */
    public record AcceptedRun(long seq, long serverSeq, int count) {
        boolean continuesWith(long nextSeq, long nextServerSeq) {
            return nextSeq == seq + count && nextServerSeq == serverSeq + count;
        }
    }

    /**
     * One entry of the log: a change ({@code change}), or — when the PC asked for its own changes as runs
     * ({@code ownChanges=runs}) — {@code count} log entries from {@code serverSeq} on that are the pulling device's
     * own changes with device seqs {@code ownSeq}… one for one: it has their bodies in its outbox.
     */
    public record PullEntry(long serverSeq, @JsonInclude(JsonInclude.Include.NON_NULL) Change change,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Long ownSeq,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Integer count) {
        public PullEntry(long serverSeq, Change change) {
            this(serverSeq, change, null, null);
        }

        /** A run of the pulling device's own changes, without their bodies. */
        public static PullEntry ownRun(long serverSeq, long ownSeq, int count) {
            return new PullEntry(serverSeq, null, ownSeq, count);
        }

        @JsonIgnore
        public boolean isOwnRun() {
            return change == null && ownSeq != null;
        }

        /** How many log entries this entry stands for. */
        public int size() {
            return isOwnRun() ? (count == null ? 1 : count) : 1;
        }
    }

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
