package vn.truongso.core.transcripts.pdf;

import java.io.IOException;
import java.util.List;

import vn.truongso.core.transcripts.PrimarySubjectResult;
import vn.truongso.core.transcripts.PrimaryYear;
import vn.truongso.core.transcripts.QualityResult;

/** One school year of a primary transcript (Circular 27): subjects, qualities, competencies, overall result. */
final class PrimaryYearSection {
    private static final float SIZE = 9.5f;

    private PrimaryYearSection() {}

    static void draw(Canvas c, PrimaryYear y) throws IOException {
        Table subjects = new Table(c, Table.columns(new float[] {150, 55, 50, 253},
                Align.LEFT, Align.CENTER, Align.CENTER, Align.LEFT), SIZE);
        String[] header = {Labels.get("primary.subjects.subject"), Labels.get("primary.subjects.rating"),
                Labels.get("primary.subjects.test"), Labels.get("primary.subjects.remarks")};
        c.ensure(20f + subjects.rowHeight(Style.BOLD, header) + 3 * 14f);
        Sections.heading(c, Labels.get("year.heading", y.schoolYear(), y.className()));
        subjects.header(header);
        for (PrimarySubjectResult s : y.subjects()) {
            subjects.row(Style.REGULAR, s.name(), Labels.of("subjectRating", s.rating()),
                    s.testScore() == null ? "" : s.testScore().toString(), s.remarks() == null ? "" : s.remarks());
        }
        c.down(5f);
        qualities(c, Labels.get("primary.qualities"), y.qualities());
        qualities(c, Labels.get("primary.competencies"), y.competencies());
        float baseline = c.y() - Sections.SIZE;
        c.ensure(Sections.LEADING);
        float x = Canvas.LEFT + Sections.pair(c, Canvas.LEFT, baseline, Labels.get("primary.overall"),
                Labels.of("primaryResult", y.overall())) + 24f;
        if (y.completion() != null) {
            c.text(Labels.get("completion." + y.completion().name(), y.grade()), x, baseline, Style.BOLD,
                    Sections.SIZE, Align.LEFT);
        }
        c.down(Sections.LEADING);
        if (!y.awards().isEmpty()) {
            Sections.paragraph(c, Canvas.LEFT, Canvas.WIDTH, Labels.get("primary.awards"), String.join("; ", y.awards()));
        }
        Sections.paragraph(c, Canvas.LEFT, Canvas.WIDTH, Labels.get("results.remarks"), y.homeroomRemarks());
        SecondaryYearSection.approval(c, y.approval());
        c.down(8f);
    }

    private static void qualities(Canvas c, String title, List<QualityResult> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        Table table = new Table(c, Table.columns(new float[] {150, 75, 283}, Align.LEFT, Align.CENTER, Align.LEFT),
                SIZE);
        String[] header = {title, Labels.get("primary.quality.rating"), Labels.get("primary.quality.remarks")};
        c.ensure(table.rowHeight(Style.BOLD, header) + 2 * 14f);
        table.header(header);
        for (QualityResult q : items) {
            table.row(Style.REGULAR, q.name(), Labels.of("qualityRating", q.rating()),
                    q.remarks() == null ? "" : q.remarks());
        }
        c.down(5f);
    }
}
