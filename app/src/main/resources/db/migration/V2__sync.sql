-- Trường Số local store, schema 2: the local replica of the sync protocol (docs/sync-protocol.md §6).
-- Every synced row has a sync_row; every local write changes the row's working state and appends its change to
-- the outbox in the same transaction; a pulled page changes confirmed states, working states, the domain tables
-- and the cursor in one transaction.

-- Per row: the confirmed state (what the server sent, or the demo seed, with the last server sequence it
-- includes) and the working state = confirmed + this PC's outbox changes of the row not yet pulled back.
-- States are core RowState JSON (ProtocolJson). working_json NULL = the same as confirmed (most rows: saves space).
-- conflicted: the working state has fields with several different heads, or the row could not be written to its
-- table as it is (problem says why): what the conflicts screen lists, kept in an indexed column so that counting
-- it is cheap.
CREATE TABLE sync_row (
    entity         VARCHAR(40)  NOT NULL,
    row_id         UUID         NOT NULL,
    confirmed_json VARCHAR(1000000),
    confirmed_seq  BIGINT       NOT NULL DEFAULT 0,
    working_json   VARCHAR(1000000),
    conflicted     BOOLEAN      NOT NULL DEFAULT FALSE,
    problem        VARCHAR(1000),
    PRIMARY KEY (entity, row_id),
    CHECK (confirmed_json IS NOT NULL OR working_json IS NOT NULL)
);
CREATE INDEX sync_row_conflicted ON sync_row (conflicted);

-- The outbox holds core Changes. device_seq is the change's seq; it comes from sync_state.next_seq in the
-- capturing transaction, not from an identity column: an identity value is used up by a transaction that rolls
-- back, and a gap in a device's sequence stops its push at the server (protocol §4). A change stays here,
-- ACCEPTED with its server_seq once the server took it, until the pull brings it back into the confirmed state.
-- Changes of schema 1 were never sent anywhere (there was no sync) and are in the old format: they are dropped.
DROP TABLE outbox;
CREATE TABLE outbox (
    change_id   UUID          PRIMARY KEY,
    device_seq  BIGINT        NOT NULL,
    entity      VARCHAR(40)   NOT NULL,
    row_id      UUID          NOT NULL,
    change_json VARCHAR(1000000) NOT NULL,
    status      VARCHAR(8)    NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED')),
    server_seq  BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outbox_by_status ON outbox (status, device_seq);
CREATE INDEX outbox_by_row ON outbox (row_id, device_seq);

-- Changes the server refused: shown to the person who made them until dismissed.
CREATE TABLE sync_refusal (
    change_id    UUID          PRIMARY KEY,
    device_seq   BIGINT        NOT NULL,
    entity       VARCHAR(40)   NOT NULL,
    row_id       UUID          NOT NULL,
    change_json  VARCHAR(1000000) NOT NULL,
    reason       VARCHAR(60)   NOT NULL,
    message      VARCHAR(1000),
    author_id    UUID,
    refused_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    dismissed_at TIMESTAMP WITH TIME ZONE
);

-- The replica's counters, one row, locked by every capture and every applied page (one order of locks: no deadlock).
-- next_seq: the device sequence number of the next captured change; hlc: the last HLC reading (text form);
-- pull_cursor: the server sequence pulled up to; acked_seq: the highest device sequence the server has processed;
-- snapshot_at / snapshot_after: a snapshot being loaded, its sequence and where its next page starts (JSON);
-- awaiting_school: the local school was wiped for enrolment and the server's has not been loaded yet (so the
-- app does not seed the demo school again).
CREATE TABLE sync_state (
    id              TINYINT      PRIMARY KEY CHECK (id = 1),
    next_seq        BIGINT       NOT NULL,
    hlc             VARCHAR(40)  NOT NULL,
    pull_cursor     BIGINT       NOT NULL,
    acked_seq       BIGINT       NOT NULL,
    snapshot_at     BIGINT,
    snapshot_after  VARCHAR(1000),
    awaiting_school BOOLEAN      NOT NULL
);
INSERT INTO sync_state (id, next_seq, hlc, pull_cursor, acked_seq, awaiting_school)
VALUES (1, 1, '0-0000', 0, 0, FALSE);

-- Grade history outlives its cell: a cell deleted through sync keeps its history (who, which PC, when, old, new),
-- so the reference to assessment goes. H2 named that constraint itself, hence the copy.
CREATE TABLE assessment_history_v2 (
    id            UUID PRIMARY KEY,
    assessment_id UUID        NOT NULL,
    old_value     VARCHAR(4),
    new_value     VARCHAR(4),
    version       BIGINT      NOT NULL,
    changed_by    UUID        NOT NULL REFERENCES staff (id),
    device_id     UUID        NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO assessment_history_v2 SELECT id, assessment_id, old_value, new_value, version, changed_by, device_id,
    changed_at FROM assessment_history;
DROP TABLE assessment_history;
ALTER TABLE assessment_history_v2 RENAME TO assessment_history;
CREATE INDEX assessment_history_by_cell ON assessment_history (assessment_id, changed_at);
