package vn.truongso.core.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.Level;
import vn.truongso.core.grading.RegularAssessments;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.school.GradeLevel;
import vn.truongso.core.school.SchoolClass;
import vn.truongso.core.school.SchoolLevel;
import vn.truongso.core.school.SchoolYear;
import vn.truongso.core.school.Student;
import vn.truongso.core.school.Subject;
import vn.truongso.core.students.Gender;
import vn.truongso.core.transcripts.Approval;
import vn.truongso.core.transcripts.DocumentInfo;
import vn.truongso.core.transcripts.Parent;
import vn.truongso.core.transcripts.SchoolInfo;
import vn.truongso.core.transcripts.SecondaryYearInput;
import vn.truongso.core.transcripts.StudentIdentity;
import vn.truongso.core.transcripts.SubjectGrades;
import vn.truongso.core.transcripts.TermGrades;
import vn.truongso.core.transcripts.Transcript;
import vn.truongso.core.transcripts.TranscriptBuilder;

/**
 * Transcripts of demo-school students at the end of school year 2026-2027, for tests and benchmarks: the students,
 * classes, subjects, periods and teachers of {@link DemoSchoolData} (seed {@link DemoSchoolData#SEED}), term I's
 * grades where the demo holds them, and the rest of the year (and, for older students, earlier years) filled in
 * around each student's ability as a real gradebook would be. Results go through {@link TranscriptBuilder}, so
 * they are computed by core's grading rules. Deterministic: the same arguments give the same transcript.
 */
public final class DemoTranscripts {
    /** The demo school year's first calendar year. */
    public static final int YEAR = 2026;
    /** The issue time of {@link #transcript(String, int, int)}: 31 May 2027, 09:00 in Vietnam. */
    public static final Instant ISSUED_AT = Instant.parse("2027-05-31T02:00:00Z");
    public static final String PRINCIPAL = "Nguyễn Văn Thắng";
    public static final SchoolInfo SCHOOL = new SchoolInfo("Sở Giáo dục và Đào tạo " + DemoSchoolData.PROVINCE,
            DemoSchoolData.SCHOOL_NAME, DemoSchoolData.SCHOOL_CODE, "Xã Bắc Hà", null, DemoSchoolData.PROVINCE, "Bắc Hà");

    private static final List<String> OCCUPATIONS = List.of("Làm ruộng", "Làm ruộng", "Làm ruộng", "Công nhân",
            "Kinh doanh", "Giáo viên", "Cán bộ", "Lái xe", "Thợ xây", "Nội trợ", "Buôn bán nhỏ");
    private static final Map<Level, List<String>> REMARKS = Map.of(
            Level.GOOD, List.of("Chăm ngoan, học tập tích cực, có tinh thần giúp đỡ bạn bè.",
                    "Học tốt đều các môn, tự giác, gương mẫu trong lớp."),
            Level.FAIR, List.of("Ngoan, có ý thức học tập; cần mạnh dạn hơn khi phát biểu xây dựng bài.",
                    "Tiến bộ so với học kỳ I; cần chăm chỉ hơn ở các môn tự nhiên."),
            Level.PASS, List.of("Có cố gắng; cần chú ý nghe giảng và làm bài tập đầy đủ hơn.",
                    "Hiền lành, lễ phép; kết quả học tập còn chưa đều, cần cố gắng nhiều hơn."),
            Level.FAIL, List.of("Cần cố gắng nhiều; gia đình và nhà trường cần phối hợp kèm cặp thêm."));

    private DemoTranscripts() {}

    /** The roll numbers (1-based) a demo class has. */
    public static int classSize(String className) {
        return School.get().students(className).size();
    }

    /**
     * The transcript of the student with this roll number in a demo class, with the last {@code years} school years
     * (1 = 2026-2027 only; up to the years spent at this level, e.g. 3 for 12A1), issued at {@link #ISSUED_AT}.
     */
    public static Transcript transcript(String className, int rollNumber, int years) {
        return transcript(className, rollNumber, years, new DocumentInfo(
                Ids.derived("demo-transcript", className, rollNumber, years), ISSUED_AT, null));
    }

