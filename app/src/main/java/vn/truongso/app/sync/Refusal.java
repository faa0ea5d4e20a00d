package vn.truongso.app.sync;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A change of this PC that the server refused (docs/sync-protocol.md §4): shown to the person who made it until
 * dismissed. The row was recomputed without it, so the tables show the server's value again.
 *
 * @param fields the values the change tried to write (null = empty); empty for a delete
 * @param reason the server's reason code, e.g. TERM_LOCKED, NOT_ASSIGNED
 */
public record Refusal(UUID changeId, long deviceSeq, String entity, UUID rowId, String label, boolean delete,
                      Map<String, String> fields, String reason, String message, UUID authorId,
                      OffsetDateTime refusedAt) {}
