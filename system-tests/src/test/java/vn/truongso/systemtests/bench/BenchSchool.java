package vn.truongso.systemtests.bench;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.truongso.core.auth.PasswordHasher;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.students.Gender;
import vn.truongso.core.students.StudentCode;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;
import vn.truongso.server.sync.SchoolSignals;
import vn.truongso.server.sync.ServerChanges;
import vn.truongso.server.sync.ServerChanges.RowWrite;

/**
 * A school for the sync benchmarks, written on the server as an administrator (and, for grades, the teachers)
 * would: {@link #large} is a 2,000-student secondary school in mid-term I — 45 classes across grades 6–12, the
 * 2018 curriculum's subjects, teachers with their assignments and homerooms, and term I's regular assessments
 * TX1–TX3 and mid-term GK entered for every score subject (TX1, TX2 as Đ/CĐ in the comment-assessed ones);
 * {@link #small} is a school of a few classes where one teacher teaches Toán, with no grades yet.
 *
 * <p>Ids are derived from natural keys scoped by the school, so many such schools can live on one server. The
 * rows are kept ({@link #rows}) for the reference inserts; {@link #writeTo} writes them as server changes.
 */
public final class BenchSchool {
    public static final String PASSWORD = "TruongSo@2026";
    private static final String HASH = PasswordHasher.hash(PASSWORD.toCharArray());

    /** One class: its students in roll order and, per subject code, who teaches it. */
    public record ClassInfo(String name, UUID id, int grade, List<UUID> students, Map<String, UUID> teacherOf) {}

    /** A row and who writes it (the teacher for a grade, the administrator for everything else). */
    public record AuthoredRow(RowWrite row, UUID author) {}

    private static final String[][] SUBJECTS = {
            {"NGUVAN", "Ngữ văn", "SCORE"}, {"TOAN", "Toán", "SCORE"}, {"NN1", "Ngoại ngữ 1 (Tiếng Anh)", "SCORE"},
            {"GDCD", "Giáo dục công dân", "SCORE"}, {"LSDL", "Lịch sử và Địa lí", "SCORE"},
            {"LICHSU", "Lịch sử", "SCORE"}, {"DIALI", "Địa lí", "SCORE"},
            {"GDKTPL", "Giáo dục kinh tế và pháp luật", "SCORE"}, {"KHTN", "Khoa học tự nhiên", "SCORE"},
            {"VATLI", "Vật lí", "SCORE"}, {"HOAHOC", "Hóa học", "SCORE"}, {"SINHHOC", "Sinh học", "SCORE"},
            {"CONGNGHE", "Công nghệ", "SCORE"}, {"TINHOC", "Tin học", "SCORE"},
            {"GDQPAN", "Giáo dục quốc phòng và an ninh", "SCORE"}, {"GDTC", "Giáo dục thể chất", "COMMENT"},
            {"NGHETHUAT", "Nghệ thuật (Âm nhạc, Mĩ thuật)", "COMMENT"}, {"AMNHAC", "Âm nhạc", "COMMENT"},
            {"MITHUAT", "Mĩ thuật", "COMMENT"}, {"HDTN", "Hoạt động trải nghiệm, hướng nghiệp", "COMMENT"},
            {"GDDP", "Nội dung giáo dục của địa phương", "COMMENT"}};
    private static final Map<String, Integer> LOWER = periods("NGUVAN", 140, "TOAN", 140, "NN1", 105, "GDCD", 35,
            "LSDL", 105, "KHTN", 140, "CONGNGHE", 35, "TINHOC", 35, "GDTC", 70, "NGHETHUAT", 70, "HDTN", 105, "GDDP", 35);
    private static final Map<String, Integer> UPPER = periods("NGUVAN", 105, "TOAN", 105, "NN1", 105, "LICHSU", 52,
            "GDTC", 70, "GDQPAN", 35, "HDTN", 105, "GDDP", 35);
    private static final List<List<String>> ELECTIVES = List.of(
            List.of("VATLI", "HOAHOC", "SINHHOC", "TINHOC"), List.of("DIALI", "GDKTPL", "CONGNGHE", "MITHUAT"),
            List.of("VATLI", "HOAHOC", "TINHOC", "CONGNGHE"), List.of("DIALI", "GDKTPL", "VATLI", "AMNHAC"),
            List.of("VATLI", "HOAHOC", "DIALI", "TINHOC"), List.of("SINHHOC", "HOAHOC", "GDKTPL", "MITHUAT"));

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Lò", "Vàng", "Giàng", "Hà", "Nông", "Lù", "Triệu"};
    private static final String[] MIDDLE_M = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Gia", "Thành", "A"};
    private static final String[] MIDDLE_F = {"Thị", "Thu", "Ngọc", "Thanh", "Minh", "Thị Thu", "Khánh"};
    private static final String[] GIVEN_M = {"An", "Bình", "Dũng", "Giang", "Hải", "Hiếu", "Hùng", "Khánh", "Long",
            "Minh", "Nam", "Phong", "Phúc", "Quân", "Sơn", "Trung", "Tuấn", "Vinh", "Sáng", "Chư"};
    private static final String[] GIVEN_F = {"Anh", "Chăm", "Châu", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh",
            "Mai", "Ngân", "Nhung", "Thảo", "Trang", "Vy", "Yến", "Dở", "Mỷ", "Sinh", "Tâm"};
    private static final String[] ETHNICITY = {"Kinh", "Kinh", "Kinh", "Tày", "Mông", "Dao", "Giáy", "Nùng"};
    private static final String[] COMMUNES = {"Bắc Hà", "Bản Phố", "Lùng Phình", "Tả Van Chư", "Nậm Mòn", "Cốc Ly",
            "Bảo Nhai", "Na Hối", "Thải Giàng Phố", "Lầu Thí Ngài"};

