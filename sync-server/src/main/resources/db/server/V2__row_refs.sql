-- The few references the server must look up backwards when it checks a change: a student's enrolments (to find
-- her class in a term's year) and a class's teaching assignments (to find who teaches which subject there).
-- Kept in the same transaction as row_state, from the rows' current values. Other references need no index.
CREATE TABLE row_ref (
    school_id UUID        NOT NULL,
    entity    VARCHAR(40) NOT NULL,
    field     VARCHAR(40) NOT NULL,
    target_id UUID        NOT NULL,
    row_id    UUID        NOT NULL,
    PRIMARY KEY (entity, field, row_id)
);
CREATE INDEX row_ref_lookup ON row_ref (school_id, entity, field, target_id);
