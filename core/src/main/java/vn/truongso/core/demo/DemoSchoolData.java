package vn.truongso.core.demo;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import java.util.function.Supplier;
import vn.truongso.core.demo.DemoPeople.Ethnicity;
import vn.truongso.core.demo.DemoPeople.Person;
import vn.truongso.core.demo.DemoRoster.ClassSpec;
import vn.truongso.core.demo.DemoRoster.StaffSpec;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.school.Role;
import vn.truongso.core.students.Gender;
import vn.truongso.core.students.StudentCode;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.core.sync.SyncEntity;

/**
 * A demo school a Vietnamese teacher would recognise: "Trường THCS và THPT Bắc Hà" in Lào Cai, grades 6–12, eight
 * classes of 40–45 students, twenty staff, the subjects and periods of the 2018 curriculum, and term I about half
 * graded (regular assessments TX1 and TX2 in most subjects, the mid-term GK in about half, no end-of-term CK yet),
 * as a gradebook looks in late November.
 *
 * <p>A pure generator: {@link #rows} gives the school as sync rows, parents first ({@code SyncEntity.rank}), so the
 * app and the sync server load the same school the same way. Everything but the password hash's salt is a function
 * of the seed and the clock's date: the same seed gives the same names, codes, scores and the same ids, which are
 * derived from natural keys (the school from its code, a student from her mã định danh, a grade cell from its
 * student, subject, term and column). The clock only gives the school year and the timestamps.
 */
public final class DemoSchoolData {

    /** The one password of every demo account. */
    public static final String PASSWORD = "TruongSo@2026";
    /**
     * The Argon2id hash (PHC string) of {@link #PASSWORD} that every demo account has, on every replica. Computed
     * once and written here: a hash salted anew on each PC and on the server would give rows of the same version
     * (the seed change) different values, a difference the merge cannot see. A fixed salt for a password printed
     * in the README costs nothing; real accounts get their own salt (PasswordHasher.hash).
     */
    public static final String PASSWORD_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$Sx81gq3TwqvLD20s7/2dFg$1EyBVG+Je1wOkKGT9bHciKUBwOTbjBV7eGJWisYpyf8";
    public static final long SEED = 20_261_123L;

    public static final String SCHOOL_NAME = "Trường THCS và THPT Bắc Hà";
    /** Invented; the format of the sector database's school codes, with Lào Cai's province prefix. */
    public static final String SCHOOL_CODE = "10000806";
    public static final String PROVINCE = "Lào Cai";
    /** Lào Cai's province code in the mã định danh (citizen id) of people born there. */
    public static final String PROVINCE_CODE = "010";
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The class to demo: 10A1's Toán has TX1 and TX2 entered and the mid-term column still empty. */
    public static final String DEMO_CLASS = "10A1";
    public static final UUID SCHOOL_ID = Ids.derived("school", SCHOOL_CODE);

    /** Every staff member: administration first, then gv.toan and gv.van, then the other teachers. */
    public static final List<DemoStaff> STAFF = DemoRoster.staff();
    /** The class names, lowest grade first. */
    public static final List<String> CLASS_NAMES = DemoRoster.CLASSES.stream().map(ClassSpec::name).toList();

    private DemoSchoolData() {}

    /** The first calendar year of the school year that {@code day} falls in; a school year starts in September. */
    public static int schoolYearStart(LocalDate day) {
        return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** The id of a demo staff member. */
    public static UUID staffId(String username) {
        return Ids.derived("staff", SCHOOL_ID, username);
    }

    /** The demo school as rows, parents first, every account with {@link #PASSWORD_HASH}: the same on every replica. */
    public static List<DemoRow> rows(Clock clock, long seed) {
        return rows(clock, seed, () -> PASSWORD_HASH);
    }

    /**
     * The demo school as rows, parents first. The school year is the one {@code clock}'s date (in Vietnam) falls in.
     *
     * @param passwordHash the PHC string every account gets; asked for once, after everything else is generated, so
     *                     an expensive hash can be computed meanwhile on another thread
     */
    public static List<DemoRow> rows(Clock clock, long seed, Supplier<String> passwordHash) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(passwordHash, "passwordHash");
        return new Generator(clock, new Random(seed)).run(passwordHash);
    }

    /** One student before it becomes a row: the person, the facts of the record, and an ability for the scores. */
    private record Pupil(Person person, LocalDate dateOfBirth, String code, String placeOfBirth, String homeTown,
                         String address, String father, String mother, String guardian, double ability) {}

