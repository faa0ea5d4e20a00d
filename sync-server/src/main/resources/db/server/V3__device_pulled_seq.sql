-- How far each device has pulled the change log: a tombstone may be purged only once every active device has
-- pulled past it (DESIGN §3.3), or a PC would never learn of the delete.
ALTER TABLE device ADD COLUMN pulled_seq BIGINT DEFAULT 0 NOT NULL;
