package vn.truongso.core.sync;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every entity that syncs, with its fields — the schema both sides check changes against. Field names are the
 * app's column names. A new field is added here and in a migration on both sides.
 */
public final class SyncEntities {
    private static final FieldType ID_TEXT = new FieldType.Text(100);
    private static final Map<String, SyncEntity> BY_NAME = new LinkedHashMap<>();

    static {
        add(entity("school", 0).text("code", 20).text("name", 200).text("province", 100).optional("district", ID_TEXT)
                .oneOf("school_level", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY"));
        add(entity("staff", 1).ref("school_id", "school").text("username", 50).text("full_name", 100)
                .text("password_hash", 200).field("active", new FieldType.Bool()).optional("staff_code", new FieldType.Text(12)));
        add(entity("staff_role", 2).ref("staff_id", "staff").oneOf("role", "ADMIN", "PRINCIPAL", "TEACHER", "HOMEROOM", "CLERK")
                .key("staff_id", "role"));
        add(entity("school_year", 1).ref("school_id", "school").text("name", 9).field("starts_on", new FieldType.Date())
                .field("ends_on", new FieldType.Date()));
        add(entity("term", 2).ref("school_year_id", "school_year").field("term_number", new FieldType.Int(1, 2))
                .field("locked", new FieldType.Bool()).optional("locked_by", new FieldType.Ref("staff"))
                .optional("locked_at", new FieldType.Timestamp()));
        add(entity("subject", 1).ref("school_id", "school").text("code", 20).text("name", 100)
                .oneOf("assessment_mode", "SCORE", "COMMENT").field("sort_order", new FieldType.Int(0, 10_000)));
        add(entity("school_class", 2).ref("school_year_id", "school_year").text("name", 20)
                .field("grade_level", new FieldType.Int(1, 12)).optional("homeroom_teacher_id", new FieldType.Ref("staff")));
        add(entity("class_subject", 3).ref("class_id", "school_class").ref("subject_id", "subject")
                .field("periods_per_year", new FieldType.Int(1, 1_000)).key("class_id", "subject_id"));
        add(entity("teaching_assignment", 3).ref("staff_id", "staff").ref("class_id", "school_class")
                .ref("subject_id", "subject"));
        add(entity("student", 1).ref("school_id", "school").text("student_code", 12).text("full_name", 100)
                .field("date_of_birth", new FieldType.Date()).oneOf("gender", "MALE", "FEMALE").text("ethnicity", 50)
                .text("nationality", 50).optional("place_of_birth", new FieldType.Text(200))
                .optional("home_town", new FieldType.Text(200)).optional("address", new FieldType.Text(300))
                .optional("father_name", new FieldType.Text(100)).optional("mother_name", new FieldType.Text(100))
                .optional("guardian_name", new FieldType.Text(100)));
        add(entity("enrolment", 3).ref("student_id", "student").ref("class_id", "school_class")
                .field("roll_number", new FieldType.Int(1, 999)).field("enrolled_on", new FieldType.Date()));
        add(entity("assessment", 4).ref("student_id", "student").ref("subject_id", "subject").ref("term_id", "term")
                .oneOf("kind", "TX", "GK", "CK").field("seq", new FieldType.Int(1, 9))
                .optional("score", new FieldType.Score()).optional("rating", new FieldType.OneOf(Set.of("D", "CD"))));
    }

    private SyncEntities() {}

    public static Optional<SyncEntity> find(String name) {
        return Optional.ofNullable(name).map(BY_NAME::get);
    }

    /** All entities, parents first. */
    public static List<SyncEntity> all() {
        return BY_NAME.values().stream().sorted(Comparator.comparingInt(SyncEntity::rank)).toList();
    }

    private static void add(Builder builder) {
        SyncEntity entity = builder.build();
        BY_NAME.put(entity.name(), entity);
    }

    private static Builder entity(String name, int rank) {
        return new Builder(name, rank);
    }

    private static final class Builder {
        private final String name;
        private final int rank;
        private final Map<String, FieldType> fields = new LinkedHashMap<>();
        private final java.util.Set<String> required = new java.util.HashSet<>();
        private List<String> key = List.of();

        Builder(String name, int rank) {
            this.name = name;
            this.rank = rank;
        }

        Builder field(String field, FieldType type) {
            fields.put(field, type);
            required.add(field);
            return this;
        }

        Builder optional(String field, FieldType type) {
            fields.put(field, type);
            return this;
        }

        Builder text(String field, int maxLength) {
            return field(field, new FieldType.Text(maxLength));
        }

        Builder ref(String field, String entity) {
            return field(field, new FieldType.Ref(entity));
        }

        Builder oneOf(String field, String... values) {
            return field(field, new FieldType.OneOf(Set.of(values)));
        }

        Builder key(String... fields) {
            key = List.of(fields);
            return this;
        }

        SyncEntity build() {
            return new SyncEntity(name, rank, fields, required, key);
        }
    }
}
