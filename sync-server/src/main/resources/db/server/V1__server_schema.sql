-- The sync server's schema. Runs unchanged on H2 2.3 and PostgreSQL 16+: only types both know by the same name
-- (UUID, BIGINT, BOOLEAN, VARCHAR(n), BYTEA, TIMESTAMP WITH TIME ZONE), no identity columns, no partial indexes.

-- One school. last_seq is the school's last server sequence number; a push transaction locks this row
-- (SELECT ... FOR UPDATE), so the numbers stay gapless even with several server instances on one database.
CREATE TABLE school (
    id          UUID                     NOT NULL PRIMARY KEY,
    code        VARCHAR(20)              NOT NULL UNIQUE,
    name        VARCHAR(200)             NOT NULL,
    last_seq    BIGINT                   NOT NULL DEFAULT 0,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The school's certificate authority. The private key (PKCS#8) is encrypted with the server's master key, which
-- never lives in the database.
CREATE TABLE school_ca (
    school_id   UUID   NOT NULL PRIMARY KEY REFERENCES school (id),
    certificate BYTEA  NOT NULL,
    private_key BYTEA  NOT NULL,
    next_serial BIGINT NOT NULL,
    crl_number  BIGINT NOT NULL
);

-- An enrolled PC. Tokens are stored only as SHA-256 hashes (hex).
CREATE TABLE device (
    id                  UUID                     NOT NULL PRIMARY KEY,
    school_id           UUID                     NOT NULL REFERENCES school (id),
    name                VARCHAR(100)             NOT NULL,
    certificate         BYTEA                    NOT NULL,
    status              VARCHAR(12)              NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED', 'SUSPENDED')),
    acked_seq           BIGINT                   NOT NULL,
    token_hash          VARCHAR(64),
    previous_token_hash VARCHAR(64),
    token_used          BOOLEAN                  NOT NULL DEFAULT FALSE,
    enrolled_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at        TIMESTAMP WITH TIME ZONE,
    revoked_at          TIMESTAMP WITH TIME ZONE,
    revoke_reason       VARCHAR(200),
    clock_skew_ms       BIGINT
);
CREATE INDEX device_school ON device (school_id);

-- One-time enrolment codes, stored only as SHA-256 hashes (hex).
CREATE TABLE enrolment_code (
    code_hash  VARCHAR(64)              NOT NULL PRIMARY KEY,
    school_id  UUID                     NOT NULL REFERENCES school (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    device_id  UUID
);

-- The merged state of every row (docs/sync-protocol.md §3), and the server sequence that last changed it.
CREATE TABLE row_state (
    entity     VARCHAR(40)      NOT NULL,
    row_id     UUID             NOT NULL,
    school_id  UUID             NOT NULL,
    state_json VARCHAR(1000000) NOT NULL,
    row_seq    BIGINT           NOT NULL,
    PRIMARY KEY (entity, row_id)
);
CREATE INDEX row_state_school_entity_row ON row_state (school_id, entity, row_id);
CREATE INDEX row_state_school_seq ON row_state (school_id, row_seq);

-- Every accepted change, in the school's server sequence (pull reads it by cursor). device_id and device_seq are
-- empty for a change the server itself makes (an administrator's command).
CREATE TABLE change_log (
    school_id   UUID                     NOT NULL,
    server_seq  BIGINT                   NOT NULL,
    change_id   UUID                     NOT NULL UNIQUE,
    device_id   UUID,
    device_seq  BIGINT,
    entity      VARCHAR(40),
    row_id      UUID,
    change_json VARCHAR(1000000)         NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (school_id, server_seq)
);
CREATE INDEX change_log_device_seq ON change_log (device_id, device_seq);

-- Changes that failed their checks: processed (they never block the ones behind them), never applied.
CREATE TABLE quarantine (
    change_id   UUID                     NOT NULL PRIMARY KEY,
    school_id   UUID,
    device_id   UUID,
    device_seq  BIGINT,
    change_json VARCHAR(1000000),
    reason      VARCHAR(40),
    message     VARCHAR(500),
    received_at TIMESTAMP WITH TIME ZONE,
    resolved_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX quarantine_device_seq ON quarantine (device_id, device_seq);
