package vn.truongso.core.transcripts.pdf;

import java.io.IOException;

import vn.truongso.core.transcripts.CourseOfStudyEntry;
import vn.truongso.core.transcripts.Transcript;

/** "Quá trình học tập": one row per school year, where the student was. */
final class CourseSection {
    private static final float SIZE = 9.5f;

    private CourseSection() {}

    static void draw(Canvas c, Transcript t) throws IOException {
        if (t.courseOfStudy().isEmpty()) {
            return;
        }
        Table table = new Table(c, Table.columns(new float[] {68, 42, 190, 70, 135},
                Align.CENTER, Align.CENTER, Align.LEFT, Align.CENTER, Align.CENTER), SIZE);
        c.ensure(18f + 2 * table.rowHeight(Style.BOLD, "x", "x", "x", "x", "x"));
        Sections.heading(c, Labels.get("course.title"));
        table.header(Labels.get("course.year"), Labels.get("course.class"), Labels.get("course.school"),
                Labels.get("course.registration"), Labels.get("course.enrolled"));
        for (CourseOfStudyEntry e : t.courseOfStudy()) {
            table.row(Style.REGULAR, e.schoolYear(), e.className(), e.schoolName(),
                    e.registrationNumber() == null ? "" : e.registrationNumber(), Labels.date(e.enrolledOn()));
        }
        c.down(8f);
    }
}
