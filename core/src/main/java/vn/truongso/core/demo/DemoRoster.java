package vn.truongso.core.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.truongso.core.school.Role;

/** Who works in the demo school, its classes, and who teaches what where. Static data, checked when loaded. */
final class DemoRoster {

    record ClassSpec(String name, int grade, List<String> electives) {
        Map<String, Integer> periods() {
            return DemoCurriculum.periodsFor(grade, electives);
        }
    }

    record Teaching(String subjectCode, List<String> classNames) {}

    record StaffSpec(String username, String fullName, List<Role> roles, String homeroomOf,
                     List<Teaching> teaching, String duty) {}

    private static final List<String> LOWER = List.of("6A1", "7A1", "8A1", "9A1");
    private static final List<String> UPPER = List.of("10A1", "10A2", "11A1", "12A1");

    /** Electives vary by class: a natural-sciences class, a social-sciences one, a technology one, a mixed one. */
    static final List<ClassSpec> CLASSES = List.of(
            new ClassSpec("6A1", 6, List.of()),
            new ClassSpec("7A1", 7, List.of()),
            new ClassSpec("8A1", 8, List.of()),
            new ClassSpec("9A1", 9, List.of()),
            new ClassSpec("10A1", 10, List.of("VATLI", "HOAHOC", "SINHHOC", "TINHOC")),
            new ClassSpec("10A2", 10, List.of("DIALI", "GDKTPL", "CONGNGHE", "MITHUAT")),
            new ClassSpec("11A1", 11, List.of("VATLI", "HOAHOC", "TINHOC", "CONGNGHE")),
            new ClassSpec("12A1", 12, List.of("DIALI", "GDKTPL", "VATLI", "AMNHAC")));

    /** In the order the README lists them: the administrative accounts, the two demo teachers, everyone else. */
    static final List<StaffSpec> STAFF = List.of(
            office("admin", "Phạm Quốc Khánh", Role.ADMIN,
                    "Administrator (quản trị): manages accounts and roles, enrols PCs, backups; may lock and unlock terms"),
            office("hieutruong", "Nguyễn Văn Thắng", Role.PRINCIPAL,
                    "Principal (hiệu trưởng): sees every class's gradebook read-only; locks and unlocks terms"),
            office("giaovu", "Lê Thị Thu Hà", Role.CLERK,
                    "Clerk (giáo vụ): student records, imports, transcripts; sees gradebooks read-only"),
            teacher("gv.toan", "Trần Thị Thanh Bình", "10A1",
                    teach("TOAN", "9A1", "10A1", "10A2", "11A1")),
            teacher("gv.van", "Đỗ Thị Thu Hương", "10A2",
                    teach("NGUVAN", UPPER)),
            teacher("gv.toan2", "Hoàng Văn Long", "8A1",
                    teach("TOAN", "6A1", "7A1", "8A1", "12A1")),
            teacher("gv.van2", "Vũ Thị Lan", "6A1",
                    teach("NGUVAN", LOWER)),
            teacher("gv.anh", "Nguyễn Thị Hồng Nhung", null,
                    teach("NN1", UPPER)),
            teacher("gv.anh2", "Bùi Thị Phương Thảo", "7A1",
                    teach("NN1", LOWER)),
            teacher("gv.gdcd", "Đặng Thị Hải Yến", null,
                    teach("GDCD", LOWER), teach("GDKTPL", "10A2", "12A1")),
            teacher("gv.su", "Lù Văn Sáng", "9A1",
                    teach("LSDL", LOWER), teach("LICHSU", UPPER), teach("GDDP", UPPER)),
            teacher("gv.dia", "Giàng Thị Mai", null,
                    teach("DIALI", "10A2", "12A1"), teach("GDDP", LOWER)),
            teacher("gv.ly", "Phạm Đức Trung", "11A1",
                    teach("KHTN", "9A1"), teach("VATLI", "10A1", "11A1", "12A1")),
            teacher("gv.hoa", "Ngô Thị Thanh Tâm", "12A1",
                    teach("KHTN", "8A1"), teach("HOAHOC", "10A1", "11A1")),
            teacher("gv.sinh", "Dương Thị Ngọc Ánh", null,
                    teach("KHTN", "6A1", "7A1"), teach("SINHHOC", "10A1")),
            teacher("gv.tin", "Lê Minh Tuấn", null,
                    teach("TINHOC", "6A1", "7A1", "8A1", "9A1", "10A1", "11A1")),
            teacher("gv.congnghe", "Hà Văn Quang", null,
                    teach("CONGNGHE", "6A1", "7A1", "8A1", "9A1", "10A2", "11A1")),
            teacher("gv.theduc", "Trịnh Văn Dũng", null,
                    teach("GDTC", "6A1", "7A1", "8A1", "9A1", "10A1", "10A2", "11A1", "12A1")),
            teacher("gv.qpan", "Nông Văn Tiến", null,
                    teach("GDQPAN", UPPER)),
            teacher("gv.nghethuat", "Mai Thị Hoa", null,
                    teach("NGHETHUAT", LOWER), teach("MITHUAT", "10A2"), teach("AMNHAC", "12A1")));

