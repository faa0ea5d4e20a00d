package vn.truongso.app.demo;

import static vn.truongso.app.store.schema.Tables.ASSESSMENT;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT_HISTORY;
import static vn.truongso.app.store.schema.Tables.CLASS_SUBJECT;
import static vn.truongso.app.store.schema.Tables.ENROLMENT;
import static vn.truongso.app.store.schema.Tables.SCHOOL;
import static vn.truongso.app.store.schema.Tables.SCHOOL_CLASS;
import static vn.truongso.app.store.schema.Tables.SCHOOL_YEAR;
import static vn.truongso.app.store.schema.Tables.STAFF;
import static vn.truongso.app.store.schema.Tables.STAFF_ROLE;
import static vn.truongso.app.store.schema.Tables.STUDENT;
import static vn.truongso.app.store.schema.Tables.SUBJECT;
import static vn.truongso.app.store.schema.Tables.TEACHING_ASSIGNMENT;
import static vn.truongso.app.store.schema.Tables.TERM;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import vn.truongso.app.auth.PasswordHasher;
import vn.truongso.app.demo.DemoPeople.Ethnicity;
import vn.truongso.app.demo.DemoPeople.Person;
import vn.truongso.app.demo.DemoRoster.ClassSpec;
import vn.truongso.app.demo.DemoRoster.StaffSpec;
import vn.truongso.app.store.schema.tables.records.AssessmentHistoryRecord;
import vn.truongso.app.store.schema.tables.records.AssessmentRecord;
import vn.truongso.app.store.schema.tables.records.ClassSubjectRecord;
import vn.truongso.app.store.schema.tables.records.EnrolmentRecord;
import vn.truongso.app.store.schema.tables.records.SchoolClassRecord;
import vn.truongso.app.store.schema.tables.records.SchoolRecord;
import vn.truongso.app.store.schema.tables.records.SchoolYearRecord;
import vn.truongso.app.store.schema.tables.records.StaffRecord;
import vn.truongso.app.store.schema.tables.records.StaffRoleRecord;
import vn.truongso.app.store.schema.tables.records.StudentRecord;
import vn.truongso.app.store.schema.tables.records.SubjectRecord;
import vn.truongso.app.store.schema.tables.records.TeachingAssignmentRecord;
import vn.truongso.app.store.schema.tables.records.TermRecord;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.school.Role;
import vn.truongso.core.students.Gender;
import vn.truongso.core.students.StudentCode;

/**
 * A demo school a Vietnamese teacher would recognise: "Trường THCS và THPT Bắc Hà" in Lào Cai, grades 6–12, eight
 * classes of 40–45 students, twenty staff, the subjects and periods of the 2018 curriculum, and term I about half
 * graded (regular assessments TX1 and TX2 in most subjects, the mid-term GK in about half, no end-of-term CK yet),
 * as a gradebook looks in late November.
 *
 * <p>Everything but the ids and the password hash's salt is a function of the seed: the same seed gives the same
 * names, codes, classes and scores. The clock only gives the school year and the timestamps. Rows are written
 * directly (no outbox): demo data is local to one PC and is never meant to be synced.
 */
public final class DemoSchool {

    /** The one password of every demo account. */
    public static final String PASSWORD = "TruongSo@2026";
    /** The seed of {@link #seedInto(DSLContext, Clock)}. */
    public static final long SEED = 20_261_123L;
    /** The device id written into the seeded grade history. */
    public static final UUID DEVICE_ID = UUID.fromString("5eed0000-de70-4000-8000-000000000001");

    public static final String SCHOOL_NAME = "Trường THCS và THPT Bắc Hà";
    /** Invented; the format of the sector database's school codes, with Lào Cai's province prefix. */
    public static final String SCHOOL_CODE = "10000806";
    public static final String PROVINCE = "Lào Cai";
    /** Lào Cai's province code in the mã định danh (citizen id) of people born there. */
    public static final String PROVINCE_CODE = "010";
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Every staff account: administration first, then gv.toan and gv.van, then the other teachers. */
    public static final List<DemoAccount> ACCOUNTS = DemoRoster.accounts(PASSWORD);
    public static final DemoAccount ADMIN = account("admin");
    public static final DemoAccount PRINCIPAL = account("hieutruong");
    public static final DemoAccount CLERK = account("giaovu");
    /** Teaches Toán in 9A1, 10A1, 10A2, 11A1 and is the homeroom teacher of 10A1. */
    public static final DemoAccount MATH_TEACHER = account("gv.toan");
    /** Teaches Ngữ văn in 10A1, 10A2, 11A1, 12A1 and is the homeroom teacher of 10A2. */
    public static final DemoAccount LITERATURE_TEACHER = account("gv.van");
    /** The class to demo: 10A1's Toán has TX1 and TX2 entered and the mid-term column still empty. */
    public static final String DEMO_CLASS = "10A1";