    private final School school;
    private final UUID yearId;
    private final UUID termOne;
    private final UUID termTwo;
    private final UUID admin;
    private final UUID principal;
    private final Map<String, UUID> subjects = new LinkedHashMap<>();
    private final Map<String, String> modes = new LinkedHashMap<>();
    private final Map<UUID, String> usernames = new LinkedHashMap<>();
    private final List<ClassInfo> classes = new ArrayList<>();
    private final List<AuthoredRow> rows = new ArrayList<>();
    private final Random random;

    private BenchSchool(School school, long seed) {
        this.school = school;
        this.random = new Random(seed);
        UUID s = school.id();
        yearId = Ids.derived("school_year", s, "2026-2027");
        termOne = Ids.derived("term", yearId, 1);
        termTwo = Ids.derived("term", yearId, 2);
        admin = Ids.derived("staff", s, "admin");
        principal = Ids.derived("staff", s, "hieutruong");
    }

    /**
     * The 2,000-student school: grades 6–9 with seven classes each, grades 10–12 with six, six and five (45 classes
     * of 44–45), and term I's TX1–TX3 and GK for every student in every score subject.
     */
    public static BenchSchool large(School school) {
        return large(school, (subject, kind) -> true);
    }

    /**
     * The same 2,000-student school with only the term I grades {@code graded} admits (subject code, kind TX or GK)
     * entered: for a benchmark that needs the school but not its 80,000 grades (loading those on a PC takes minutes
     * and changes nothing it measures). Ids and every other row are those of {@link #large(School)}.
     */
    public static BenchSchool large(School school, java.util.function.BiPredicate<String, String> graded) {
        BenchSchool b = new BenchSchool(school, 20_261_123L);
        b.common();
        int[] perGrade = {7, 7, 7, 7, 6, 6, 5};
        int total = Arrays.stream(perGrade).sum();
        int index = 0;
        for (int g = 0; g < perGrade.length; g++) {
            for (int c = 1; c <= perGrade[g]; c++) {
                int grade = 6 + g;
                int size = index < 2_000 - 44 * total ? 45 : 44; // 20 classes of 45 and 25 of 44: 2,000
                b.addClass(grade + "A" + c, grade, size, index);
                index++;
            }
        }
        b.assignTeachers(6);
        b.gradeTermOne(graded);
        return b;
    }

    /** A small school: {@code classes} classes of {@code size} (grade 10), gv.toan teaching Toán in all, no grades. */
    public static BenchSchool small(School school, int classes, int size) {
        BenchSchool b = new BenchSchool(school, school.id().getLeastSignificantBits());
        b.common();
        for (int c = 0; c < classes; c++) {
            b.addClass("10A" + (c + 1), 10, size, c);
            b.classPeriods.put("10A" + (c + 1), Map.of("TOAN", 105));
        }
        b.assignTeachers(Integer.MAX_VALUE);
        return b;
    }

    public School school() {
        return school;
    }

    public UUID termOne() {
        return termOne;
    }

    public List<ClassInfo> classes() {
        return classes;
    }

    public UUID subject(String code) {
        return subjects.get(code);
    }

    public String username(UUID staff) {
        return usernames.get(staff);
    }

    public List<AuthoredRow> rows() {
        return rows;
    }

