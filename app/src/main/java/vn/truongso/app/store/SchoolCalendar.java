package vn.truongso.app.store;

import static vn.truongso.app.store.schema.Tables.SCHOOL_YEAR;

import java.time.LocalDate;
import org.jooq.DSLContext;
import vn.truongso.app.store.schema.tables.records.SchoolYearRecord;

/** Which school year is "now": the one whose dates contain today, else the latest that has started. */
public final class SchoolCalendar {
    private SchoolCalendar() {}

    public static SchoolYearRecord currentYear(DSLContext db, LocalDate today) {
        SchoolYearRecord containing = db.selectFrom(SCHOOL_YEAR)
                .where(SCHOOL_YEAR.STARTS_ON.le(today).and(SCHOOL_YEAR.ENDS_ON.ge(today))).fetchAny();
        if (containing != null) {
            return containing;
        }
        SchoolYearRecord latest = db.selectFrom(SCHOOL_YEAR).where(SCHOOL_YEAR.STARTS_ON.le(today))
                .orderBy(SCHOOL_YEAR.STARTS_ON.desc()).limit(1).fetchOne();
        return latest != null ? latest
                : db.selectFrom(SCHOOL_YEAR).orderBy(SCHOOL_YEAR.STARTS_ON).limit(1).fetchOne();
    }
}
