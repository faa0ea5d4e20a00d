package vn.truongso.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT_HISTORY;
import static vn.truongso.app.store.schema.Tables.CLASS_SUBJECT;
import static vn.truongso.app.store.schema.Tables.ENROLMENT;
import static vn.truongso.app.store.schema.Tables.OUTBOX;
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
import java.nio.file.Path;
import java.text.Collator;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.jooq.CloseableDSLContext;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.core.auth.PasswordHasher;
import vn.truongso.core.school.Role;

/** The demo school seeded into a real H2 file, migrated by the app's own Flyway migrations. */
class DemoSchoolTest {

    /** 09:00 on Monday 23 November 2026 in Vietnam. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    // The doc's figures (curriculum-2018.md), written out here independently of the seeder's table.
    private static final Map<String, Integer> LOWER_SECONDARY = Map.ofEntries(
            Map.entry("Ngữ văn", 140), Map.entry("Toán", 140), Map.entry("Ngoại ngữ 1 (Tiếng Anh)", 105),
            Map.entry("Giáo dục công dân", 35), Map.entry("Lịch sử và Địa lí", 105),
            Map.entry("Khoa học tự nhiên", 140), Map.entry("Công nghệ", 35), Map.entry("Tin học", 35),
            Map.entry("Giáo dục thể chất", 70), Map.entry("Nghệ thuật (Âm nhạc, Mĩ thuật)", 70),
            Map.entry("Hoạt động trải nghiệm, hướng nghiệp", 105),
            Map.entry("Nội dung giáo dục của địa phương", 35));
    private static final Map<String, Integer> UPPER_COMPULSORY = Map.of(
            "Ngữ văn", 105, "Toán", 105, "Ngoại ngữ 1 (Tiếng Anh)", 105, "Lịch sử", 52, "Giáo dục thể chất", 70,
            "Giáo dục quốc phòng và an ninh", 35, "Hoạt động trải nghiệm, hướng nghiệp", 105,
            "Nội dung giáo dục của địa phương", 35);
    private static final Set<String> UPPER_ELECTIVES = Set.of(
            "Địa lí", "Giáo dục kinh tế và pháp luật", "Vật lí", "Hóa học", "Sinh học", "Công nghệ", "Tin học",
            "Âm nhạc", "Mĩ thuật");
    private static final Set<String> COMMENT_SUBJECTS = Set.of(
            "Giáo dục thể chất", "Nghệ thuật (Âm nhạc, Mĩ thuật)", "Hoạt động trải nghiệm, hướng nghiệp",
            "Nội dung giáo dục của địa phương", "Âm nhạc", "Mĩ thuật");

    @TempDir
    static Path dir;
    private static CloseableDSLContext db;

    @BeforeAll
    static void seed() {
        db = migrated(dir.resolve("first"));
        db.transaction(tx -> DemoSchool.seedInto(tx.dsl(), CLOCK));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static CloseableDSLContext migrated(Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("db");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        return DSL.using(url, "sa", "");
    }

    @Test
    void theSchoolYearComesFromTheClockWithTwoOpenTerms() {
        assertThat(db.fetchOne(SCHOOL).getName()).isEqualTo("Trường THCS và THPT Bắc Hà");
        assertThat(db.fetchOne(SCHOOL).getProvince()).isEqualTo("Lào Cai");
        var year = db.fetchOne(SCHOOL_YEAR);
        assertThat(year.getName()).isEqualTo("2026-2027");
        assertThat(year.getStartsOn()).isEqualTo(LocalDate.of(2026, 9, 5));
        assertThat(year.getEndsOn()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(db.selectFrom(TERM).orderBy(TERM.TERM_NUMBER).fetch())
                .extracting(t -> t.getTermNumber().intValue(), t -> t.getLocked())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false),
                        org.assertj.core.groups.Tuple.tuple(2, false));
        assertThat(DemoSchool.schoolYearStart(LocalDate.of(2026, 11, 23))).isEqualTo(2026);
        assertThat(DemoSchool.schoolYearStart(LocalDate.of(2027, 3, 1))).isEqualTo(2026);
        assertThat(DemoSchool.schoolYearStart(LocalDate.of(2026, 9, 1))).isEqualTo(2026);
    }

    @Test
    void classesHaveFortyToFortyFiveStudentsWithRollNumbersInVietnameseOrder() {
        Map<String, Integer> grades = db.select(SCHOOL_CLASS.NAME, SCHOOL_CLASS.GRADE_LEVEL).from(SCHOOL_CLASS)
                .fetchMap(SCHOOL_CLASS.NAME, r -> r.value2().intValue());
        assertThat(grades).containsKeys("6A1", "7A1", "8A1", "9A1", "10A1", "11A1", "12A1");
        grades.forEach((name, grade) -> assertThat(name).startsWith(grade + "A"));

        Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
        Comparator<String> classListOrder = Comparator.comparing((String n) -> n.substring(n.lastIndexOf(' ') + 1), vi)
                .thenComparing(n -> n.substring(n.indexOf(' ') + 1, n.lastIndexOf(' ') + 1).strip(), vi)
                .thenComparing(n -> n.substring(0, n.indexOf(' ')), vi);
        Set<Integer> sizes = new HashSet<>();
        for (String className : grades.keySet()) {
            var list = db.select(ENROLMENT.ROLL_NUMBER, STUDENT.FULL_NAME).from(ENROLMENT).join(STUDENT)
                    .on(STUDENT.ID.eq(ENROLMENT.STUDENT_ID)).join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(ENROLMENT.CLASS_ID))
                    .where(SCHOOL_CLASS.NAME.eq(className)).orderBy(ENROLMENT.ROLL_NUMBER).fetch();
            assertThat(list.size()).as(className).isBetween(40, 45);
            sizes.add(list.size());
            assertThat(list.getValues(ENROLMENT.ROLL_NUMBER))
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, list.size()).boxed().toList());
            List<String> names = list.getValues(STUDENT.FULL_NAME);
            assertThat(names).as(className).isSortedAccordingTo(classListOrder).doesNotHaveDuplicates();
        }
        assertThat(sizes).as("class sizes vary").hasSizeGreaterThan(1);
    }

    @Test
    void studentCodesAreUniqueTwelveDigitIdsMatchingGenderAndBirthYear() {
        Map<String, Integer> gradeOf = db.select(ENROLMENT.STUDENT_ID, SCHOOL_CLASS.GRADE_LEVEL).from(ENROLMENT)
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(ENROLMENT.CLASS_ID))
                .fetchMap(r -> r.value1().toString(), r -> r.value2().intValue());
        var students = db.selectFrom(STUDENT).fetch();
        assertThat(students).hasSizeGreaterThanOrEqualTo(7 * 40);
        assertThat(students.getValues(STUDENT.STUDENT_CODE)).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("\\d{12}"));
        for (var s : students) {
            int birthYear = 2026 - 5 - gradeOf.get(s.getId().toString());
            assertThat(s.getDateOfBirth().getYear()).isEqualTo(birthYear);
            String code = s.getStudentCode();
            assertThat(code).startsWith("010" + ("MALE".equals(s.getGender()) ? "2" : "3")
                    + String.format("%02d", birthYear % 100));
            assertThat(s.getNationality()).isEqualTo("Việt Nam");
            assertThat(s.getMotherName()).isNotBlank();
            assertThat(s.getPlaceOfBirth()).isNotBlank();
            assertThat(s.getAddress()).contains("Lào Cai");
        }
        Map<String, Long> ethnicities = students.stream()
                .collect(Collectors.groupingBy(s -> s.getEthnicity(), Collectors.counting()));
        assertThat(ethnicities.get("Kinh")).isGreaterThan(students.size() / 2L);
        assertThat(ethnicities).containsKeys("Tày", "Mông", "Dao", "Nùng", "Giáy");
        assertThat(students.getValues(STUDENT.GENDER)).contains("MALE", "FEMALE");
    }

    @Test
    void everyClassTakesTheCurriculumSubjectsWithTheDocsPeriodsAndATeacherForEach() {
        Map<String, String> modes = db.select(SUBJECT.NAME, SUBJECT.ASSESSMENT_MODE).from(SUBJECT)
                .fetchMap(SUBJECT.NAME, SUBJECT.ASSESSMENT_MODE);
        modes.forEach((name, mode) ->
                assertThat(mode).as(name).isEqualTo(COMMENT_SUBJECTS.contains(name) ? "COMMENT" : "SCORE"));
        assertThat(modes.keySet()).containsAll(LOWER_SECONDARY.keySet()).containsAll(UPPER_COMPULSORY.keySet())
                .containsAll(UPPER_ELECTIVES);
        List<String> lowerOrder = db.select(SUBJECT.NAME).from(SUBJECT).where(SUBJECT.NAME.in(LOWER_SECONDARY.keySet()))
                .orderBy(SUBJECT.SORT_ORDER).fetch(SUBJECT.NAME);
        assertThat(lowerOrder).containsExactly("Ngữ văn", "Toán", "Ngoại ngữ 1 (Tiếng Anh)", "Giáo dục công dân",
                "Lịch sử và Địa lí", "Khoa học tự nhiên", "Công nghệ", "Tin học", "Giáo dục thể chất",
                "Nghệ thuật (Âm nhạc, Mĩ thuật)", "Hoạt động trải nghiệm, hướng nghiệp",
                "Nội dung giáo dục của địa phương");

        Set<Set<String>> electiveSets = new HashSet<>();
        for (var c : db.selectFrom(SCHOOL_CLASS).fetch()) {
            Map<String, Integer> periods = db.select(SUBJECT.NAME, CLASS_SUBJECT.PERIODS_PER_YEAR).from(CLASS_SUBJECT)
                    .join(SUBJECT).on(SUBJECT.ID.eq(CLASS_SUBJECT.SUBJECT_ID))
                    .where(CLASS_SUBJECT.CLASS_ID.eq(c.getId())).fetchMap(SUBJECT.NAME, CLASS_SUBJECT.PERIODS_PER_YEAR);
            int grade = c.getGradeLevel();
            if (grade <= 9) {
                Map<String, Integer> expected = new HashMap<>(LOWER_SECONDARY);
                if (grade == 9) {
                    expected.put("Công nghệ", 52);
                }
                assertThat(periods).as(c.getName()).isEqualTo(expected);
            } else {
                Map<String, Integer> compulsory = new HashMap<>(periods);
                compulsory.keySet().retainAll(UPPER_COMPULSORY.keySet());
                assertThat(compulsory).as(c.getName()).isEqualTo(UPPER_COMPULSORY);
                Map<String, Integer> electives = new HashMap<>(periods);
                electives.keySet().removeAll(UPPER_COMPULSORY.keySet());
                assertThat(electives.keySet()).as(c.getName()).hasSize(4).isSubsetOf(UPPER_ELECTIVES);
                assertThat(electives.values()).containsOnly(70);
                electiveSets.add(electives.keySet());
            }
            // One teacher, holding the TEACHER role, for each subject of the class.
            var teachers = db.select(SUBJECT.NAME, STAFF.USERNAME).from(TEACHING_ASSIGNMENT)
                    .join(SUBJECT).on(SUBJECT.ID.eq(TEACHING_ASSIGNMENT.SUBJECT_ID))
                    .join(STAFF).on(STAFF.ID.eq(TEACHING_ASSIGNMENT.STAFF_ID))
                    .join(STAFF_ROLE).on(STAFF_ROLE.STAFF_ID.eq(STAFF.ID).and(STAFF_ROLE.ROLE.eq("TEACHER")))
                    .where(TEACHING_ASSIGNMENT.CLASS_ID.eq(c.getId())).fetch();
            assertThat(teachers.getValues(SUBJECT.NAME)).as(c.getName())
                    .containsExactlyInAnyOrderElementsOf(periods.keySet());
            assertThat(c.getHomeroomTeacherId()).isNotNull();
        }
        assertThat(electiveSets).as("electives vary by class").hasSizeGreaterThan(2);
    }

    @Test
    void everyDemoAccountExistsWithItsRolesAndTheSharedPassword() {
        assertThat(DemoSchool.ACCOUNTS).extracting(DemoAccount::username)
                .contains("admin", "hieutruong", "giaovu", "gv.toan", "gv.van");
        assertThat(db.fetchCount(STAFF)).isEqualTo(DemoSchool.ACCOUNTS.size()).isBetween(15, 25);
        for (DemoAccount account : DemoSchool.ACCOUNTS) {
            var staff = db.selectFrom(STAFF).where(STAFF.USERNAME.eq(account.username())).fetchOne();
            assertThat(staff).as(account.username()).isNotNull();
            assertThat(staff.getActive()).isTrue();
            assertThat(staff.getFullName()).isEqualTo(account.fullName());
            assertThat(db.select(STAFF_ROLE.ROLE).from(STAFF_ROLE).where(STAFF_ROLE.STAFF_ID.eq(staff.getId()))
                    .fetch(STAFF_ROLE.ROLE)).as(account.username())
                    .containsExactlyInAnyOrderElementsOf(account.roles().stream().map(Role::name).toList());
            assertThat(account.password()).isEqualTo(DemoSchool.PASSWORD);
        }
        assertThat(DemoSchool.ADMIN.roles()).containsExactly(Role.ADMIN);
        assertThat(DemoSchool.PRINCIPAL.roles()).containsExactly(Role.PRINCIPAL);
        assertThat(DemoSchool.CLERK.roles()).containsExactly(Role.CLERK);
        assertThat(DemoSchool.MATH_TEACHER.roles()).containsExactlyInAnyOrder(Role.TEACHER, Role.HOMEROOM);
        assertThat(DemoSchool.LITERATURE_TEACHER.roles()).contains(Role.TEACHER);

        Set<String> hashes = new HashSet<>(db.select(STAFF.PASSWORD_HASH).from(STAFF).fetch(STAFF.PASSWORD_HASH));
        assertThat(hashes).hasSize(1);
        assertThat(PasswordHasher.verify(DemoSchool.PASSWORD.toCharArray(), hashes.iterator().next())).isTrue();
        assertThat(PasswordHasher.verify("wrong".toCharArray(), hashes.iterator().next())).isFalse();

        // gv.toan: Toán in several classes including 10A1, homeroom teacher of 10A1; gv.van: Ngữ văn.
        assertThat(classesTaught("gv.toan", "Toán")).contains("10A1").hasSizeGreaterThanOrEqualTo(3);
        assertThat(classesTaught("gv.van", "Ngữ văn")).isNotEmpty();
        assertThat(db.select(STAFF.USERNAME).from(SCHOOL_CLASS).join(STAFF).on(STAFF.ID.eq(SCHOOL_CLASS.HOMEROOM_TEACHER_ID))
                .where(SCHOOL_CLASS.NAME.eq("10A1")).fetchOne(STAFF.USERNAME)).isEqualTo("gv.toan");
        // Every homeroom teacher holds HOMEROOM.
        assertThat(db.select(SCHOOL_CLASS.HOMEROOM_TEACHER_ID).from(SCHOOL_CLASS).fetch(SCHOOL_CLASS.HOMEROOM_TEACHER_ID))
                .allSatisfy(id -> assertThat(db.fetchExists(STAFF_ROLE,
                        STAFF_ROLE.STAFF_ID.eq(id).and(STAFF_ROLE.ROLE.eq("HOMEROOM")))).isTrue());
    }

    private static List<String> classesTaught(String username, String subject) {
        return db.select(SCHOOL_CLASS.NAME).from(TEACHING_ASSIGNMENT)
                .join(STAFF).on(STAFF.ID.eq(TEACHING_ASSIGNMENT.STAFF_ID))
                .join(SUBJECT).on(SUBJECT.ID.eq(TEACHING_ASSIGNMENT.SUBJECT_ID))
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(TEACHING_ASSIGNMENT.CLASS_ID))
                .where(STAFF.USERNAME.eq(username).and(SUBJECT.NAME.eq(subject))).fetch(SCHOOL_CLASS.NAME);
    }

    @Test
    void termOneIsPartlyGradedAndTermTwoIsEmpty() {
        UUID termOne = db.select(TERM.ID).from(TERM).where(TERM.TERM_NUMBER.eq((short) 1)).fetchOne(TERM.ID);
        UUID termTwo = db.select(TERM.ID).from(TERM).where(TERM.TERM_NUMBER.eq((short) 2)).fetchOne(TERM.ID);
        assertThat(db.fetchCount(ASSESSMENT, ASSESSMENT.TERM_ID.eq(termTwo))).isZero();
        assertThat(db.fetchCount(ASSESSMENT, ASSESSMENT.KIND.eq("CK"))).isZero();
        assertThat(db.fetchCount(ASSESSMENT, ASSESSMENT.TERM_ID.eq(termOne))).isEqualTo(db.fetchCount(ASSESSMENT));

        // Per class and subject: how many cells each column has, against the class size.
        Map<String, Integer> classSize = db.select(ENROLMENT.CLASS_ID, DSL.count()).from(ENROLMENT)
                .groupBy(ENROLMENT.CLASS_ID).fetchMap(r -> r.value1().toString(), r -> r.value2());
        var columns = db.select(ENROLMENT.CLASS_ID, ASSESSMENT.SUBJECT_ID, ASSESSMENT.KIND, ASSESSMENT.SEQ, DSL.count())
                .from(ASSESSMENT).join(ENROLMENT).on(ENROLMENT.STUDENT_ID.eq(ASSESSMENT.STUDENT_ID))
                .groupBy(ENROLMENT.CLASS_ID, ASSESSMENT.SUBJECT_ID, ASSESSMENT.KIND, ASSESSMENT.SEQ).fetch();
        int classSubjects = db.fetchCount(CLASS_SUBJECT);
        long withTx1 = columns.stream().filter(r -> r.value3().equals("TX") && r.value4() == 1).count();
        long withTx2 = columns.stream().filter(r -> r.value3().equals("TX") && r.value4() == 2).count();
        long withGk = columns.stream().filter(r -> r.value3().equals("GK")).count();
        assertThat((double) withTx1 / classSubjects).isGreaterThanOrEqualTo(0.8);
        assertThat((double) withTx2 / classSubjects).isGreaterThanOrEqualTo(0.75);
        assertThat((double) withGk / classSubjects).isBetween(0.3, 0.7);
        assertThat(columns).allSatisfy(r -> assertThat(r.value5()).isGreaterThan(
                classSize.get(r.value1().toString()) * 3 / 4));
        assertThat(columns).as("some pupils were absent")
                .anySatisfy(r -> assertThat(r.value5()).isLessThan(classSize.get(r.value1().toString())));
        assertThat(db.fetchCount(ASSESSMENT, ASSESSMENT.KIND.eq("TX").and(ASSESSMENT.SEQ.gt((short) 2)))).isZero();

        // Scores for scored subjects, Đ/CĐ for the others; realistic spread.
        var values = db.select(SUBJECT.ASSESSMENT_MODE, ASSESSMENT.SCORE, ASSESSMENT.RATING).from(ASSESSMENT)
                .join(SUBJECT).on(SUBJECT.ID.eq(ASSESSMENT.SUBJECT_ID)).fetch();
        List<BigDecimal> scores = new ArrayList<>();
        List<String> ratings = new ArrayList<>();
        for (var v : values) {
            if (v.value1().equals("SCORE")) {
                assertThat(v.value2()).isNotNull();
                assertThat(v.value3()).isNull();
                scores.add(v.value2());
            } else {
                assertThat(v.value2()).isNull();
                assertThat(v.value3()).isIn("D", "CD");
                ratings.add(v.value3());
            }
        }
        double mean = scores.stream().mapToDouble(BigDecimal::doubleValue).average().orElseThrow();
        assertThat(mean).isBetween(5.8, 7.2);
        assertThat(scores).allMatch(s -> s.signum() >= 0 && s.compareTo(BigDecimal.TEN) <= 0);
        long whole = scores.stream().filter(s -> s.stripTrailingZeros().scale() <= 0).count();
        assertThat((double) whole / scores.size()).isBetween(0.3, 0.8);
        assertThat(scores.stream().map(BigDecimal::doubleValue).distinct().count()).isGreaterThan(50);
        long failed = ratings.stream().filter("CD"::equals).count();
        assertThat(failed).isPositive().isLessThan(ratings.size() / 10);

        // Each cell: version 1, entered by the teacher assigned to that class and subject, not after "now".
        var wrongAuthor = db.selectCount().from(ASSESSMENT)
                .join(ENROLMENT).on(ENROLMENT.STUDENT_ID.eq(ASSESSMENT.STUDENT_ID))
                .leftJoin(TEACHING_ASSIGNMENT).on(TEACHING_ASSIGNMENT.CLASS_ID.eq(ENROLMENT.CLASS_ID)
                        .and(TEACHING_ASSIGNMENT.SUBJECT_ID.eq(ASSESSMENT.SUBJECT_ID))
                        .and(TEACHING_ASSIGNMENT.STAFF_ID.eq(ASSESSMENT.UPDATED_BY)))
                .where(TEACHING_ASSIGNMENT.ID.isNull()).fetchOne(0, int.class);
        assertThat(wrongAuthor).isZero();
        assertThat(db.fetchCount(ASSESSMENT, ASSESSMENT.VERSION.ne(1L))).isZero();
        assertThat(db.select(DSL.max(ASSESSMENT.UPDATED_AT)).from(ASSESSMENT).fetchOne(0, java.time.OffsetDateTime.class)
                .toInstant()).isBeforeOrEqualTo(CLOCK.instant());
        assertThat(db.select(DSL.min(ASSESSMENT.UPDATED_AT)).from(ASSESSMENT).fetchOne(0, java.time.OffsetDateTime.class)
                .toLocalDate()).isAfterOrEqualTo(LocalDate.of(2026, 9, 5));
    }

    @Test
    void theDemoTeachersClassHasRegularScoresAndAnEmptyMidTermColumn() {
        var cells = db.select(ASSESSMENT.KIND, ASSESSMENT.SEQ, DSL.count()).from(ASSESSMENT)
                .join(SUBJECT).on(SUBJECT.ID.eq(ASSESSMENT.SUBJECT_ID))
                .join(ENROLMENT).on(ENROLMENT.STUDENT_ID.eq(ASSESSMENT.STUDENT_ID))
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(ENROLMENT.CLASS_ID))
                .where(SCHOOL_CLASS.NAME.eq(DemoSchool.DEMO_CLASS).and(SUBJECT.CODE.eq("TOAN")))
                .groupBy(ASSESSMENT.KIND, ASSESSMENT.SEQ).orderBy(ASSESSMENT.SEQ)
                .fetch(r -> r.value1() + r.value2());
        assertThat(cells).containsExactly("TX1", "TX2");
    }

    @Test
    void everyAssessmentIsItsOwnFirstHistoryLineAndNothingWentToTheOutbox() {
        // A grade new to this PC gets its history line when its value is first replaced here (GradeHistory): until
        // then the row itself, as version 1 with its author and time, is what the history shows.
        assertThat(db.fetchCount(ASSESSMENT)).isGreaterThan(5_000);
        assertThat(db.fetchCount(ASSESSMENT_HISTORY)).isZero();
        assertThat(db.fetchCount(ASSESSMENT, ASSESSMENT.VERSION.eq(1L).and(ASSESSMENT.UPDATED_BY.isNotNull())
                .and(ASSESSMENT.UPDATED_AT.isNotNull()))).isEqualTo(db.fetchCount(ASSESSMENT));
        assertThat(db.fetchCount(OUTBOX)).isZero();
    }

    @Test
    void namesAreNfcVietnameseWithDiacriticsAndRealisticFamilyNames() {
        List<String> names = new ArrayList<>(db.select(STUDENT.FULL_NAME).from(STUDENT).fetch(STUDENT.FULL_NAME));
        names.addAll(db.select(STAFF.FULL_NAME).from(STAFF).fetch(STAFF.FULL_NAME));
        for (String column : List.of("FATHER_NAME", "MOTHER_NAME", "ADDRESS", "PLACE_OF_BIRTH")) {
            names.addAll(db.select(DSL.field(DSL.name(column), String.class)).from(STUDENT)
                    .where(DSL.field(DSL.name(column)).isNotNull()).fetch(0, String.class));
        }
        assertThat(names).allSatisfy(n -> assertThat(Normalizer.isNormalized(n, Normalizer.Form.NFC)).as(n).isTrue());
        List<String> students = db.select(STUDENT.FULL_NAME).from(STUDENT).fetch(STUDENT.FULL_NAME);
        long withDiacritics = students.stream().filter(n -> !n.chars().allMatch(c -> c < 128)).count();
        assertThat((double) withDiacritics / students.size()).isGreaterThan(0.95);
        assertThat(students).allMatch(n -> n.split(" ").length >= 3);

        Map<String, Long> families = students.stream()
                .collect(Collectors.groupingBy(n -> n.substring(0, n.indexOf(' ')), Collectors.counting()));
        String mostCommon = families.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(mostCommon).isEqualTo("Nguyễn");
        assertThat(families.get("Nguyễn").doubleValue() / students.size()).isBetween(0.15, 0.45);
        assertThat(families).containsKeys("Trần", "Lê", "Phạm", "Hoàng");
    }

    @Test
    void theSameSeedGivesTheSameSchool() {
        try (CloseableDSLContext other = migrated(dir.resolve("second"))) {
            other.transaction(tx -> DemoSchool.seedInto(tx.dsl(), CLOCK));
            assertThat(classLists(other)).isEqualTo(classLists(db));
            assertThat(gradebook(other)).isEqualTo(gradebook(db));
        }
    }

    private static List<String> classLists(DSLContext ctx) {
        return ctx.select(SCHOOL_CLASS.NAME, ENROLMENT.ROLL_NUMBER, STUDENT.FULL_NAME, STUDENT.STUDENT_CODE,
                        STUDENT.DATE_OF_BIRTH, STUDENT.GENDER, STUDENT.ETHNICITY, STUDENT.FATHER_NAME,
                        STUDENT.MOTHER_NAME, STUDENT.ADDRESS)
                .from(ENROLMENT).join(STUDENT).on(STUDENT.ID.eq(ENROLMENT.STUDENT_ID))
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(ENROLMENT.CLASS_ID))
                .orderBy(SCHOOL_CLASS.NAME, ENROLMENT.ROLL_NUMBER).fetch(Record::toString);
    }

    private static Map<String, String> gradebook(DSLContext ctx) {
        Map<String, String> cells = new LinkedHashMap<>();
        ctx.select(SCHOOL_CLASS.NAME, ENROLMENT.ROLL_NUMBER, SUBJECT.CODE, ASSESSMENT.KIND, ASSESSMENT.SEQ,
                        ASSESSMENT.SCORE, ASSESSMENT.RATING, ASSESSMENT.UPDATED_AT, STAFF.USERNAME)
                .from(ASSESSMENT).join(ENROLMENT).on(ENROLMENT.STUDENT_ID.eq(ASSESSMENT.STUDENT_ID))
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(ENROLMENT.CLASS_ID))
                .join(SUBJECT).on(SUBJECT.ID.eq(ASSESSMENT.SUBJECT_ID))
                .join(STAFF).on(STAFF.ID.eq(ASSESSMENT.UPDATED_BY))
                .orderBy(SCHOOL_CLASS.NAME, ENROLMENT.ROLL_NUMBER, SUBJECT.CODE, ASSESSMENT.KIND, ASSESSMENT.SEQ)
                .forEach(r -> cells.put(r.value1() + "/" + r.value2() + "/" + r.value3() + "/" + r.value4() + r.value5(),
                        r.value6() + "|" + r.value7() + "|" + r.value8() + "|" + r.value9()));
        return cells;
    }
}
