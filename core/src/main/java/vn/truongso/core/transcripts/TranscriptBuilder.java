package vn.truongso.core.transcripts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.truongso.core.grading.GradingReadings;
import vn.truongso.core.grading.PrimaryYearResult;
import vn.truongso.core.grading.PrimaryYearResult.Result;
import vn.truongso.core.school.SchoolLevel;

/**
 * Assembles a {@link Transcript} from what the records hold: the student, and per school year the class and the
 * gradebook's cells. Averages, learning results, year conduct, title and promotion decision are computed here with
 * core's grading rules, never taken from the caller, so the app's draft and the server's issued document agree.
 * Pure: no I/O, no clock; the caller gives the document id and issue time.
 *
 * <pre>{@code
 * Transcript t = TranscriptBuilder.secondary(SchoolLevel.UPPER_SECONDARY, school, identity)
 *         .year(year10).year(year11)
 *         .build(new DocumentInfo(id, issuedAt, null));
 * }</pre>
 * Years are printed in the order they are added. Not thread-safe; cheap to create.
 */
public final class TranscriptBuilder {
    private final SchoolLevel level;
    private final SchoolInfo school;
    private final StudentIdentity student;
    private final List<CourseOfStudyEntry> earlierCourse = new ArrayList<>();
    private final List<SecondaryYearInput> secondary = new ArrayList<>();
    private final List<PrimaryYearInput> primary = new ArrayList<>();
    private GradingReadings readings = GradingReadings.DEFAULT;

    private TranscriptBuilder(SchoolLevel level, SchoolInfo school, StudentIdentity student) {
        this.level = Objects.requireNonNull(level, "level");
        this.school = Objects.requireNonNull(school, "school");
        this.student = Objects.requireNonNull(student, "student");
    }

    /** A lower or upper secondary transcript (they are separate books). */
    public static TranscriptBuilder secondary(SchoolLevel level, SchoolInfo school, StudentIdentity student) {
        if (level == SchoolLevel.PRIMARY) {
            throw new IllegalArgumentException("use primary(…) for a primary transcript");
        }
        return new TranscriptBuilder(level, school, student);
    }

    public static TranscriptBuilder primary(SchoolInfo school, StudentIdentity student) {
        return new TranscriptBuilder(SchoolLevel.PRIMARY, school, student);
    }

    /** The province's readings of the Circular's open points; {@link GradingReadings#DEFAULT} unless set. */
    public TranscriptBuilder readings(GradingReadings readings) {
        this.readings = Objects.requireNonNull(readings, "readings");
        return this;
    }

    /**
     * A course-of-study row for a year the records hold no grades for (e.g. at the school the student transferred
     * from); printed before the rows of the years added with {@code year(…)}.
     */
    public TranscriptBuilder earlierCourse(CourseOfStudyEntry entry) {
        earlierCourse.add(Objects.requireNonNull(entry, "entry"));
        return this;
    }

    public TranscriptBuilder year(SecondaryYearInput year) {
        if (level == SchoolLevel.PRIMARY) {
            throw new IllegalArgumentException("a primary transcript has no secondary years");
        }
        secondary.add(Objects.requireNonNull(year, "year"));
        return this;
    }

    public TranscriptBuilder year(PrimaryYearInput year) {
        if (level != SchoolLevel.PRIMARY) {
            throw new IllegalArgumentException("a secondary transcript has no primary years");
        }
        primary.add(Objects.requireNonNull(year, "year"));
        return this;
    }

    public Transcript build(DocumentInfo document) {
        List<CourseOfStudyEntry> course = new ArrayList<>(earlierCourse);
        secondary.forEach(y -> course.add(courseEntry(y.schoolYear().name(), y.schoolClass().name(), y.enrolledOn())));
        primary.forEach(y -> course.add(courseEntry(y.schoolYear().name(), y.schoolClass().name(), y.enrolledOn())));
        SecondaryYearResults results = new SecondaryYearResults(readings);
        return new Transcript(document, level, school, student, course,
                secondary.stream().map(results::compute).toList(),
                primary.stream().map(TranscriptBuilder::primaryYear).toList());
    }

    private CourseOfStudyEntry courseEntry(String year, String className, LocalDate enrolledOn) {
        return new CourseOfStudyEntry(year, className, school.name(), student.registrationNumber(), enrolledOn);
    }

    /** Circular 27: the overall result once every rating is in, and the completion line that follows from it. */
    private static PrimaryYear primaryYear(PrimaryYearInput in) {
        int grade = in.schoolClass().grade().value();
        Result overall = null;
        boolean allRated = in.subjects().stream().allMatch(s -> s.rating() != null)
                && in.qualities().stream().allMatch(q -> q.rating() != null)
                && in.competencies().stream().allMatch(q -> q.rating() != null);
        if (allRated && !in.subjects().isEmpty()) {
            List<QualityResult> all = new ArrayList<>(in.qualities());
            all.addAll(in.competencies());
            overall = PrimaryYearResult.evaluate(in.subjects().stream().map(PrimarySubjectResult::rating).toList(),
                    all.stream().map(QualityResult::rating).toList(),
                    in.subjects().stream().map(PrimarySubjectResult::testScore).filter(Objects::nonNull).toList());
        }
        PrimaryYear.Completion completion = overall == null ? null
                : overall == Result.NOT_COMPLETED ? PrimaryYear.Completion.NOT_COMPLETED
                : grade == 5 ? PrimaryYear.Completion.COMPLETED_PRIMARY : PrimaryYear.Completion.COMPLETED_GRADE;
        return new PrimaryYear(in.schoolYear().name(), in.schoolClass().name(), grade, in.subjects(), in.qualities(),
                in.competencies(), overall, in.awards(), completion, in.homeroomRemarks(), in.approval());
    }
}
