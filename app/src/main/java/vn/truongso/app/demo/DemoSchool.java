package vn.truongso.app.demo;

import static vn.truongso.app.store.schema.Tables.SCHOOL;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.truongso.app.sync.LocalReplica;
import vn.truongso.core.demo.DemoRow;
import vn.truongso.core.demo.DemoSchoolData;
import vn.truongso.core.sync.Protocol;

/**
 * The demo school (core's {@link DemoSchoolData}: "Trường THCS và THPT Bắc Hà", Lào Cai, eight classes, twenty staff,
 * term I half graded) seeded into a store the way a snapshot from the server is loaded: every generated row becomes
 * a confirmed sync row whose state is its seed state (one creation change with a derived id, sequence 0), and the
 * generic applier writes the tables from it — grade history included. A sync server that loads the same generator
 * holds the same states, so edits made to the demo school merge there as they do here; enrolling a PC in a real
 * school wipes it ({@link LocalReplica#resetForEnrolment}).
 */
public final class DemoSchool {

    /** The one password of every demo account. */
    public static final String PASSWORD = DemoSchoolData.PASSWORD;
    /** The seed of {@link #seedInto(DSLContext, Clock)}. */
    public static final long SEED = DemoSchoolData.SEED;
    /** The device named in the seeded grade history: no real PC. */
    public static final UUID DEVICE_ID = DemoRow.SEED_DEVICE;

    public static final String SCHOOL_NAME = DemoSchoolData.SCHOOL_NAME;
    public static final String SCHOOL_CODE = DemoSchoolData.SCHOOL_CODE;
    public static final String PROVINCE = DemoSchoolData.PROVINCE;
    public static final String PROVINCE_CODE = DemoSchoolData.PROVINCE_CODE;
    public static final ZoneId ZONE = DemoSchoolData.ZONE;

    /** Every staff account: administration first, then gv.toan and gv.van, then the other teachers. */
    public static final List<DemoAccount> ACCOUNTS = DemoSchoolData.STAFF.stream()
            .map(s -> new DemoAccount(s.username(), PASSWORD, s.fullName(), s.roles(), s.duty())).toList();
    public static final DemoAccount ADMIN = account("admin");
    public static final DemoAccount PRINCIPAL = account("hieutruong");
    public static final DemoAccount CLERK = account("giaovu");
    /** Teaches Toán in 9A1, 10A1, 10A2, 11A1 and is the homeroom teacher of 10A1. */
    public static final DemoAccount MATH_TEACHER = account("gv.toan");
    /** Teaches Ngữ văn in 10A1, 10A2, 11A1, 12A1 and is the homeroom teacher of 10A2. */
    public static final DemoAccount LITERATURE_TEACHER = account("gv.van");
    /** The class to demo: 10A1's Toán has TX1 and TX2 entered and the mid-term column still empty. */
    public static final String DEMO_CLASS = DemoSchoolData.DEMO_CLASS;

    /** The class names, lowest grade first. */
    public static final List<String> CLASS_NAMES = DemoSchoolData.CLASS_NAMES;

    private DemoSchool() {}

    public static DemoAccount account(String username) {
        return ACCOUNTS.stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo account " + username));
    }

    /** The first calendar year of the school year that {@code day} falls in; a school year starts in September. */
    public static int schoolYearStart(LocalDate day) {
        return DemoSchoolData.schoolYearStart(day);
    }

    /** Seeds the demo school with {@link #SEED}; see {@link #seedInto(DSLContext, Clock, long)}. */
    public static void seedInto(DSLContext db, Clock clock) {
        seedInto(db, clock, SEED);
    }

    /**
     * Writes the demo school into an empty, migrated store, its sync rows included. The caller runs this inside a
     * transaction. The school year is the one {@code clock}'s date (in Vietnam) falls in; timestamps are written in
     * the clock's zone; the same seed gives the same school with the same ids.
     *
     * @throws IllegalStateException if the store already holds a school
     */
    public static void seedInto(DSLContext db, Clock clock, long seed) {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(clock, "clock");
        if (db.fetchExists(SCHOOL)) {
            throw new IllegalStateException("the demo school is seeded into an empty store only");
        }
        // Every account has the demo password's one precomputed hash (DemoSchoolData.PASSWORD_HASH), the same as on
        // the server's demo school: rows of one seed version hold one value everywhere.
        List<Protocol.SnapshotRow> rows = DemoSchoolData.rows(clock, seed).parallelStream()
                .map(row -> new Protocol.SnapshotRow(row.entity(), row.id(), row.seedState(), 0)).toList();
        LocalReplica.confirmRows(db, clock.getZone(), rows);
    }
}