    public static Transcript transcript(String className, int rollNumber, int years, DocumentInfo document) {
        Objects.requireNonNull(document, "document");
        School school = School.get();
        DemoRoster.ClassSpec spec = DemoRoster.CLASSES.stream().filter(c -> c.name().equals(className)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo class " + className));
        List<Map<String, String>> students = school.students(className);
        if (rollNumber < 1 || rollNumber > students.size()) {
            throw new IllegalArgumentException(className + " has roll numbers 1–" + students.size() + ": " + rollNumber);
        }
        int firstGrade = spec.grade() <= 9 ? 6 : 10;
        if (years < 1 || years > spec.grade() - firstGrade + 1) {
            throw new IllegalArgumentException(className + " has 1–" + (spec.grade() - firstGrade + 1) + " years");
        }
        Map<String, String> row = students.get(rollNumber - 1);
        UUID studentId = UUID.fromString(row.get("id"));
        Random random = new Random(studentId.getMostSignificantBits() ^ studentId.getLeastSignificantBits());
        StudentIdentity identity = identity(row, random, YEAR - (spec.grade() - firstGrade), rollNumber);
        TranscriptBuilder builder = TranscriptBuilder.secondary(
                spec.grade() <= 9 ? SchoolLevel.LOWER_SECONDARY : SchoolLevel.UPPER_SECONDARY, SCHOOL, identity);
        double ability = school.ability(studentId);
        for (int back = years - 1; back >= 0; back--) {
            builder.year(year(school, spec, studentId, back, ability, random));
        }
        return builder.build(document);
    }

    private static StudentIdentity identity(Map<String, String> row, Random random, int entryYear, int roll) {
        Student student = new Student(UUID.fromString(row.get("id")), row.get("student_code"), row.get("full_name"),
                LocalDate.parse(row.get("date_of_birth")), Gender.valueOf(row.get("gender")), row.get("ethnicity"),
                row.get("nationality"));
        Parent father = row.get("father_name") == null ? null
                : new Parent(row.get("father_name"), DemoPeople.pick(random, OCCUPATIONS));
        Parent mother = new Parent(row.get("mother_name"), DemoPeople.pick(random, OCCUPATIONS));
        return StudentIdentity.of(student)
                .withPlaces(row.get("place_of_birth"), row.get("home_town"), row.get("address"))
                .withFamily(father, mother, Parent.named(row.get("guardian_name")))
                .withRegistrationNumber(String.format("%03d/%d", roll, entryYear));
    }

    /** One year, {@code back} years before 2026-2027, in the class of the same stream one grade lower per year. */
    private static SecondaryYearInput year(School school, DemoRoster.ClassSpec spec, UUID studentId, int back,
                                           double ability, Random random) {
        int start = YEAR - back;
        int grade = spec.grade() - back;
        String className = grade + spec.name().substring(String.valueOf(spec.grade()).length());
        String yearName = SchoolYear.nameFor(start);
        UUID yearId = Ids.derived("school_year", DemoSchoolData.SCHOOL_ID, yearName);
        SchoolYear schoolYear = new SchoolYear(yearId, yearName, LocalDate.of(start, Month.SEPTEMBER, 5),
                LocalDate.of(start + 1, Month.MAY, 31));
        String homeroom = DemoRoster.homeroomTeacherOf(spec.name()).orElseThrow().fullName();
        SchoolClass schoolClass = new SchoolClass(Ids.derived("school_class", yearId, className),
                DemoSchoolData.SCHOOL_ID, yearId, GradeLevel.of(grade), className,
                DemoSchoolData.staffId(DemoRoster.homeroomTeacherOf(spec.name()).orElseThrow().username()));
        List<SubjectGrades> subjects = new ArrayList<>();
        double yearAbility = ability + 0.3 * random.nextGaussian();
        DemoCurriculum.periodsFor(grade, spec.electives()).forEach((code, periods) -> {
            DemoCurriculum.SubjectSpec s = DemoCurriculum.subject(code);
            Subject subject = new Subject(Ids.derived("subject", DemoSchoolData.SCHOOL_ID, code), code, s.name(), s.mode());
            double aptitude = yearAbility + 0.7 * random.nextGaussian();
            Map<String, AssessmentValue> known = back == 0 ? school.termOne(studentId, subject.id()) : Map.of();
            int required = RegularAssessments.requiredPerTerm(periods, s.mode());
            String teacher = DemoRoster.STAFF.stream()
                    .filter(t -> t.username().equals(DemoRoster.TEACHER_OF.get(spec.name()).get(code)))
                    .findFirst().orElseThrow().fullName();
            subjects.add(new SubjectGrades(subject, periods, term(s.mode(), required, aptitude, known, random),
                    term(s.mode(), required, aptitude + 0.2, Map.of(), random), null, teacher));
        });
        Level conductOne = conduct(yearAbility, random);
        Level conductTwo = conduct(yearAbility + 0.3, random);
        int absent = random.nextDouble() < 0.7 ? random.nextInt(4) : random.nextInt(12);
        Level remarkLevel = yearAbility >= 7.8 ? Level.GOOD : yearAbility >= 6.3 ? Level.FAIR
                : yearAbility >= 4.5 ? Level.PASS : Level.FAIL;
        String remarks = DemoPeople.pick(random, REMARKS.get(remarkLevel));
        LocalDate approvedOn = LocalDate.of(start + 1, Month.MAY, 25);
        return new SecondaryYearInput(schoolYear, schoolClass, LocalDate.of(start, Month.SEPTEMBER, 5), subjects,
                conductOne, conductTwo, absent, null, List.of(), remarks, new Approval(homeroom, PRINCIPAL, approvedOn));
    }

    /** A full term; cells the demo already holds (term I of 2026-2027) are kept as they are. */
    private static TermGrades term(AssessmentMode mode, int required, double aptitude,
                                   Map<String, AssessmentValue> known, Random random) {
        List<AssessmentValue> regular = new ArrayList<>();
        for (int seq = 1; seq <= required; seq++) {
            regular.add(known.getOrDefault("TX" + seq, value(mode, aptitude, random, true)));
        }
        return new TermGrades(regular, known.getOrDefault("GK1", value(mode, aptitude, random, false)),
                value(mode, aptitude, random, false));
    }

    private static AssessmentValue value(AssessmentMode mode, double aptitude, Random random, boolean regular) {
        double noise = random.nextGaussian();
        double chance = random.nextDouble();
        if (mode == AssessmentMode.COMMENT) {
            return chance < (aptitude < 4.5 ? 0.12 : 0.01) ? AssessmentValue.Rating.FAIL : AssessmentValue.Rating.PASS;
        }
        double x = Math.clamp(aptitude + 0.9 * noise, 0.0, 10.0);
        // Regular assessments mostly in whole or half points, tests to one decimal.
        long tenths = regular && chance < 0.8 ? Math.round(x * 2) * 5 : Math.round(x * 10);
        return new AssessmentValue.Score(BigDecimal.valueOf(tenths, 1));
    }

    private static Level conduct(double ability, Random random) {
        double x = ability + 1.2 + random.nextGaussian();
        return x >= 7.2 ? Level.GOOD : x >= 5.8 ? Level.FAIR : x >= 3.5 ? Level.PASS : Level.FAIL;
    }

    /** The demo school's rows, read once: students by class and term I's cells. */
    private static final class School {
        private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-05-25T02:00:00Z"), ZoneOffset.UTC);
        private static volatile School instance;

        private final Map<String, List<Map<String, String>>> studentsByClass = new HashMap<>();
        private final Map<String, Map<String, AssessmentValue>> cells = new HashMap<>();
        private final Map<UUID, double[]> scoreSums = new HashMap<>();

        static School get() {
            School s = instance;
            if (s == null) {
                synchronized (School.class) {
                    if (instance == null) {
                        instance = new School(DemoSchoolData.rows(CLOCK, DemoSchoolData.SEED));
                    }
                    s = instance;
                }
            }
            return s;
        }

        private School(List<DemoRow> rows) {
            Map<UUID, Map<String, String>> students = new HashMap<>();
            Map<UUID, String> classNames = new HashMap<>();
            for (DemoRow row : rows) {
                switch (row.entity()) {
                    case "school_class" -> classNames.put(row.id(), row.fields().get("name"));
                    case "student" -> {
                        Map<String, String> fields = new HashMap<>(row.fields());
                        fields.put("id", row.id().toString());
                        students.put(row.id(), fields);
                    }
                    case "enrolment" -> studentsByClass
                            .computeIfAbsent(classNames.get(UUID.fromString(row.fields().get("class_id"))),
                                    k -> new ArrayList<>())
                            .add(students.get(UUID.fromString(row.fields().get("student_id"))));
                    case "assessment" -> cell(row.fields());
                    default -> { }
                }
            }
        }

        private void cell(Map<String, String> f) {
            String key = f.get("student_id") + "/" + f.get("subject_id");
            AssessmentValue value = f.get("score") != null ? AssessmentValue.Score.of(f.get("score"))
                    : "D".equals(f.get("rating")) ? AssessmentValue.Rating.PASS : AssessmentValue.Rating.FAIL;
            String column = AssessmentKind.valueOf(f.get("kind")) + f.get("seq");
            cells.computeIfAbsent(key, k -> new HashMap<>()).put(column, value);
            if (value instanceof AssessmentValue.Score s) {
                double[] sum = scoreSums.computeIfAbsent(UUID.fromString(f.get("student_id")), k -> new double[2]);
                sum[0] += s.value().doubleValue();
                sum[1]++;
            }
        }

        List<Map<String, String>> students(String className) {
            List<Map<String, String>> list = studentsByClass.get(className);
            if (list == null) {
                throw new IllegalArgumentException("no demo class " + className);
            }
            return list;
        }

        Map<String, AssessmentValue> termOne(UUID student, UUID subject) {
            return cells.getOrDefault(student + "/" + subject, Map.of());
        }

        /** The mean of the student's entered scores: the ability the generator drew them around. */
        double ability(UUID student) {
            double[] sum = scoreSums.get(student);
            return sum == null || sum[1] == 0 ? 6.5 : sum[0] / sum[1];
        }
    }
}
