package vn.truongso.app.gradebook;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a cell's history: who, from which PC, when, old → new (texts as typed; null = empty). */
public record CellChange(String changedByName, UUID deviceId, OffsetDateTime changedAt, String oldValue,
                         String newValue, long version) {}
