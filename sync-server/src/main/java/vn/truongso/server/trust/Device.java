package vn.truongso.server.trust;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An enrolled PC as the admin sees it (no certificate, no token hashes). */
public record Device(UUID id, UUID schoolId, String name, DeviceStatus status, long ackedSeq,
                     OffsetDateTime enrolledAt, OffsetDateTime lastSeenAt, OffsetDateTime revokedAt,
                     String revokeReason, Long clockSkewMs) {}
