package vn.truongso.server.school;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A school served by this server. {@code lastSeq} is its last server sequence number (docs/sync-protocol.md §4). */
public record School(UUID id, String code, String name, long lastSeq, OffsetDateTime createdAt) {}
