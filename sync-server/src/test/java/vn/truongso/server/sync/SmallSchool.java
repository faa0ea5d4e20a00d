package vn.truongso.server.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.server.school.School;
import vn.truongso.server.sync.ServerChanges.RowWrite;
import vn.truongso.server.testing.TestServer;

/**
 * A school small enough to read in one screen, written on the server as an administrator would: one class (10A1)
 * with one student, the maths teacher who teaches it, a second teacher who does not, and a principal.
 */
record SmallSchool(School school, UUID teacher, UUID otherTeacher, UUID principal, UUID term, UUID year,
                   UUID maths, UUID classId, UUID student) {

    static SmallSchool create(TestServer server) {
        School school = server.newSchool();
        UUID s = school.id();
        SmallSchool small = new SmallSchool(school, Ids.derived("staff", s, "teacher"), Ids.derived("staff", s, "other"),
                Ids.derived("staff", s, "principal"), Ids.derived("term", s, 1), Ids.derived("year", s),
                Ids.derived("subject", s, "TOAN"), Ids.derived("class", s, "10A1"), Ids.derived("student", s, 1));
        List<RowWrite> rows = new ArrayList<>();
        rows.add(new RowWrite("school", s, Map.of("code", school.code(), "name", school.name(), "province", "Lào Cai",
                "school_level", "UPPER_SECONDARY")));
        small.staff(rows, small.teacher, "gv.toan", "Nguyễn Thị Hoa", "TEACHER");
        small.staff(rows, small.otherTeacher, "gv.van", "Trần Văn Minh", "TEACHER");
        small.staff(rows, small.principal, "hieutruong", "Lê Quang Hải", "PRINCIPAL");
        rows.add(new RowWrite("school_year", small.year, Map.of("school_id", s.toString(), "name", "2026-2027",
                "starts_on", "2026-09-05", "ends_on", "2027-05-31")));
        rows.add(new RowWrite("term", small.term, Map.of("school_year_id", small.year.toString(), "term_number", "1",
                "locked", "false")));
        rows.add(new RowWrite("subject", small.maths, Map.of("school_id", s.toString(), "code", "TOAN", "name", "Toán",
                "assessment_mode", "SCORE", "sort_order", "1")));
        rows.add(new RowWrite("school_class", small.classId, Map.of("school_year_id", small.year.toString(),
                "name", "10A1", "grade_level", "10")));
        rows.add(new RowWrite("class_subject", keyed("class_subject", small.classId, small.maths), Map.of(
                "class_id", small.classId.toString(), "subject_id", small.maths.toString(), "periods_per_year", "105")));
        rows.add(new RowWrite("teaching_assignment", Ids.derived("teaching_assignment", small.teacher, small.classId,
                small.maths), Map.of("staff_id", small.teacher.toString(), "class_id", small.classId.toString(),
                "subject_id", small.maths.toString())));
        rows.add(new RowWrite("student", small.student, Map.of("school_id", s.toString(), "student_code", "010210000001",
                "full_name", "Phạm Thị Ánh", "date_of_birth", "2011-03-14", "gender", "FEMALE", "ethnicity", "Kinh",
                "nationality", "Việt Nam")));
        rows.add(new RowWrite("enrolment", Ids.derived("enrolment", small.student, small.classId), Map.of(
                "student_id", small.student.toString(), "class_id", small.classId.toString(), "roll_number", "1",
                "enrolled_on", "2026-09-05")));
        writer(server).write(s, small.principal, rows);
        return small;
    }

    static ServerChanges writer(TestServer server) {
        return new ServerChanges(server.context().database().dsl(), Clock.systemUTC(), new SchoolSignals());
    }

    private void staff(List<RowWrite> rows, UUID id, String username, String name, String role) {
        rows.add(new RowWrite("staff", id, Map.of("school_id", school.id().toString(), "username", username + "." + school.code(),
                "full_name", name, "password_hash", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
                "active", "true")));
        rows.add(new RowWrite("staff_role", keyed("staff_role", id, role), Map.of("staff_id", id.toString(), "role", role)));
    }

    static UUID keyed(String entity, Object... key) {
        return SyncEntities.find(entity).orElseThrow().keyedId(java.util.Arrays.stream(key).map(String::valueOf)
                .toArray(String[]::new));
    }

    /** The id of this student's grade cell of the given kind and number in term I. */
    UUID cell(String kind, int seq) {
        return Ids.derived("assessment", student, maths, term, kind, seq);
    }
}