    private static final class Generator {
        private static final double ABSENT = 0.03;
        private static final SyncEntity STAFF_ROLE = SyncEntities.find("staff_role").orElseThrow();
        private static final SyncEntity CLASS_SUBJECT = SyncEntities.find("class_subject").orElseThrow();

        private final Random random;
        private final Instant now;
        private final LocalDate today;
        private final long millis;
        private final UUID admin;
        private final Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        private final Set<String> studentCodes = new HashSet<>();
        private final Map<String, UUID> subjectIds = new HashMap<>();

        /** Rows by entity, in the order they are made; emitted parents first. */
        private final Map<String, List<DemoRow>> rows = new LinkedHashMap<>();
        private final List<Map<String, String>> staffFields = new ArrayList<>();

        Generator(Clock clock, Random random) {
            this.random = random;
            this.now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            this.today = LocalDate.ofInstant(now, ZONE);
            this.millis = now.toEpochMilli();
            this.admin = staffId(DemoRoster.STAFF.getFirst().username());
            for (String entity : List.of("school", "staff", "school_year", "subject", "student", "staff_role", "term",
                    "school_class", "class_subject", "teaching_assignment", "enrolment", "assessment")) {
                rows.put(entity, new ArrayList<>());
            }
        }

        List<DemoRow> run(Supplier<String> passwordHash) {
            add("school", SCHOOL_ID, fields(
                    "code", SCHOOL_CODE,
                    "name", SCHOOL_NAME,
                    "province", PROVINCE,
                    // Two-tier local government since 1 July 2025: there are no districts any more.
                    "district", null,
                    // A combined lower + upper secondary school; the schema has one level, its highest.
                    "school_level", "UPPER_SECONDARY"));

            for (StaffSpec s : DemoRoster.STAFF) {
                UUID staffId = staffId(s.username());
                // The password hash is added last, when the caller's (slow, by design) hash is ready.
                staffFields.add(fields(
                        "school_id", SCHOOL_ID.toString(),
                        "username", s.username(),
                        "full_name", DemoPeople.nfc(s.fullName()),
                        "active", "true",
                        "staff_code", null));
                for (Role role : s.roles()) {
                    add("staff_role", STAFF_ROLE.keyedId(staffId.toString(), role.name()), fields(
                            "staff_id", staffId.toString(),
                            "role", role.name()));
                }
            }

            int startYear = schoolYearStart(today);
            LocalDate startsOn = LocalDate.of(startYear, Month.SEPTEMBER, 5);
            String yearName = startYear + "-" + (startYear + 1);
            UUID yearId = Ids.derived("school_year", SCHOOL_ID, yearName);
            add("school_year", yearId, fields(
                    "school_id", SCHOOL_ID.toString(),
                    "name", yearName,
                    "starts_on", startsOn.toString(),
                    "ends_on", LocalDate.of(startYear + 1, Month.MAY, 31).toString()));
            UUID termOne = Ids.derived("term", yearId, 1);
            for (int number = 1; number <= 2; number++) {
                add("term", Ids.derived("term", yearId, number), fields(
                        "school_year_id", yearId.toString(),
                        "term_number", String.valueOf(number),
                        "locked", "false"));
            }

            for (DemoCurriculum.SubjectSpec s : DemoCurriculum.SUBJECTS) {
                UUID subjectId = Ids.derived("subject", SCHOOL_ID, s.code());
                subjectIds.put(s.code(), subjectId);
                add("subject", subjectId, fields(
                        "school_id", SCHOOL_ID.toString(),
                        "code", s.code(),
                        "name", s.name(),
                        "assessment_mode", s.mode().name(),
                        "sort_order", String.valueOf(s.sortOrder())));
            }

            Instant gradingFrom = startsOn.atTime(7, 0).atZone(ZONE).toInstant();
            for (ClassSpec spec : DemoRoster.CLASSES) {
                generateClass(spec, yearId, termOne, startYear, startsOn, gradingFrom);
            }

            String hash = Objects.requireNonNull(passwordHash.get(), "password hash");
            for (int i = 0; i < staffFields.size(); i++) {
                Map<String, String> fields = staffFields.get(i);
                fields.put("password_hash", hash);
                rows.get("staff").add(new DemoRow("staff", staffId(DemoRoster.STAFF.get(i).username()), fields, admin,
                        millis));
            }
            return rows.values().stream().flatMap(List::stream).toList();
        }