    /** class name → subject code → the teacher's username; checked complete and unambiguous. */
    static final Map<String, Map<String, String>> TEACHER_OF = teacherOf();

    private DemoRoster() {}

    static Optional<StaffSpec> homeroomTeacherOf(String className) {
        return STAFF.stream().filter(s -> className.equals(s.homeroomOf())).findFirst();
    }

    static List<DemoStaff> staff() {
        return STAFF.stream().map(s -> new DemoStaff(s.username(), s.fullName(), s.roles(), s.duty())).toList();
    }

    private static StaffSpec office(String username, String fullName, Role role, String duty) {
        return new StaffSpec(username, fullName, List.of(role), null, List.of(), duty);
    }

    /** A subject teacher; a homeroom teacher (GVCN) also teaches Hoạt động trải nghiệm, hướng nghiệp in her class. */
    private static StaffSpec teacher(String username, String fullName, String homeroomOf, Teaching... teaching) {
        List<Teaching> all = new ArrayList<>(List.of(teaching));
        List<Role> roles = new ArrayList<>(List.of(Role.TEACHER));
        if (homeroomOf != null) {
            roles.add(Role.HOMEROOM);
            all.add(teach("HDTN", homeroomOf));
        }
        String duty = "Teacher: enters " + all.stream()
                .map(t -> DemoCurriculum.subject(t.subjectCode()).name() + " in " + String.join(", ", t.classNames()))
                .collect(Collectors.joining("; "));
        if (homeroomOf != null) {
            duty += ". Homeroom teacher (GVCN) of " + homeroomOf + ": sees all its subjects";
        }
        return new StaffSpec(username, fullName, roles, homeroomOf, List.copyOf(all), duty);
    }

    private static Teaching teach(String subjectCode, String... classNames) {
        return new Teaching(subjectCode, List.of(classNames));
    }

    private static Teaching teach(String subjectCode, List<String> classNames) {
        return new Teaching(subjectCode, classNames);
    }

    private static Map<String, Map<String, String>> teacherOf() {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        for (ClassSpec c : CLASSES) {
            result.put(c.name(), new LinkedHashMap<>());
        }
        for (StaffSpec s : STAFF) {
            for (Teaching t : s.teaching()) {
                for (String className : t.classNames()) {
                    Map<String, String> bySubject = result.get(className);
                    ClassSpec c = CLASSES.stream().filter(x -> x.name().equals(className)).findFirst()
                            .orElseThrow(() -> new IllegalStateException(s.username() + ": no class " + className));
                    if (!c.periods().containsKey(t.subjectCode())) {
                        throw new IllegalStateException(className + " does not take " + t.subjectCode());
                    }
                    String before = bySubject.put(t.subjectCode(), s.username());
                    if (before != null) {
                        throw new IllegalStateException(className + " " + t.subjectCode() + ": two teachers");
                    }
                }
            }
        }
        for (ClassSpec c : CLASSES) {
            for (String code : c.periods().keySet()) {
                if (!result.get(c.name()).containsKey(code)) {
                    throw new IllegalStateException(c.name() + " " + code + ": no teacher");
                }
            }
            if (homeroomTeacherOf(c.name()).isEmpty()) {
                throw new IllegalStateException(c.name() + ": no homeroom teacher");
            }
        }
        return result;
    }
}
