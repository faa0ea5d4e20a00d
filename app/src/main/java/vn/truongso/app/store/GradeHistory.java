package vn.truongso.app.store;

import static vn.truongso.app.store.schema.Tables.ASSESSMENT_HISTORY;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Head;
import vn.truongso.core.sync.Hlc;
import vn.truongso.core.sync.RowState;

/**
 * The lines of a grade's history ({@code assessment_history}): one per change of its shown value on this PC.
 *
 * <p>A grade that arrives from the server (a snapshot, or a pull of a grade new to this PC) gets no line for its
 * first value: the grade row itself — value, {@code updated_by}, {@code updated_at} — says the same until the grade
 * changes here. A first sync brings tens of thousands of grades, most never changed again on this PC, and their
 * lines doubled what it had to write. So the first value's line is written when it is about to be replaced
 * ({@link #withoutLines}, {@link #firstLine}), and a history read shows the row as that line while there is none.
 */
public final class GradeHistory {
    /** The PC of a first value that came from the server: the history does not know which one made it. */
    public static final UUID UNKNOWN_DEVICE = new UUID(0, 0);

    private static final int CHUNK = 1_000;

    private GradeHistory() {}

    /** Of these grades, the ones without a single history line yet. */
    public static Set<UUID> withoutLines(DSLContext db, Collection<UUID> gradeIds) {
        Set<UUID> without = new HashSet<>(gradeIds);
        List<UUID> ids = List.copyOf(gradeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            db.selectDistinct(ASSESSMENT_HISTORY.ASSESSMENT_ID).from(ASSESSMENT_HISTORY)
                    .where(ASSESSMENT_HISTORY.ASSESSMENT_ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .forEach(r -> without.remove(r.value1()));
        }
        return without;
    }

    /**
     * The line of a grade's current value, written just before that value is first replaced on this PC, as the
     * values of a history insert: id, assessment_id, old_value, new_value, version, changed_by, device_id,
     * changed_at.
     */
    public static Object[] firstLine(UUID gradeId, String valueText, long version, UUID by, OffsetDateTime at,
                                     RowState state) {
        return new Object[] {Ids.newId(at.toInstant().toEpochMilli()), gradeId, null, valueText, version, by,
                deviceOf(state), at};
    }

    /** The PC that made the grade's shown value, as its sync state says ({@link #UNKNOWN_DEVICE} without one). */
    static UUID deviceOf(RowState state) {
        if (state == null) {
            return UNKNOWN_DEVICE;
        }
        return Stream.of("score", "rating").map(state::winner).flatMap(Optional::stream)
                .max(Comparator.comparing(head -> Hlc.parse(head.hlc()))).map(Head::device).orElse(UNKNOWN_DEVICE);
    }

    /** Writes one line made by {@link #firstLine}. */
    public static void insert(DSLContext db, Object[] line) {
        db.insertInto(ASSESSMENT_HISTORY)
                .columns(ASSESSMENT_HISTORY.ID, ASSESSMENT_HISTORY.ASSESSMENT_ID, ASSESSMENT_HISTORY.OLD_VALUE,
                        ASSESSMENT_HISTORY.NEW_VALUE, ASSESSMENT_HISTORY.VERSION, ASSESSMENT_HISTORY.CHANGED_BY,
                        ASSESSMENT_HISTORY.DEVICE_ID, ASSESSMENT_HISTORY.CHANGED_AT)
                .values(Arrays.asList(line)).execute();
    }
}
