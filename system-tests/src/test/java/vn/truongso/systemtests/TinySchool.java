package vn.truongso.systemtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.truongso.core.auth.PasswordHasher;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;
import vn.truongso.server.sync.ServerChanges;
import vn.truongso.server.sync.ServerChanges.RowWrite;
import vn.truongso.server.testing.TestServer;

/**
 * A school of one class — 10A1, six students, Toán taught by gv.toan, a principal — written on the server as an
 * administrator would: small enough that a property test can build a fresh one, and its PCs, for every try.
 */
final class TinySchool {
    static final String PASSWORD = "TruongSo@2026";
    static final int STUDENTS = 6;
    private static final String HASH = PasswordHasher.hash(PASSWORD.toCharArray());

    private TinySchool() {}

    static School create(TestServer server) {
        return create(server.context(), server.newSchool());
    }

    /** Writes the tiny school's rows into {@code school} (made by the caller) on a server's database. */
    static School create(ServerContext context, School school) {
        UUID s = school.id();
        UUID year = Ids.derived("school_year", s, "2026-2027");
        UUID classId = Ids.derived("school_class", year, "10A1");
        UUID maths = Ids.derived("subject", s, "TOAN");
        UUID teacher = Ids.derived("staff", s, "gv.toan");
        UUID principal = Ids.derived("staff", s, "hieutruong");
        List<RowWrite> rows = new ArrayList<>();
        rows.add(new RowWrite("school", s, Map.of("code", school.code(), "name", school.name(), "province", "Lào Cai",
                "school_level", "UPPER_SECONDARY")));
        staff(rows, s, teacher, "gv.toan", "Nguyễn Thị Hoa", "TEACHER");
        staff(rows, s, principal, "hieutruong", "Lê Quang Hải", "PRINCIPAL");
        rows.add(new RowWrite("school_year", year, Map.of("school_id", s.toString(), "name", "2026-2027",
                "starts_on", "2026-09-05", "ends_on", "2027-05-31")));
        for (int number = 1; number <= 2; number++) {
            rows.add(new RowWrite("term", Ids.derived("term", year, number), Map.of("school_year_id", year.toString(),
                    "term_number", String.valueOf(number), "locked", "false")));
        }
        rows.add(new RowWrite("subject", maths, Map.of("school_id", s.toString(), "code", "TOAN", "name", "Toán",
                "assessment_mode", "SCORE", "sort_order", "1")));
        rows.add(new RowWrite("school_class", classId, Map.of("school_year_id", year.toString(), "name", "10A1",
                "grade_level", "10", "homeroom_teacher_id", teacher.toString())));
        rows.add(new RowWrite("class_subject", keyed("class_subject", classId, maths), Map.of("class_id",
                classId.toString(), "subject_id", maths.toString(), "periods_per_year", "105")));
        rows.add(new RowWrite("teaching_assignment", Ids.derived("teaching_assignment", teacher, classId, maths),
                Map.of("staff_id", teacher.toString(), "class_id", classId.toString(), "subject_id", maths.toString())));
        String[] names = {"Phạm Thị Ánh", "Nguyễn Văn Bình", "Lò Thị Chăm", "Hoàng Đức Dũng", "Vàng A Giàng",
                "Trần Thu Hà"};
        for (int i = 0; i < STUDENTS; i++) {
            UUID student = Ids.derived("student", s, i);
            rows.add(new RowWrite("student", student, Map.of("school_id", s.toString(),
                    "student_code", String.format("0102100%05d", i + 1 + Math.abs(s.hashCode() % 50_000)),
                    "full_name", names[i], "date_of_birth", "2011-0" + (i + 1) + "-14",
                    "gender", i % 2 == 0 ? "FEMALE" : "MALE", "ethnicity", "Kinh", "nationality", "Việt Nam")));
            rows.add(new RowWrite("enrolment", Ids.derived("enrolment", student, classId), Map.of("student_id",
                    student.toString(), "class_id", classId.toString(), "roll_number", String.valueOf(i + 1),
                    "enrolled_on", "2026-09-05")));
        }
        new ServerChanges(context.database().dsl(), context.clock(),
                new vn.truongso.server.sync.SchoolSignals()).write(s, principal, rows);
        return school;
    }

    private static void staff(List<RowWrite> rows, UUID school, UUID id, String username, String name, String role) {
        rows.add(new RowWrite("staff", id, Map.of("school_id", school.toString(), "username", username,
                "full_name", name, "password_hash", HASH, "active", "true")));
        rows.add(new RowWrite("staff_role", keyed("staff_role", id, role), Map.of("staff_id", id.toString(),
                "role", role)));
    }

    private static UUID keyed(String entity, Object... key) {
        return SyncEntities.find(entity).orElseThrow().keyedId(java.util.Arrays.stream(key).map(String::valueOf)
                .toArray(String[]::new));
    }
}