        private void generateClass(ClassSpec spec, UUID yearId, UUID termOne, int startYear, LocalDate startsOn,
                                   Instant gradingFrom) {
            UUID classId = Ids.derived("school_class", yearId, spec.name());
            add("school_class", classId, fields(
                    "school_year_id", yearId.toString(),
                    "name", spec.name(),
                    "grade_level", String.valueOf(spec.grade()),
                    "homeroom_teacher_id",
                    staffId(DemoRoster.homeroomTeacherOf(spec.name()).orElseThrow().username()).toString()));
            Map<String, Integer> periods = spec.periods();
            Map<String, UUID> teacherOf = new LinkedHashMap<>();
            periods.forEach((code, count) -> {
                UUID teacher = staffId(DemoRoster.TEACHER_OF.get(spec.name()).get(code));
                UUID subjectId = subjectIds.get(code);
                teacherOf.put(code, teacher);
                add("class_subject", CLASS_SUBJECT.keyedId(classId.toString(), subjectId.toString()), fields(
                        "class_id", classId.toString(),
                        "subject_id", subjectId.toString(),
                        "periods_per_year", String.valueOf(count)));
                add("teaching_assignment", Ids.derived("teaching_assignment", classId, subjectId, teacher), fields(
                        "staff_id", teacher.toString(),
                        "class_id", classId.toString(),
                        "subject_id", subjectId.toString()));
            });

            // The demo teacher's own class is a full one: 45, the most a secondary class may have (Circular 32/2020).
            int size = spec.name().equals(DEMO_CLASS) ? 45 : 40 + random.nextInt(6);
            List<Pupil> pupils = pupils(size, startYear - 5 - spec.grade());
            List<UUID> studentIds = new ArrayList<>();
            for (int i = 0; i < pupils.size(); i++) {
                Pupil p = pupils.get(i);
                // The mã định danh is a person's one national id: a student keeps her id when she changes school.
                UUID studentId = Ids.derived("student", p.code());
                studentIds.add(studentId);
                add("student", studentId, fields(
                        "school_id", SCHOOL_ID.toString(),
                        "student_code", p.code(),
                        "full_name", p.person().fullName(),
                        "date_of_birth", p.dateOfBirth().toString(),
                        "gender", p.person().male() ? "MALE" : "FEMALE",
                        "ethnicity", p.person().ethnicity().label,
                        "nationality", "Việt Nam",
                        "place_of_birth", p.placeOfBirth(),
                        "home_town", p.homeTown(),
                        "address", p.address(),
                        "father_name", p.father(),
                        "mother_name", p.mother(),
                        "guardian_name", p.guardian()));
                add("enrolment", Ids.derived("enrolment", studentId, classId), fields(
                        "student_id", studentId.toString(),
                        "class_id", classId.toString(),
                        "roll_number", String.valueOf(i + 1),
                        "enrolled_on", startsOn.toString()));
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
                    Instant at = enteredAt(column.daysBack(), column.minuteOfSitting(), i, gradingFrom);
                    rows.get("assessment").add(new DemoRow("assessment", assessmentId, fields(
                            "student_id", studentId.toString(),
                            "subject_id", subjectId.toString(),
                            "term_id", termOne.toString(),
                            "kind", column.kind().name(),
                            "seq", String.valueOf(column.seq()),
                            "score", value instanceof AssessmentValue.Score s ? s.value().toPlainString() : null,
                            "rating", value instanceof AssessmentValue.Rating r ? ratingCode(r) : null),
                            teacher, at.toEpochMilli()));
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
        private Instant enteredAt(int daysBack, int minuteOfSitting, int row, Instant gradingFrom) {
            Instant sitting = today.minusDays(daysBack).atTime(13, 30).atZone(ZONE).toInstant()
                    .plus(Duration.ofMinutes(minuteOfSitting));
            if (sitting.isBefore(gradingFrom)) {
                sitting = gradingFrom.plus(Duration.ofMinutes(minuteOfSitting));
            }
            Instant at = sitting.plusSeconds(20L * row);
            return at.isAfter(now) ? now : at;
        }

        private void add(String entity, UUID id, Map<String, String> fields) {
            rows.get(entity).add(new DemoRow(entity, id, fields, admin, millis));
        }

        private static Map<String, String> fields(String... pairs) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                fields.put(pairs[i], pairs[i + 1]);
            }
            return fields;
        }
    }
}
