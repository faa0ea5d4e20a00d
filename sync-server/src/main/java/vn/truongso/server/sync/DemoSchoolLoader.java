package vn.truongso.server.sync;

import java.time.Clock;
import java.util.List;
import vn.truongso.core.demo.DemoRow;
import vn.truongso.core.demo.DemoSchoolData;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;

/**
 * Loads the demo school on the server — the very rows, ids and seed changes a PC creates for itself — so that
 * PCs can be enrolled against it and tried out together (README: the demo accounts and password).
 */
public final class DemoSchoolLoader {
    private DemoSchoolLoader() {}

    /** Creates the demo school (if this server has none) and loads its rows; returns it. */
    public static School load(ServerContext context, Clock clock) {
        School school = context.schools().find(DemoSchoolData.SCHOOL_ID).orElseGet(() ->
                context.schools().create(DemoSchoolData.SCHOOL_ID, DemoSchoolData.SCHOOL_CODE, DemoSchoolData.SCHOOL_NAME));
        // The demo password's one precomputed hash, as on every PC's demo school: the same rows everywhere.
        List<DemoRow> rows = DemoSchoolData.rows(clock, DemoSchoolData.SEED);
        new ServerChanges(context.database().dsl(), clock, new SchoolSignals())
                .load(school.id(), rows.stream().map(DemoRow::seedChange).toList());
        return context.schools().find(school.id()).orElseThrow();
    }
}
