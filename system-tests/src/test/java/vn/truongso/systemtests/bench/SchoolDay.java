package vn.truongso.systemtests.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.FieldEdit;
import vn.truongso.core.sync.Hlc;

/**
 * The grading a school's PC has waiting when it comes back online, as the app captures it (docs/sync-protocol.md
 * §6): the maths teacher of a {@link BenchSchool#small} school enters {@link #COLUMNS} columns of term I for every
 * student of her classes — each a new grade cell carrying all its fields — and then retypes one grade in
 * {@link #CORRECTION_EVERY}, a correction whose base is the change she corrected. Device sequence numbers run from 1
 * in capture order, HLC readings tick as the app's clock does.
 *
 * <p>{@link #finalScores} is what the server must end with for each cell.
 */
final class SchoolDay {
    /** TX1–TX4 and the mid-term GK: a week of marking in a score subject. */
    static final String[][] COLUMNS = {{"TX", "1"}, {"TX", "2"}, {"TX", "3"}, {"TX", "4"}, {"GK", "1"}};
    static final int CORRECTION_EVERY = 9;

    private final List<Change> changes;
    private final Map<UUID, String> finalScores;

    private SchoolDay(List<Change> changes, Map<UUID, String> finalScores) {
        this.changes = changes;
        this.finalScores = finalScores;
    }

    /** The day of {@code school}'s maths teacher on the PC {@code device}, with scores from {@code seed}. */
    static SchoolDay of(BenchSchool school, UUID device, long seed) {
        Random random = new Random(seed);
        UUID maths = school.subject("TOAN");
        UUID term = school.termOne();
        List<Change> changes = new ArrayList<>();
        Map<UUID, String> finalScores = new LinkedHashMap<>();
        List<Change> typed = new ArrayList<>();
        Hlc hlc = new Hlc(System.currentTimeMillis(), 0);
        long seq = 0;
        for (BenchSchool.ClassInfo c : school.classes()) {
            UUID teacher = c.teacherOf().get("TOAN");
            for (String[] column : COLUMNS) {
                for (UUID student : c.students()) {
                    UUID cell = Ids.derived("assessment", student, maths, term, column[0], Integer.parseInt(column[1]));
                    String score = score(random);
                    Map<String, FieldEdit> fields = new LinkedHashMap<>();
                    fields.put("student_id", new FieldEdit(student.toString(), List.of()));
                    fields.put("subject_id", new FieldEdit(maths.toString(), List.of()));
                    fields.put("term_id", new FieldEdit(term.toString(), List.of()));
                    fields.put("kind", new FieldEdit(column[0], List.of()));
                    fields.put("seq", new FieldEdit(column[1], List.of()));
                    fields.put("score", new FieldEdit(score, List.of()));
                    hlc = hlc.tick(System.currentTimeMillis());
                    Change change = Change.edit(Ids.newId(), "assessment", cell, fields, hlc, device, ++seq, teacher);
                    changes.add(change);
                    typed.add(change);
                    finalScores.put(cell, score);
                }
            }
        }
        for (int i = CORRECTION_EVERY - 1; i < typed.size(); i += CORRECTION_EVERY) {
            Change first = typed.get(i);
            String score = score(random);
            hlc = hlc.tick(System.currentTimeMillis());
            changes.add(Change.edit(Ids.newId(), "assessment", first.row(),
                    Map.of("score", new FieldEdit(score, List.of(first.id()))), hlc, device, ++seq, first.author()));
            finalScores.put(first.row(), score);
        }
        return new SchoolDay(List.copyOf(changes), finalScores);
    }

    /** Every change in capture (device sequence) order. */
    List<Change> changes() {
        return changes;
    }

    /** The score each cell shows at the end of the day. */
    Map<UUID, String> finalScores() {
        return finalScores;
    }

    private static String score(Random random) {
        double raw = Math.clamp(6.5 + 1.8 * random.nextGaussian(), 0, 10);
        return BigDecimal.valueOf(Math.round(raw * 2) * 5L, 1).toPlainString(); // halves, as teachers give them
    }
}
