package vn.truongso.server.sync;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.truongso.core.sync.RowState;

/** The rows of one school as the server holds them, for checking a change. Nothing outside the school is visible. */
interface SchoolRows {
    UUID schoolId();

    /** The row's state, if it exists in this school. */
    Optional<RowState> find(String entity, UUID id);

    /** Whether the row exists but belongs to another school. */
    boolean belongsToAnotherSchool(String entity, UUID id);

    /** Ids of this school's rows of {@code entity} whose {@code field} currently refers to {@code target}. */
    List<UUID> referring(String entity, String field, UUID target);
}
