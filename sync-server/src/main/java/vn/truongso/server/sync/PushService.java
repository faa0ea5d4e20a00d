package vn.truongso.server.sync;

import static vn.truongso.server.db.schema.Tables.CHANGE_LOG;
import static vn.truongso.server.db.schema.Tables.DEVICE;
import static vn.truongso.server.db.schema.Tables.QUARANTINE;
import static vn.truongso.server.db.schema.Tables.SCHOOL;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.ChangeCheck;
import vn.truongso.core.sync.Merge;
import vn.truongso.core.sync.Protocol;
import vn.truongso.core.sync.Protocol.ChangeResult;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.sync.RowState;

/**
 * Takes a device's changes (docs/sync-protocol.md §4): in device order, each exactly once, each checked, then
 * merged and numbered — or quarantined with its reason, never blocking the changes behind it. One transaction
 * per push; a retry of the same push answers the same results and changes nothing.
 */
public final class PushService {
    private static final Logger LOG = LoggerFactory.getLogger(PushService.class);

    private final DSLContext db;
    private final Clock clock;
    private final SchoolSignals signals;

    public PushService(DSLContext db, Clock clock, SchoolSignals signals) {
        this.db = db;
        this.clock = clock;
        this.signals = signals;
    }

    /** Problems that make the whole request malformed (answered 400, nothing stored); empty when it is well-formed. */
    public static List<String> malformed(Protocol.PushRequest request) {
        List<String> problems = new ArrayList<>();
        if (request.changes().size() > Protocol.MAX_CHANGES_PER_PUSH) {
            problems.add("at most " + Protocol.MAX_CHANGES_PER_PUSH + " changes per push");
        }
        long previous = 0;
        for (Change change : request.changes()) {
            ChangeCheck.shapeProblems(change).forEach(p -> problems.add("change " + change.id() + ": " + p));
            if (change.deviceSeq() <= previous) {
                problems.add("changes must be in increasing seq order");
            }
            previous = change.deviceSeq();
        }
        return problems;
    }

    public Protocol.PushResponse push(UUID deviceId, UUID schoolId, Protocol.PushRequest request) {
        Protocol.PushResponse response = db.transactionResult(configuration ->
                pushInTransaction(configuration.dsl(), deviceId, schoolId, request));
        signals.changed(schoolId);
        return response;
    }

    private Protocol.PushResponse pushInTransaction(DSLContext tx, UUID deviceId, UUID schoolId,
                                                    Protocol.PushRequest request) {
        long ackedBefore = tx.select(DEVICE.ACKED_SEQ).from(DEVICE).where(DEVICE.ID.eq(deviceId)).forUpdate()
                .fetchSingle(DEVICE.ACKED_SEQ);
        long lastSeq = tx.select(SCHOOL.LAST_SEQ).from(SCHOOL).where(SCHOOL.ID.eq(schoolId)).forUpdate()
                .fetchSingle(SCHOOL.LAST_SEQ);
        List<Change> fresh = request.changes().stream().filter(c -> c.deviceSeq() > ackedBefore).toList();
        RowStore rows = new RowStore(tx, schoolId);
        Authoriser.prefetch(rows, fresh);
        Map<UUID, Long> alreadyAccepted = serverSeqsOf(tx, fresh.stream().map(Change::id).toList());
        long acked = ackedBefore;
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ChangeResult> results = new ArrayList<>();
        ChangeLogEntries log = new ChangeLogEntries(tx);
        List<Query> bookkeeping = new ArrayList<>(); // quarantined changes, then the device's and school's counters
        int refused = 0;
        for (Change change : request.changes()) {
            if (change.deviceSeq() <= acked) {
                results.add(earlierResult(tx, change));
                continue;
            }
            if (change.deviceSeq() > acked + 1) {
                break; // a gap: the PC resends from acked + 1
            }
            acked = change.deviceSeq();
            Long known = alreadyAccepted.get(change.id());
            if (known != null) {
                results.add(ChangeResult.accepted(change, known)); // a PC that enrolled again resends it
                continue;
            }
            Optional<RowState> current = rows.find(change.entity(), change.row());
            Optional<Refusal> refusal = Authoriser.check(rows, change, current);
            if (refusal.isPresent()) {
                refused++;
                bookkeeping.add(quarantine(tx, schoolId, deviceId, change, refusal.get(), now));
                results.add(ChangeResult.refused(change, refusal.get().reason().name(), refusal.get().message()));
                continue;
            }
            long serverSeq = ++lastSeq;
            rows.put(change.entity(), change.row(), Merge.apply(current.orElse(RowState.EMPTY), change), serverSeq);
            log.add(schoolId, serverSeq, change, deviceId, change.deviceSeq(), now);
            results.add(ChangeResult.accepted(change, serverSeq));
        }
        rows.flush();
        log.write();
        bookkeeping.add(tx.update(DEVICE).set(DEVICE.ACKED_SEQ, acked).where(DEVICE.ID.eq(deviceId)));
        bookkeeping.add(tx.update(SCHOOL).set(SCHOOL.LAST_SEQ, lastSeq).where(SCHOOL.ID.eq(schoolId)));
        tx.batch(bookkeeping).execute();
        if (refused > 0) {
            LOG.info("push device={} school={} accepted={} quarantined={}", deviceId, schoolId,
                    results.size() - refused, refused);
        }
        return new Protocol.PushResponse(acked, results);
    }