    /** Writes the school on the server: one transaction per author, so grades are the teachers' changes. */
    public BenchSchool writeTo(ServerContext context) {
        ServerChanges changes = new ServerChanges(context.database().dsl(), context.clock(), new SchoolSignals());
        Map<UUID, List<RowWrite>> byAuthor = new LinkedHashMap<>();
        rows.forEach(r -> byAuthor.computeIfAbsent(r.author(), a -> new ArrayList<>()).add(r.row()));
        byAuthor.forEach((author, list) -> {
            for (int from = 0; from < list.size(); from += 5_000) {
                changes.write(school.id(), author, list.subList(from, Math.min(list.size(), from + 5_000)));
            }
        });
        return this;
    }

    // ---- generation ----

    private void common() {
        UUID s = school.id();
        add("school", s, "code", school.code(), "name", school.name(), "province", "Lào Cai",
                "school_level", "UPPER_SECONDARY");
        staff(admin, "admin", "Phạm Quốc Khánh", "ADMIN");
        staff(principal, "hieutruong", "Nguyễn Văn Thắng", "PRINCIPAL");
        staff(Ids.derived("staff", s, "giaovu"), "giaovu", "Lê Thị Thu Hà", "CLERK");
        add("school_year", yearId, "school_id", s.toString(), "name", "2026-2027", "starts_on", "2026-09-05",
                "ends_on", "2027-05-31");
        add("term", termOne, "school_year_id", yearId.toString(), "term_number", "1", "locked", "false");
        add("term", termTwo, "school_year_id", yearId.toString(), "term_number", "2", "locked", "false");
        for (int i = 0; i < SUBJECTS.length; i++) {
            UUID id = Ids.derived("subject", s, SUBJECTS[i][0]);
            subjects.put(SUBJECTS[i][0], id);
            modes.put(SUBJECTS[i][0], SUBJECTS[i][2]);
            add("subject", id, "school_id", s.toString(), "code", SUBJECTS[i][0], "name", SUBJECTS[i][1],
                    "assessment_mode", SUBJECTS[i][2], "sort_order", String.valueOf(i + 1));
        }
    }

    private final Map<String, Map<String, Integer>> classPeriods = new LinkedHashMap<>();

