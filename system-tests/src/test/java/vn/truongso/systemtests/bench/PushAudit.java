package vn.truongso.systemtests.bench;

import static vn.truongso.server.db.schema.Tables.CHANGE_LOG;
import static vn.truongso.server.db.schema.Tables.DEVICE;
import static vn.truongso.server.db.schema.Tables.QUARANTINE;
import static vn.truongso.server.db.schema.Tables.ROW_STATE;
import static vn.truongso.server.db.schema.Tables.SCHOOL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.sync.RowState;

/**
 * What the database holds after the many-schools push, checked against what every PC sent: each change in its
 * school's log exactly once, with the server sequence the PC was told; every school's log numbered 1..last_seq with
 * no gap; nothing quarantined; every device acknowledged to its last change; every grade cell showing the score its
 * teacher typed last, with no conflict. {@link #requireClean} fails the benchmark loudly otherwise.
 */
final class PushAudit {
    /** One school's PC and what it pushed. */
    record Pushed(PushingPc pc, SchoolDay day) {}

    private long lost;
    private long duplicates;
    private long unknown;
    private long wrongSeq;
    private long gaps;
    private long quarantined;
    private long unacked;
    private long wrongScores;
    private final List<String> examples = new ArrayList<>();

    private PushAudit() {}

    static PushAudit of(DSLContext db, List<Pushed> pushed) {
        PushAudit audit = new PushAudit();
        audit.checkLog(db, pushed);
        audit.checkNumbering(db, pushed.stream().map(p -> p.pc().schoolId()).toList());
        audit.checkDevices(db, pushed);
        audit.checkCells(db, pushed);
        return audit;
    }

    long lost() {
        return lost;
    }

    long duplicates() {
        return duplicates;
    }

    /** Throws, naming every kind of problem found and a few examples, unless there is none. */
    PushAudit requireClean() {
        if (lost + duplicates + unknown + wrongSeq + gaps + quarantined + unacked + wrongScores > 0) {
            throw new IllegalStateException(String.format("push audit FAILED: %d lost, %d duplicated, %d unknown in the"
                            + " log, %d with another server_seq than answered, %d schools with gaps, %d quarantined, %d"
                            + " devices not acknowledged to the end, %d cells with the wrong score; e.g. %s", lost,
                    duplicates, unknown, wrongSeq, gaps, quarantined, unacked, wrongScores, examples));
        }
        return this;
    }

    /** Every change sent is in the log once, by its PC, with the server sequence the PC was answered. */
    private void checkLog(DSLContext db, List<Pushed> pushed) {
        Map<UUID, Long> answered = new HashMap<>();
        Map<UUID, Integer> seen = new HashMap<>();
        pushed.forEach(p -> {
            p.day().changes().forEach(c -> seen.put(c.id(), 0));
            answered.putAll(p.pc().accepted());
        });
        List<UUID> devices = pushed.stream().map(p -> p.pc().deviceId()).toList();
        db.select(CHANGE_LOG.CHANGE_ID, CHANGE_LOG.SERVER_SEQ).from(CHANGE_LOG).where(CHANGE_LOG.DEVICE_ID.in(devices))
                .forEach(r -> {
                    Integer before = seen.computeIfPresent(r.value1(), (id, n) -> n + 1);
                    if (before == null) {
                        unknown++;
                        example("unknown change " + r.value1());
                    } else if (!r.value2().equals(answered.get(r.value1()))) {
                        wrongSeq++;
                        example("change " + r.value1() + " at " + r.value2() + ", answered " + answered.get(r.value1()));
                    }
                });
        seen.forEach((id, n) -> {
            if (n == 0) {
                lost++;
                example("lost change " + id);
            } else if (n > 1) {
                duplicates += n - 1;
                example("change " + id + " logged " + n + " times");
            }
        });
    }

    /** Each school's log is 1..last_seq: as many entries as its last number, the first being 1 (the key is unique). */
    private void checkNumbering(DSLContext db, List<UUID> schools) {
        db.select(SCHOOL.CODE, SCHOOL.LAST_SEQ, DSL.count(), DSL.min(CHANGE_LOG.SERVER_SEQ), DSL.max(CHANGE_LOG.SERVER_SEQ))
                .from(SCHOOL).join(CHANGE_LOG).on(CHANGE_LOG.SCHOOL_ID.eq(SCHOOL.ID))
                .where(SCHOOL.ID.in(schools)).groupBy(SCHOOL.CODE, SCHOOL.LAST_SEQ)
                .forEach(r -> {
                    boolean gapless = r.value4() == 1 && r.value5().equals(r.value2()) && r.value3().longValue() == r.value2();
                    if (!gapless) {
                        gaps++;
                        example("school " + r.value1() + ": " + r.value3() + " entries numbered " + r.value4() + ".."
                                + r.value5() + ", last_seq " + r.value2());
                    }
                });
        quarantined += db.fetchCount(QUARANTINE, QUARANTINE.SCHOOL_ID.in(schools));
    }

    private void checkDevices(DSLContext db, List<Pushed> pushed) {
        Map<UUID, Long> acked = new HashMap<>();
        db.select(DEVICE.ID, DEVICE.ACKED_SEQ).from(DEVICE)
                .where(DEVICE.ID.in(pushed.stream().map(p -> p.pc().deviceId()).toList()))
                .forEach(r -> acked.put(r.value1(), r.value2()));
        for (Pushed p : pushed) {
            if (acked.getOrDefault(p.pc().deviceId(), -1L) != p.day().changes().size()) {
                unacked++;
                example("device " + p.pc().deviceId() + " acked " + acked.get(p.pc().deviceId()));
            }
        }
    }

    /** Every grade cell of the day shows the score typed last, as one head (no conflict: the corrections were based). */
    private void checkCells(DSLContext db, List<Pushed> pushed) {
        Map<UUID, String> expected = new HashMap<>();
        pushed.forEach(p -> expected.putAll(p.day().finalScores()));
        Map<UUID, String> shown = new HashMap<>();
        db.select(ROW_STATE.ROW_ID, ROW_STATE.STATE_JSON).from(ROW_STATE)
                .where(ROW_STATE.ENTITY.eq("assessment").and(ROW_STATE.SCHOOL_ID.in(
                        pushed.stream().map(p -> p.pc().schoolId()).toList())))
                .forEach(r -> {
                    RowState state = ProtocolJson.read(r.value2(), RowState.class);
                    shown.put(r.value1(), state.heads("score").size() == 1 ? state.value("score").orElse(null)
                            : "conflict " + state.heads("score"));
                });
        expected.forEach((cell, score) -> {
            if (!score.equals(shown.get(cell))) {
                wrongScores++;
                example("cell " + cell + " shows " + shown.get(cell) + ", typed " + score);
            }
        });
    }

    private void example(String text) {
        if (examples.size() < 5) {
            examples.add(text);
        }
    }

    /** The number of change-log entries the day's changes make. */
    static long changes(List<Pushed> pushed) {
        return pushed.stream().mapToLong(p -> p.day().changes().size()).sum();
    }

    /** The number of row states the day's changes leave (one per grade cell). */
    static long cells(List<Pushed> pushed) {
        return pushed.stream().mapToLong(p -> p.day().finalScores().size()).sum();
    }
}