    /** The class names, lowest grade first. */
    public static final List<String> CLASS_NAMES = DemoRoster.CLASSES.stream().map(ClassSpec::name).toList();

    private DemoSchool() {}

    public static DemoAccount account(String username) {
        return ACCOUNTS.stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo account " + username));
    }

    /** The first calendar year of the school year that {@code day} falls in; a school year starts in September. */
    public static int schoolYearStart(LocalDate day) {
        return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** Seeds the demo school with {@link #SEED}; see {@link #seedInto(DSLContext, Clock, long)}. */
    public static void seedInto(DSLContext db, Clock clock) {
        seedInto(db, clock, SEED);
    }

    /**
     * Writes the demo school into an empty, migrated store. The caller runs this inside a transaction. The school
     * year is the one {@code clock}'s date (in Vietnam) falls in; the same seed gives the same school.
     *
     * @throws IllegalStateException if the store already holds a school
     */
    public static void seedInto(DSLContext db, Clock clock, long seed) {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(clock, "clock");
        if (db.fetchExists(SCHOOL)) {
            throw new IllegalStateException("the demo school is seeded into an empty store only");
        }
        new Seeder(db, clock, new Random(seed)).run();
    }

    /** One student before insertion: the person, the facts of the record, and an ability for the scores. */
    private record Pupil(Person person, LocalDate dateOfBirth, String code, String placeOfBirth, String homeTown,
                         String address, String father, String mother, String guardian, double ability) {}

    private static final class Seeder {
        private static final double ABSENT = 0.03;
        private static final int BATCH = 2_000;

        private final DSLContext db;
        private final Random random;
        private final Instant now;
        private final LocalDate today;
        private final long millis;
        private final Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        private final Set<String> studentCodes = new HashSet<>();

        private final Map<String, UUID> staffIds = new HashMap<>();
        private final Map<String, UUID> subjectIds = new HashMap<>();

        private final List<TableRecord<?>> school = new ArrayList<>();
        private final List<StaffRecord> staff = new ArrayList<>();
        private final List<TableRecord<?>> roles = new ArrayList<>();
        private final List<TableRecord<?>> years = new ArrayList<>();
        private final List<TableRecord<?>> terms = new ArrayList<>();
        private final List<TableRecord<?>> subjects = new ArrayList<>();
        private final List<TableRecord<?>> classes = new ArrayList<>();
        private final List<TableRecord<?>> classSubjects = new ArrayList<>();
        private final List<TableRecord<?>> assignments = new ArrayList<>();
        private final List<TableRecord<?>> students = new ArrayList<>();
        private final List<TableRecord<?>> enrolments = new ArrayList<>();
        private final List<TableRecord<?>> assessments = new ArrayList<>();
        private final List<TableRecord<?>> history = new ArrayList<>();

        Seeder(DSLContext db, Clock clock, Random random) {
            this.db = db;
            this.random = random;
            this.now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            this.today = LocalDate.ofInstant(now, ZONE);
            this.millis = now.toEpochMilli();
        }

        void run() {
            // Argon2id costs ~50–100 ms per hash by design (several times that in a cold JVM). All demo accounts share
            // one password, so one hash (one salt) serves them all: acceptable only for demo data — with real
            // accounts a shared salt would show an attacker holding the file who shares a password, and let one
            // cracking run open them all. It is computed beside the rest of the seeding and joined before insertion.
            CompletableFuture<String> sharedHash = CompletableFuture.supplyAsync(
                    () -> PasswordHasher.hash(PASSWORD.toCharArray()),
                    task -> Thread.ofPlatform().daemon().name("demo-password-hash").start(task));
            UUID schoolId = id();
            school.add(new SchoolRecord()
                    .with(SCHOOL.ID, schoolId)
                    .with(SCHOOL.CODE, SCHOOL_CODE)
                    .with(SCHOOL.NAME, SCHOOL_NAME)
                    .with(SCHOOL.PROVINCE, PROVINCE)
                    // Two-tier local government since 1 July 2025: there are no districts any more.
                    .with(SCHOOL.DISTRICT, null)
                    // A combined lower + upper secondary school; the schema has one level, its highest.
                    .with(SCHOOL.SCHOOL_LEVEL, "UPPER_SECONDARY"));

            seedStaff(schoolId);

            int startYear = schoolYearStart(today);
            LocalDate startsOn = LocalDate.of(startYear, Month.SEPTEMBER, 5);
            UUID yearId = id();
            years.add(new SchoolYearRecord()
                    .with(SCHOOL_YEAR.ID, yearId)
                    .with(SCHOOL_YEAR.SCHOOL_ID, schoolId)
                    .with(SCHOOL_YEAR.NAME, startYear + "-" + (startYear + 1))
                    .with(SCHOOL_YEAR.STARTS_ON, startsOn)
                    .with(SCHOOL_YEAR.ENDS_ON, LocalDate.of(startYear + 1, Month.MAY, 31)));
            UUID termOne = id();
            for (int number = 1; number <= 2; number++) {
                terms.add(new TermRecord()
                        .with(TERM.ID, number == 1 ? termOne : id())
                        .with(TERM.SCHOOL_YEAR_ID, yearId)
                        .with(TERM.TERM_NUMBER, (short) number)
                        .with(TERM.LOCKED, false)
                        .with(TERM.LOCKED_BY, null)
                        .with(TERM.LOCKED_AT, null));
            }

            for (DemoCurriculum.SubjectSpec s : DemoCurriculum.SUBJECTS) {
                UUID subjectId = id();
                subjectIds.put(s.code(), subjectId);
                subjects.add(new SubjectRecord()
                        .with(SUBJECT.ID, subjectId)
                        .with(SUBJECT.SCHOOL_ID, schoolId)
                        .with(SUBJECT.CODE, s.code())
                        .with(SUBJECT.NAME, s.name())
                        .with(SUBJECT.ASSESSMENT_MODE, s.mode().name())
                        .with(SUBJECT.SORT_ORDER, s.sortOrder()));
            }

            Instant gradingFrom = startsOn.atTime(7, 0).atZone(ZONE).toInstant();
            for (ClassSpec spec : DemoRoster.CLASSES) {
                seedClass(spec, schoolId, yearId, termOne, startYear, startsOn, gradingFrom);
            }

            String hash = sharedHash.join();
            staff.forEach(record -> record.set(STAFF.PASSWORD_HASH, hash));
            List<List<? extends TableRecord<?>>> tables = List.of(school, staff, roles, years, terms, subjects, classes,
                    classSubjects, assignments, students, enrolments, assessments, history);
            tables.forEach(this::insert);
        }

        private void seedStaff(UUID schoolId) {
            for (StaffSpec s : DemoRoster.STAFF) {
                UUID staffId = id();
                staffIds.put(s.username(), staffId);
                staff.add(new StaffRecord()
                        .with(STAFF.ID, staffId)
                        .with(STAFF.SCHOOL_ID, schoolId)
                        .with(STAFF.USERNAME, s.username())
                        .with(STAFF.FULL_NAME, DemoPeople.nfc(s.fullName()))
                        .with(STAFF.PASSWORD_HASH, null) // the shared hash, set before insertion
                        .with(STAFF.ACTIVE, true)
                        .with(STAFF.STAFF_CODE, null));
                for (Role role : s.roles()) {
                    roles.add(new StaffRoleRecord()
                            .with(STAFF_ROLE.STAFF_ID, staffId)
                            .with(STAFF_ROLE.ROLE, role.name()));
                }
            }
        }

        private void seedClass(ClassSpec spec, UUID schoolId, UUID yearId, UUID termOne, int startYear,
                               LocalDate startsOn, Instant gradingFrom) {
            UUID classId = id();
            classes.add(new SchoolClassRecord()
                    .with(SCHOOL_CLASS.ID, classId)
                    .with(SCHOOL_CLASS.SCHOOL_YEAR_ID, yearId)
                    .with(SCHOOL_CLASS.NAME, spec.name())
                    .with(SCHOOL_CLASS.GRADE_LEVEL, (short) spec.grade())
                    .with(SCHOOL_CLASS.HOMEROOM_TEACHER_ID,
                            staffIds.get(DemoRoster.homeroomTeacherOf(spec.name()).orElseThrow().username())));
            Map<String, Integer> periods = spec.periods();
            Map<String, UUID> teacherOf = new LinkedHashMap<>();
            periods.forEach((code, count) -> {
                UUID teacher = staffIds.get(DemoRoster.TEACHER_OF.get(spec.name()).get(code));
                teacherOf.put(code, teacher);
                classSubjects.add(new ClassSubjectRecord()
                        .with(CLASS_SUBJECT.CLASS_ID, classId)
                        .with(CLASS_SUBJECT.SUBJECT_ID, subjectIds.get(code))
                        .with(CLASS_SUBJECT.PERIODS_PER_YEAR, count));
                assignments.add(new TeachingAssignmentRecord()
                        .with(TEACHING_ASSIGNMENT.ID, id())
                        .with(TEACHING_ASSIGNMENT.STAFF_ID, teacher)
                        .with(TEACHING_ASSIGNMENT.CLASS_ID, classId)
                        .with(TEACHING_ASSIGNMENT.SUBJECT_ID, subjectIds.get(code)));
            });

            // The demo teacher's own class is a full one: 45, the most a secondary class may have (Circular 32/2020).
            int size = spec.name().equals(DEMO_CLASS) ? 45 : 40 + random.nextInt(6);
            List<Pupil> pupils = pupils(size, startYear - 5 - spec.grade());
            List<UUID> studentIds = new ArrayList<>();
            for (int i = 0; i < pupils.size(); i++) {
                Pupil p = pupils.get(i);
                UUID studentId = id();
                studentIds.add(studentId);
                students.add(new StudentRecord()
                        .with(STUDENT.ID, studentId)
                        .with(STUDENT.SCHOOL_ID, schoolId)
                        .with(STUDENT.STUDENT_CODE, p.code())
                        .with(STUDENT.FULL_NAME, p.person().fullName())
                        .with(STUDENT.DATE_OF_BIRTH, p.dateOfBirth())
                        .with(STUDENT.GENDER, p.person().male() ? "MALE" : "FEMALE")
                        .with(STUDENT.ETHNICITY, p.person().ethnicity().label)
                        .with(STUDENT.NATIONALITY, "Việt Nam")
                        .with(STUDENT.PLACE_OF_BIRTH, p.placeOfBirth())
                        .with(STUDENT.HOME_TOWN, p.homeTown())
                        .with(STUDENT.ADDRESS, p.address())
                        .with(STUDENT.FATHER_NAME, p.father())
                        .with(STUDENT.MOTHER_NAME, p.mother())
                        .with(STUDENT.GUARDIAN_NAME, p.guardian()));
                enrolments.add(new EnrolmentRecord()
                        .with(ENROLMENT.ID, Ids.derived("enrolment", studentId, classId))
                        .with(ENROLMENT.STUDENT_ID, studentId)
                        .with(ENROLMENT.CLASS_ID, classId)
                        .with(ENROLMENT.ROLL_NUMBER, i + 1)
                        .with(ENROLMENT.ENROLLED_ON, startsOn));
            }

            for (String code : periods.keySet()) {
                gradeTermOne(spec, code, teacherOf.get(code), pupils, studentIds, termOne, gradingFrom);
            }
        }

        /** A class list: unique names, sorted as Vietnamese class lists are (given, middle, family name). */
        private List<Pupil> pupils(int size, int birthYear) {
            List<Pupil> pupils = new ArrayList<>();
            Set<String> names = new HashSet<>();
            while (pupils.size() < size) {
                boolean male = random.nextDouble() < 0.51;
                Ethnicity ethnicity = DemoPeople.ethnicity(random);
                Person person = DemoPeople.child(random, male, ethnicity);
                if (!names.add(person.fullName())) {
                    continue; // two pupils of one name in a class happen, but make the demo confusing
                }
                LocalDate dob = LocalDate.ofYearDay(birthYear, 1 + random.nextInt(LocalDate.of(birthYear, 1, 1)
                        .lengthOfYear()));
                String father = random.nextDouble() < 0.04 ? null : DemoPeople.parent(random, person, true);
                String mother = DemoPeople.parent(random, person, false);
                String guardian = random.nextDouble() < 0.02
                        ? DemoPeople.parent(random, person, random.nextBoolean()) : null;
                double ability = Math.clamp(6.5 + 1.5 * random.nextGaussian(), 2.0, 9.8);
                pupils.add(new Pupil(person, dob, studentCode(male, dob),
                        DemoPeople.birthplace(random, ethnicity), DemoPeople.homeTown(random, ethnicity),
                        DemoPeople.address(random), father, mother, guardian, ability));
            }
            Comparator<Pupil> byVietnameseClassList = Comparator
                    .comparing((Pupil p) -> p.person().given(), collator)
                    .thenComparing(p -> p.person().middle(), collator)
                    .thenComparing(p -> p.person().family(), collator)
                    .thenComparing(Pupil::code);
            pupils.sort(byVietnameseClassList);
            return pupils;
        }

        /** A valid mã định danh (core's {@link StudentCode} rule), unique in the school. */
        private String studentCode(boolean male, LocalDate dateOfBirth) {
            String code;
            do {
                code = StudentCode.compose(PROVINCE_CODE, male ? Gender.MALE : Gender.FEMALE, dateOfBirth,
                        random.nextInt(1_000_000));
            } while (!studentCodes.add(code));
            return code;
        }

        /**
         * Term I in late November: TX1 and TX2 in most subjects, GK in about half, CK in none; 10A1's Toán always
         * has TX1 and TX2 and no GK yet, so the demo teacher has a column to fill. A few absent pupils have no cell.
         */
        private void gradeTermOne(ClassSpec spec, String subjectCode, UUID teacher, List<Pupil> pupils,
                                  List<UUID> studentIds, UUID termOne, Instant gradingFrom) {
            AssessmentMode mode = DemoCurriculum.subject(subjectCode).mode();
            UUID subjectId = subjectIds.get(subjectCode);
            double progress = random.nextDouble();
            int regular = progress < 0.03 ? 0 : progress < 0.10 ? 1 : 2;
            boolean midTerm = regular == 2 && random.nextDouble() < 0.55;
            if (spec.name().equals(DEMO_CLASS) && subjectCode.equals("TOAN")) {
                regular = 2;
                midTerm = false;
            }
            record Column(AssessmentKind kind, int seq, int daysBack, int minuteOfSitting) {}
            List<Column> columns = new ArrayList<>();
            int[] daysBack = {45, 20};
            for (int seq = 1; seq <= 2; seq++) {
                int minute = random.nextInt(240);
                if (seq <= regular) {
                    columns.add(new Column(AssessmentKind.TX, seq, daysBack[seq - 1], minute));
                }
            }
            int gkMinute = random.nextInt(240);
            if (midTerm) {
                columns.add(new Column(AssessmentKind.GK, 1, 5, gkMinute));
            }

            for (int i = 0; i < pupils.size(); i++) {
                Pupil pupil = pupils.get(i);
                double aptitude = pupil.ability() + 0.8 * random.nextGaussian();
                for (Column column : columns) {
                    boolean absent = random.nextDouble() < ABSENT;
                    double noise = random.nextGaussian();
                    double style = random.nextDouble();
                    if (absent) {
                        continue;
                    }
                    AssessmentValue value = mode == AssessmentMode.SCORE
                            ? score(aptitude + 0.9 * noise, style, column.kind())
                            : rating(aptitude, style);
                    UUID studentId = studentIds.get(i);
                    UUID assessmentId = Ids.derived("assessment", studentId, subjectId, termOne, column.kind(),
                            column.seq());
                    OffsetDateTime at = enteredAt(column.daysBack(), column.minuteOfSitting(), i, gradingFrom);
                    assessments.add(new AssessmentRecord()
                            .with(ASSESSMENT.ID, assessmentId)
                            .with(ASSESSMENT.STUDENT_ID, studentId)
                            .with(ASSESSMENT.SUBJECT_ID, subjectId)
                            .with(ASSESSMENT.TERM_ID, termOne)
                            .with(ASSESSMENT.KIND, column.kind().name())
                            .with(ASSESSMENT.SEQ, (short) column.seq())
                            .with(ASSESSMENT.SCORE, value instanceof AssessmentValue.Score s ? s.value() : null)
                            .with(ASSESSMENT.RATING, value instanceof AssessmentValue.Rating r ? ratingCode(r) : null)
                            .with(ASSESSMENT.VERSION, 1L)
                            .with(ASSESSMENT.UPDATED_BY, teacher)
                            .with(ASSESSMENT.UPDATED_AT, at));
                    history.add(new AssessmentHistoryRecord()
                            .with(ASSESSMENT_HISTORY.ID, Ids.newId(at.toInstant().toEpochMilli()))
                            .with(ASSESSMENT_HISTORY.ASSESSMENT_ID, assessmentId)
                            .with(ASSESSMENT_HISTORY.OLD_VALUE, null)
                            .with(ASSESSMENT_HISTORY.NEW_VALUE, value.text())
                            .with(ASSESSMENT_HISTORY.VERSION, 1L)
                            .with(ASSESSMENT_HISTORY.CHANGED_BY, teacher)
                            .with(ASSESSMENT_HISTORY.DEVICE_ID, DEVICE_ID)
                            .with(ASSESSMENT_HISTORY.CHANGED_AT, at));
                }
            }
        }

        /**
         * A score as teachers give them: regular assessments mostly whole or half points, the mid-term test more
         * often to one decimal.
         */
        private static AssessmentValue.Score score(double raw, double style, AssessmentKind kind) {
            double x = Math.clamp(raw, 0.0, 10.0);
            double whole = kind == AssessmentKind.TX ? 0.55 : 0.30;
            double half = kind == AssessmentKind.TX ? 0.30 : 0.35;
            long tenths = style < whole ? Math.round(x) * 10
                    : style < whole + half ? Math.round(x * 2) * 5
                    : Math.round(x * 10);
            return new AssessmentValue.Score(BigDecimal.valueOf(tenths, 1));
        }

        /** Đạt nearly always; Chưa đạt now and then, more often for a weak pupil. */
        private static AssessmentValue.Rating rating(double aptitude, double chance) {
            double fail = aptitude < 4.5 ? 0.15 : 0.02;
            return chance < fail ? AssessmentValue.Rating.FAIL : AssessmentValue.Rating.PASS;
        }

        private static String ratingCode(AssessmentValue.Rating rating) {
            return switch (rating) {
                case PASS -> "D";
                case FAIL -> "CD";
            };
        }

        /** When a column was typed in: an afternoon some days ago, one pupil after another; never in the future. */
        private OffsetDateTime enteredAt(int daysBack, int minuteOfSitting, int row, Instant gradingFrom) {
            Instant sitting = today.minusDays(daysBack).atTime(13, 30).atZone(ZONE).toInstant()
                    .plus(Duration.ofMinutes(minuteOfSitting));
            if (sitting.isBefore(gradingFrom)) {
                sitting = gradingFrom.plus(Duration.ofMinutes(minuteOfSitting));
            }
            Instant at = sitting.plusSeconds(20L * row);
            return OffsetDateTime.ofInstant(at.isAfter(now) ? now : at, ZONE);
        }

        private UUID id() {
            return Ids.newId(millis);
        }

        /**
         * One prepared INSERT of every column, executed as a JDBC batch with each row's values bound: much faster than
         * {@code batchInsert}, which renders the SQL once per record.
         */
        private void insert(List<? extends TableRecord<?>> rows) {
            if (rows.isEmpty()) {
                return;
            }
            Table<?> table = rows.getFirst().getTable();
            Field<?>[] fields = table.fields();
            for (int from = 0; from < rows.size(); from += BATCH) {
                BatchBindStep batch = db.batch(db.insertInto(table).columns(fields)
                        .values(Collections.nCopies(fields.length, null)));
                for (TableRecord<?> row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                    if (row.getTable() != table) {
                        throw new IllegalArgumentException("one table per insert: " + row.getTable());
                    }
                    batch.bind(row.intoArray());
                }
                batch.execute();
            }
        }
    }
}