    private void addClass(String name, int grade, int size, int index) {
        UUID classId = Ids.derived("school_class", yearId, name);
        Map<String, Integer> periods = new LinkedHashMap<>(grade <= 9 ? LOWER : UPPER);
        if (grade == 9) {
            periods.put("CONGNGHE", 52);
        }
        if (grade >= 10) {
            ELECTIVES.get(index % ELECTIVES.size()).forEach(code -> periods.put(code, 70));
        }
        classPeriods.put(name, periods);
        List<UUID> students = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean male = random.nextBoolean();
            LocalDate born = LocalDate.of(2026 - 5 - grade, 1, 1).plusDays(random.nextInt(365));
            String code = StudentCode.compose("010", male ? Gender.MALE : Gender.FEMALE, born,
                    (index * 100 + i) * 7 + random.nextInt(7));
            UUID student = Ids.derived("student", school.id(), code);
            students.add(student);
            String family = pick(FAMILY);
            String commune = pick(COMMUNES);
            add("student", student, "school_id", school.id().toString(), "student_code", code,
                    "full_name", family + " " + pick(male ? MIDDLE_M : MIDDLE_F) + " " + pick(male ? GIVEN_M : GIVEN_F),
                    "date_of_birth", born.toString(), "gender", male ? "MALE" : "FEMALE", "ethnicity", pick(ETHNICITY),
                    "nationality", "Việt Nam", "place_of_birth", "Xã " + commune + ", tỉnh Lào Cai",
                    "home_town", "Xã " + pick(COMMUNES) + ", tỉnh Lào Cai",
                    "address", "Thôn " + (1 + random.nextInt(12)) + ", xã " + commune + ", tỉnh Lào Cai",
                    "father_name", family + " " + pick(MIDDLE_M) + " " + pick(GIVEN_M),
                    "mother_name", pick(FAMILY) + " " + pick(MIDDLE_F) + " " + pick(GIVEN_F));
        }
        classes.add(new ClassInfo(name, classId, grade, students, new LinkedHashMap<>()));
    }

    /** Each subject's classes go to its teachers in turn, {@code perTeacher} classes each. */
    private void assignTeachers(int perTeacher) {
        Map<String, Integer> taught = new LinkedHashMap<>();
        List<UUID> teachers = new ArrayList<>();
        for (ClassInfo c : classes) {
            for (String code : classPeriods.get(c.name()).keySet()) {
                int number = (taught.merge(code, 1, Integer::sum) - 1) / perTeacher + 1;
                String username = "gv." + code.toLowerCase(java.util.Locale.ROOT) + (number == 1 ? "" : number);
                UUID teacher = Ids.derived("staff", school.id(), username);
                if (!usernames.containsKey(teacher)) {
                    teachers.add(teacher);
                    staff(teacher, username, pick(FAMILY) + " " + pick(MIDDLE_F) + " " + pick(GIVEN_F), "TEACHER");
                }
                c.teacherOf().put(code, teacher);
            }
        }
        java.util.Set<UUID> homeroomRoles = new java.util.HashSet<>();
        for (int i = 0; i < classes.size(); i++) {
            ClassInfo c = classes.get(i);
            UUID homeroom = teachers.get(i % teachers.size());
            add("school_class", c.id(), "school_year_id", yearId.toString(), "name", c.name(),
                    "grade_level", String.valueOf(c.grade()), "homeroom_teacher_id", homeroom.toString());
            if (homeroomRoles.add(homeroom)) {
                add("staff_role", keyed("staff_role", homeroom, "HOMEROOM"), "staff_id", homeroom.toString(),
                        "role", "HOMEROOM");
            }
            classPeriods.get(c.name()).forEach((code, periods) -> {
                UUID subject = subjects.get(code);
                add("class_subject", keyed("class_subject", c.id(), subject), "class_id", c.id().toString(),
                        "subject_id", subject.toString(), "periods_per_year", String.valueOf(periods));
                UUID teacher = c.teacherOf().get(code);
                add("teaching_assignment", Ids.derived("teaching_assignment", teacher, c.id(), subject),
                        "staff_id", teacher.toString(), "class_id", c.id().toString(), "subject_id", subject.toString());
            });
            for (int r = 0; r < c.students().size(); r++) {
                UUID student = c.students().get(r);
                add("enrolment", Ids.derived("enrolment", student, c.id()), "student_id", student.toString(),
                        "class_id", c.id().toString(), "roll_number", String.valueOf(r + 1), "enrolled_on", "2026-09-05");
            }
        }
        // Parents first: classes and staff roles were added after the students; order the rows by rank.
        rows.sort(java.util.Comparator.comparingInt(r -> SyncEntities.find(r.row().entity()).orElseThrow().rank()));
    }

    private void gradeTermOne(java.util.function.BiPredicate<String, String> graded) {
        for (ClassInfo c : classes) {
            for (String code : classPeriods.get(c.name()).keySet()) {
                boolean scored = modes.get(code).equals("SCORE");
                UUID subject = subjects.get(code);
                UUID teacher = c.teacherOf().get(code);
                String[][] columns = scored ? new String[][] {{"TX", "1"}, {"TX", "2"}, {"TX", "3"}, {"GK", "1"}}
                        : new String[][] {{"TX", "1"}, {"TX", "2"}};
                for (UUID student : c.students()) {
                    double ability = 6.5 + 1.5 * random.nextGaussian();
                    for (String[] column : columns) {
                        UUID id = Ids.derived("assessment", student, subject, termOne, column[0],
                                Integer.parseInt(column[1]));
                        Map<String, String> fields = fields("student_id", student.toString(), "subject_id",
                                subject.toString(), "term_id", termOne.toString(), "kind", column[0], "seq", column[1]);
                        if (!graded.test(code, column[0])) {
                            // Drawn all the same, so the grades that are entered have the values large() gives them.
                            if (scored) {
                                random.nextGaussian();
                            } else {
                                random.nextDouble();
                            }
                            continue;
                        }
                        if (scored) {
                            double raw = Math.clamp(ability + random.nextGaussian(), 0, 10);
                            fields.put("score", BigDecimal.valueOf(Math.round(raw * 2) * 5L, 1).toPlainString());
                        } else {
                            fields.put("rating", random.nextDouble() < 0.05 ? "CD" : "D");
                        }
                        rows.add(new AuthoredRow(new RowWrite("assessment", id, fields), teacher));
                    }
                }
            }
        }
    }

    private void staff(UUID id, String username, String name, String role) {
        usernames.put(id, username);
        add("staff", id, "school_id", school.id().toString(), "username", username,
                "full_name", Normalizer.normalize(name, Normalizer.Form.NFC), "password_hash", HASH, "active", "true");
        add("staff_role", keyed("staff_role", id, role), "staff_id", id.toString(), "role", role);
    }

    private void add(String entity, UUID id, String... pairs) {
        rows.add(new AuthoredRow(new RowWrite(entity, id, fields(pairs)), admin));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static UUID keyed(String entity, Object... key) {
        return SyncEntities.find(entity).orElseThrow().keyedId(Arrays.stream(key).map(String::valueOf)
                .toArray(String[]::new));
    }

    private static Map<String, Integer> periods(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