    private static Query quarantine(DSLContext tx, UUID schoolId, UUID deviceId, Change change, Refusal refusal,
                                    OffsetDateTime now) {
        return tx.insertInto(QUARANTINE).set(QUARANTINE.CHANGE_ID, change.id()).set(QUARANTINE.SCHOOL_ID, schoolId)
                .set(QUARANTINE.DEVICE_ID, deviceId).set(QUARANTINE.DEVICE_SEQ, change.deviceSeq())
                .set(QUARANTINE.CHANGE_JSON, ProtocolJson.write(change)).set(QUARANTINE.REASON, refusal.reason().name())
                .set(QUARANTINE.MESSAGE, truncate(refusal.message())).set(QUARANTINE.RECEIVED_AT, now);
    }

    private static Map<UUID, Long> serverSeqsOf(DSLContext tx, List<UUID> changeIds) {
        return changeIds.isEmpty() ? Map.of() : tx.select(CHANGE_LOG.CHANGE_ID, CHANGE_LOG.SERVER_SEQ).from(CHANGE_LOG)
                .where(CHANGE_LOG.CHANGE_ID.in(changeIds)).stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2()));
    }

    private static Optional<Long> serverSeqOf(DSLContext tx, UUID changeId) {
        return tx.select(CHANGE_LOG.SERVER_SEQ).from(CHANGE_LOG).where(CHANGE_LOG.CHANGE_ID.eq(changeId))
                .fetchOptional(CHANGE_LOG.SERVER_SEQ);
    }

    /** The answer given when this change was first processed: a retry learns what became of it. */
    private static ChangeResult earlierResult(DSLContext tx, Change change) {
        Optional<Long> accepted = serverSeqOf(tx, change.id());
        if (accepted.isPresent()) {
            return ChangeResult.accepted(change, accepted.get());
        }
        Optional<Record> quarantined = tx.select(QUARANTINE.REASON, QUARANTINE.MESSAGE).from(QUARANTINE)
                .where(QUARANTINE.CHANGE_ID.eq(change.id())).fetchOptional().map(r -> (Record) r);
        return quarantined.map(q -> ChangeResult.refused(change, q.get(QUARANTINE.REASON), q.get(QUARANTINE.MESSAGE)))
                .orElseGet(() -> ChangeResult.refused(change, "SEQ_REUSED",
                        "this device already sent another change with seq " + change.deviceSeq()
                                + "; a PC restored from a backup or cloned must enrol again"));
    }

    private static String truncate(String message) {
        return message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }
}
