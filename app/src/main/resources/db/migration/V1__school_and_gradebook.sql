-- Trường Số local store, schema 1: the school, its people, classes and the gradebook.
-- Ids are UUIDs created offline (UUIDv7, or derived from a natural key where one exists) so that PCs never
-- need to coordinate to create rows; see DESIGN §3.1. No id contains the school.

CREATE TABLE school (
    id          UUID PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL UNIQUE,          -- mã trường in the sector database
    name        VARCHAR(200) NOT NULL,
    province    VARCHAR(100) NOT NULL,
    district    VARCHAR(100),
    school_level VARCHAR(20) NOT NULL CHECK (school_level IN ('PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY'))
);

CREATE TABLE staff (
    id            UUID PRIMARY KEY,
    school_id     UUID         NOT NULL REFERENCES school (id),
    username      VARCHAR(50)  NOT NULL UNIQUE,
    full_name     VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,                -- Argon2id, PHC string format
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    staff_code    VARCHAR(12)                           -- mã định danh of the teacher, when known
);

CREATE TABLE staff_role (
    staff_id UUID        NOT NULL REFERENCES staff (id),
    role     VARCHAR(20) NOT NULL CHECK (role IN ('ADMIN', 'PRINCIPAL', 'TEACHER', 'HOMEROOM', 'CLERK')),
    PRIMARY KEY (staff_id, role)
);

CREATE TABLE school_year (
    id        UUID PRIMARY KEY,
    school_id UUID       NOT NULL REFERENCES school (id),
    name      VARCHAR(9) NOT NULL,                      -- '2026-2027'
    starts_on DATE       NOT NULL,
    ends_on   DATE       NOT NULL,
    UNIQUE (school_id, name)
);

CREATE TABLE term (
    id             UUID PRIMARY KEY,
    school_year_id UUID     NOT NULL REFERENCES school_year (id),
    term_number    SMALLINT NOT NULL CHECK (term_number IN (1, 2)),
    locked         BOOLEAN  NOT NULL DEFAULT FALSE,
    locked_by      UUID REFERENCES staff (id),
    locked_at      TIMESTAMP WITH TIME ZONE,
    UNIQUE (school_year_id, term_number)
);

CREATE TABLE subject (
    id              UUID PRIMARY KEY,
    school_id       UUID         NOT NULL REFERENCES school (id),
    code            VARCHAR(20)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    assessment_mode VARCHAR(10)  NOT NULL CHECK (assessment_mode IN ('SCORE', 'COMMENT')),
    sort_order      INT          NOT NULL,
    UNIQUE (school_id, code)
);

CREATE TABLE school_class (
    id                  UUID PRIMARY KEY,
    school_year_id      UUID        NOT NULL REFERENCES school_year (id),
    name                VARCHAR(20) NOT NULL,            -- '10A1'
    grade_level         SMALLINT    NOT NULL CHECK (grade_level BETWEEN 1 AND 12),
    homeroom_teacher_id UUID REFERENCES staff (id),
    UNIQUE (school_year_id, name)
);

-- The subjects a class takes, with periods per year: at upper secondary the set depends on the electives,
-- and periods can differ by grade (Công nghệ 9: 52), so this is per class, not per grade level.
CREATE TABLE class_subject (
    class_id         UUID NOT NULL REFERENCES school_class (id),
    subject_id       UUID NOT NULL REFERENCES subject (id),
    periods_per_year INT  NOT NULL CHECK (periods_per_year > 0),
    PRIMARY KEY (class_id, subject_id)
);

CREATE TABLE teaching_assignment (
    id         UUID PRIMARY KEY,
    staff_id   UUID NOT NULL REFERENCES staff (id),
    class_id   UUID NOT NULL REFERENCES school_class (id),
    subject_id UUID NOT NULL REFERENCES subject (id),
    UNIQUE (class_id, subject_id, staff_id)
);

CREATE TABLE student (
    id             UUID PRIMARY KEY,
    school_id      UUID         NOT NULL REFERENCES school (id),
    student_code   VARCHAR(12)  NOT NULL UNIQUE,          -- mã định danh cá nhân (12 digits)
    full_name      VARCHAR(100) NOT NULL,
    date_of_birth  DATE         NOT NULL,
    gender         VARCHAR(6)   NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    ethnicity      VARCHAR(50)  NOT NULL,                 -- sensitive personal data (Decree 356/2025)
    nationality    VARCHAR(50)  NOT NULL DEFAULT 'Việt Nam',
    place_of_birth VARCHAR(200),
    home_town      VARCHAR(200),
    address        VARCHAR(300),
    father_name    VARCHAR(100),
    mother_name    VARCHAR(100),
    guardian_name  VARCHAR(100)
);

CREATE TABLE enrolment (
    id          UUID PRIMARY KEY,                        -- derived from (student, class)
    student_id  UUID NOT NULL REFERENCES student (id),
    class_id    UUID NOT NULL REFERENCES school_class (id),
    roll_number INT  NOT NULL,
    enrolled_on DATE NOT NULL,
    UNIQUE (student_id, class_id)
);

-- One gradebook cell. Its id is derived from the natural key (student, subject, term, kind, seq) so that two
-- PCs entering "the same" cell offline create one row. A cleared cell keeps its row with both values NULL.
CREATE TABLE assessment (
    id         UUID PRIMARY KEY,
    student_id UUID         NOT NULL REFERENCES student (id),
    subject_id UUID         NOT NULL REFERENCES subject (id),
    term_id    UUID         NOT NULL REFERENCES term (id),
    kind       VARCHAR(2)   NOT NULL CHECK (kind IN ('TX', 'GK', 'CK')),
    seq        SMALLINT     NOT NULL CHECK (seq BETWEEN 1 AND 9),
    score      DECIMAL(3, 1) CHECK (score BETWEEN 0 AND 10),
    rating     VARCHAR(2) CHECK (rating IN ('D', 'CD')),
    version    BIGINT       NOT NULL,
    updated_by UUID         NOT NULL REFERENCES staff (id),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (score IS NULL OR rating IS NULL),
    UNIQUE (student_id, subject_id, term_id, kind, seq)
);

-- Append-only: who changed which cell, from which PC, when, old -> new.
CREATE TABLE assessment_history (
    id            UUID PRIMARY KEY,
    assessment_id UUID        NOT NULL REFERENCES assessment (id),
    old_value     VARCHAR(4),
    new_value     VARCHAR(4),
    version       BIGINT      NOT NULL,
    changed_by    UUID        NOT NULL REFERENCES staff (id),
    device_id     UUID        NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assessment_history_by_cell ON assessment_history (assessment_id, changed_at);

-- Every local write appends its change here in the same transaction (DESIGN §2); sync drains it.
CREATE TABLE outbox (
    device_seq  BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    change_id   UUID         NOT NULL UNIQUE,
    entity      VARCHAR(40)  NOT NULL,
    entity_id   UUID         NOT NULL,
    operation   VARCHAR(10)  NOT NULL CHECK (operation IN ('UPSERT', 'DELETE')),
    fields_json VARCHAR(100000) NOT NULL,
    base_version BIGINT,
    author_id   UUID,
    device_id   UUID         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who read or changed personal data (Law 91/2025): one row per action.
CREATE TABLE access_log (
    id        UUID PRIMARY KEY,
    staff_id  UUID         NOT NULL REFERENCES staff (id),
    action    VARCHAR(40)  NOT NULL,
    subject   VARCHAR(200) NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE local_setting (
    name          VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);
