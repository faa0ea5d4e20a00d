package vn.truongso.app.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.Protocol;

/**
 * The sync server's contract (docs/sync-protocol.md §4–5) in a few lines, for tests of the replica: per device an
 * acknowledged sequence, per change one result (answered again on a retry), a gap stops the push, accepted changes go
 * into one log with gapless server sequence numbers. No checks beyond those a test asks for with {@link #refuse}.
 */
final class FakeServer {
    private final List<Protocol.PullEntry> log = new ArrayList<>();
    private final Map<UUID, Long> acked = new HashMap<>();
    private final Map<List<Object>, Protocol.ChangeResult> results = new HashMap<>();
    private Function<Change, Optional<String>> refusal = change -> Optional.empty();

    /** Refuses the changes for which {@code reason} gives a reason code. */
    void refuse(Function<Change, Optional<String>> reason) {
        refusal = reason;
    }

    Protocol.PushResponse push(List<Change> changes) {
        List<Protocol.ChangeResult> answers = new ArrayList<>();
        UUID device = changes.isEmpty() ? null : changes.getFirst().device();
        for (Change change : changes) {
            long ackedSeq = acked.getOrDefault(change.device(), 0L);
            if (change.deviceSeq() <= ackedSeq) {
                answers.add(results.get(List.of(change.device(), change.deviceSeq())));
                continue;
            }
            if (change.deviceSeq() > ackedSeq + 1) {
                break; // a gap: the client resends from ackedSeq + 1
            }
            Optional<String> refused = refusal.apply(change);
            Protocol.ChangeResult result;
            if (refused.isPresent()) {
                result = Protocol.ChangeResult.refused(change, refused.get(), "refused by the test server");
            } else {
                long serverSeq = log.size() + 1;
                log.add(new Protocol.PullEntry(serverSeq, change));
                result = Protocol.ChangeResult.accepted(change, serverSeq);
            }
            results.put(List.of(change.device(), change.deviceSeq()), result);
            acked.put(change.device(), change.deviceSeq());
            answers.add(result);
        }
        return new Protocol.PushResponse(device == null ? 0 : acked.getOrDefault(device, 0L), answers);
    }

    Protocol.PullPage pull(long after, int limit) {
        int from = (int) Math.min(after, log.size());
        int to = Math.min(log.size(), from + limit);
        long last = to == from ? after : log.get(to - 1).serverSeq();
        return new Protocol.PullPage(List.copyOf(log.subList(from, to)), last, to < log.size());
    }

    /** As {@link #pull(long, int)}, with {@code device}'s own changes as runs of sequence numbers (ownChanges=runs). */
    Protocol.PullPage pullOwnAsRuns(long after, int limit, UUID device) {
        Protocol.PullPage whole = pull(after, limit);
        List<Protocol.PullEntry> entries = new ArrayList<>();
        for (Protocol.PullEntry entry : whole.entries()) {
            Protocol.PullEntry last = entries.isEmpty() ? null : entries.getLast();
            if (!entry.change().device().equals(device)) {
                entries.add(entry);
            } else if (last != null && last.isOwnRun() && last.serverSeq() + last.size() == entry.serverSeq()
                    && last.ownSeq() + last.size() == entry.change().deviceSeq()) {
                entries.set(entries.size() - 1, Protocol.PullEntry.ownRun(last.serverSeq(), last.ownSeq(),
                        last.size() + 1));
            } else {
                entries.add(Protocol.PullEntry.ownRun(entry.serverSeq(), entry.change().deviceSeq(), 1));
            }
        }
        return new Protocol.PullPage(entries, whole.last(), whole.more());
    }

    /** An enrolment: the device's numbering starts at {@code firstSeq}. */
    void enrol(UUID device, long firstSeq) {
        acked.put(device, firstSeq - 1);
    }

    /** Appends a change as if another PC had pushed it. */
    long inject(Change change) {
        long serverSeq = log.size() + 1;
        log.add(new Protocol.PullEntry(serverSeq, change));
        return serverSeq;
    }

    long sequence() {
        return log.size();
    }

    /** What a sync client does: push the outbox in chunks, record the answers, then pull every page. */
    void sync(LocalReplica replica) {
        push(replica);
        pull(replica);
    }

    void push(LocalReplica replica) {
        for (List<Change> chunk = replica.pendingChanges(replica.ackedSeq(), 100); !chunk.isEmpty();
             chunk = replica.pendingChanges(replica.ackedSeq(), 100)) {
            long before = replica.ackedSeq();
            replica.recordPushResults(push(chunk));
            if (replica.ackedSeq() == before) {
                throw new AssertionError("the push made no progress");
            }
        }
    }

    void pull(LocalReplica replica) {
        Protocol.PullPage page;
        do {
            page = pull(replica.cursor(), 7); // small pages: several per sync
            replica.applyPullPage(page);
        } while (page.more());
    }
}
