package vn.truongso.core.transcripts.pdf;

import java.io.IOException;
import java.util.List;

import vn.truongso.core.transcripts.Approval;
import vn.truongso.core.transcripts.SecondaryYear;
import vn.truongso.core.transcripts.SubjectResult;
import vn.truongso.core.transcripts.SummerOutcome;
import vn.truongso.core.transcripts.TermLevels;

/** One school year of a secondary transcript: subjects table, results, decision, remarks, who confirmed it. */
final class SecondaryYearSection {
    private static final float SIZE = 9.5f;
    /** Subject, term I, term II, year, after re-assessment, teacher. */
    private static final float[] WEIGHTS = {168, 50, 50, 50, 62, 128};
    private static final float TERM_COLUMNS = 168 + 50 + 50 + 50;

    private SecondaryYearSection() {}

    static void draw(Canvas c, SecondaryYear y) throws IOException {
        Table subjects = new Table(c, Table.columns(WEIGHTS,
                Align.LEFT, Align.CENTER, Align.CENTER, Align.CENTER, Align.CENTER, Align.LEFT), SIZE);
        String[] header = {Labels.get("subjects.subject"), Labels.get("subjects.termOne"),
                Labels.get("subjects.termTwo"), Labels.get("subjects.year"), Labels.get("subjects.reAssessed"),
                Labels.get("subjects.teacher")};
        // Keep the heading with the table's header and first rows.
        c.ensure(20f + subjects.rowHeight(Style.BOLD, header) + 3 * 14f);
        Sections.heading(c, Labels.get("year.heading", y.schoolYear(), y.className()));
        subjects.header(header);
        for (SubjectResult s : y.subjects()) {
            subjects.row(Style.REGULAR, s.name(), Labels.value(s.termOne()), Labels.value(s.termTwo()),
                    Labels.value(s.year()), Labels.value(s.afterReAssessment()),
                    s.teacherName() == null ? "" : s.teacherName());
        }
        c.down(5f);
        results(c, y);
        summer(c, y.summer());
        if (!y.certificates().isEmpty()) {
            Sections.paragraph(c, Canvas.LEFT, Canvas.WIDTH, Labels.get("results.certificates"),
                    String.join("; ", y.certificates()));
        }
        Sections.paragraph(c, Canvas.LEFT, Canvas.WIDTH, Labels.get("results.remarks"), y.homeroomRemarks());
        approval(c, y.approval());
        c.down(6f);
    }

    /** Conduct and learning per term on the left; absences, title and decision beside them. */
    private static void results(Canvas c, SecondaryYear y) throws IOException {
        float w = Canvas.WIDTH / sum(WEIGHTS);
        Table table = new Table(c, List.of(Table.col(168 * w, Align.LEFT), Table.col(50 * w, Align.CENTER),
                Table.col(50 * w, Align.CENTER), Table.col(50 * w, Align.CENTER)), SIZE);
        String[] header = {Labels.get("results.label"), Labels.get("subjects.termOne"),
                Labels.get("subjects.termTwo"), Labels.get("subjects.year")};
        c.ensure(3 * table.rowHeight(Style.BOLD, header) + 4f);
        float top = c.y();
        table.header(header);
        levels(table, Labels.get("results.conduct"), y.conduct());
        levels(table, Labels.get("results.learning"), y.learning());
        float tableBottom = c.y();

        float x = Canvas.LEFT + TERM_COLUMNS * w + 10f;
        float baseline = top - Sections.SIZE - 2f;
        Sections.pair(c, x, baseline, Labels.get("results.absent"),
                y.sessionsAbsent() == null ? "" : y.sessionsAbsent().toString());
        baseline -= Sections.LEADING + 1f;
        Sections.pair(c, x, baseline, Labels.get("results.title"), Labels.of("title", y.title()));
        baseline -= Sections.LEADING + 1f;
        Sections.pair(c, x, baseline, Labels.get("results.decision"), Labels.of("decision", y.decision()));
        float textBottom = baseline - 5f;
        c.down(c.y() - Math.min(tableBottom, textBottom) + 4f);
    }

    private static void levels(Table table, String label, TermLevels levels) throws IOException {
        table.labelledRow(label, Labels.of("level", levels.termOne()), Labels.of("level", levels.termTwo()),
                Labels.of("level", levels.year()));
    }

    private static void summer(Canvas c, SummerOutcome summer) throws IOException {
        if (summer == null) {
            return;
        }
        c.ensure(Sections.LEADING);
        float x = Canvas.LEFT;
        float baseline = c.y() - Sections.SIZE;
        if (summer.conductReRating() != null) {
            x += Sections.pair(c, x, baseline, Labels.get("results.conductReRating"),
                    Labels.of("level", summer.conductReRating())) + 14f;
        }
        if (summer.learningAfterReAssessment() != null) {
            x += Sections.pair(c, x, baseline, Labels.get("results.learningAfter"),
                    Labels.of("level", summer.learningAfterReAssessment())) + 14f;
        }
        Sections.pair(c, x, baseline, Labels.get("results.summerDecision"), Labels.of("decision", summer.decision()));
        c.down(Sections.LEADING);
    }

    static void approval(Canvas c, Approval a) throws IOException {
        c.ensure(Sections.LEADING + 2f);
        float baseline = c.y() - Sections.SIZE - 2f;
        float x = Canvas.LEFT;
        x += Sections.pair(c, x, baseline, Labels.get("results.homeroom"), a.homeroomTeacher()) + 24f;
        x += Sections.pair(c, x, baseline, Labels.get("results.principal"), a.principal()) + 6f;
        if (a.date() != null) {
            c.text(Labels.get("results.approvedOn", Labels.date(a.date())), x, baseline, Style.REGULAR, Sections.SIZE,
                    Align.LEFT);
        }
        c.down(Sections.LEADING + 2f);
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}
