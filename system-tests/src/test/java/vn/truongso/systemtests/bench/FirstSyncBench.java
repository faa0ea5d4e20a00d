package vn.truongso.systemtests.bench;

import static vn.truongso.server.db.schema.Tables.ROW_STATE;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import okhttp3.OkHttpClient;
import vn.truongso.app.store.LocalStore;
import vn.truongso.app.store.schema.Tables;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.core.sync.FieldType;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.core.sync.SyncEntity;
import vn.truongso.server.school.School;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestServer;

/**
 * Benchmark 1: the first sync of a 2,000-student school to a fresh PC — enrolment, the whole snapshot page by page,
 * and the pull after it — in rows per second, against the same rows inserted with JDBC batches into a fresh H2 file
 * of the app's store (same encryption and settings: it is a {@link LocalStore} opened on an empty folder).
 * Target (DESIGN §6): at least 50 % of the reference rate.
 */
final class FirstSyncBench {
    private static final int RUNS = Integer.getInteger("bench.firstSync.runs", 3);
    private static final int BATCH = 1_000;

    private FirstSyncBench() {}

    static Report run(Clock clock) throws Exception {
        try (TestServer server = TestServer.start(DatabaseKind.H2)) {
            School school = server.newSchool();
            long setup = System.nanoTime();
            BenchSchool large = BenchSchool.large(school).writeTo(server.context());
            int rows = server.context().database().dsl().fetchCount(ROW_STATE, ROW_STATE.SCHOOL_ID.eq(school.id()));
            long assessments = large.rows().stream().filter(r -> r.row().entity().equals("assessment")).count();
            System.out.printf(Locale.ROOT, "first sync: %d classes, %d students, %d rows (%d grades) written on the"
                            + " server in %.1f s%n", large.classes().size(),
                    large.classes().stream().mapToInt(c -> c.students().size()).sum(), rows, assessments,
                    (System.nanoTime() - setup) / 1e9);
            OkHttpClient http = SyncClient.defaultHttp();
            String url = server.server().baseUri().toString();
            List<Long> ours = new ArrayList<>();
            List<Long> reference = new ArrayList<>();
            // One unmeasured round of each first: class loading and the JIT are not what is measured.
            for (int run = -1; run < RUNS; run++) {
                Path dir = Files.createTempDirectory("truongso-bench-pc");
                BenchPc pc = BenchPc.createEmpty(dir, clock, http);
                String code = server.newEnrolmentCode(school);
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                pc.enrol(url, code, "PC " + run);
                pc.sync();
                long nanos = System.nanoTime() - start;
                long cpuNanos = processCpuNanos() - cpuStart;
                int shown = pc.app().store().db().fetchCount(Tables.ASSESSMENT);
                if (shown != assessments) {
                    throw new IllegalStateException("the PC shows " + shown + " grades of " + assessments);
                }
                pc.discard();
                long referenceCpuStart = processCpuNanos();
                long referenceNanos = referenceInsert(large, clock);
                long referenceCpuNanos = processCpuNanos() - referenceCpuStart;
                // CPU seconds of the whole process (server, PC, JIT, GC) beside the wall time: on a busy machine
                // they tell what the work costs when the wall clock also counts waiting for a core.
                System.out.printf(Locale.ROOT, "  %s: first sync %.2f s (%.0f rows/s, %.1f s CPU) | reference insert"
                                + " %.2f s (%.0f rows/s, %.1f s CPU)%n", run < 0 ? "warm-up" : "run " + (run + 1),
                        nanos / 1e9, rows / (nanos / 1e9), cpuNanos / 1e9, referenceNanos / 1e9,
                        rows / (referenceNanos / 1e9), referenceCpuNanos / 1e9);
                if (run >= 0) {
                    ours.add(nanos);
                    reference.add(referenceNanos);
                }
            }
            double oursRate = rows / (Report.percentile(ours, 50) / 1e9);
            double referenceRate = rows / (Report.percentile(reference, 50) / 1e9);
            double ratio = oursRate / referenceRate;
            return Report.of("1. first sync, 2,000 students (" + rows + " rows), median of " + RUNS,
                    String.format(Locale.ROOT, "%.0f rows/s (%.2f s, enrol → snapshot loaded)", oursRate,
                            Report.percentile(ours, 50) / 1e9),
                    String.format(Locale.ROOT, "%.0f rows/s (%.2f s, JDBC batches of %d into a fresh encrypted H2)",
                            referenceRate, Report.percentile(reference, 50) / 1e9, BATCH),
                    ratio, ">= 0.50 of reference rate", ratio >= 0.5);
        }
    }

    /**
     * The same rows into the app's domain tables of a fresh store, as plain JDBC: one prepared INSERT per table,
     * values typed as the columns are, batches of {@link #BATCH} rows, each batch committed (as each snapshot page
     * is). Returns the time of the inserts and commits only.
     */
    static long referenceInsert(BenchSchool school, Clock clock) throws Exception {
        Path dir = Files.createTempDirectory("truongso-bench-ref");
        try (LocalStore store = LocalStore.open(dir, clock)) {
            Map<String, List<BenchSchool.AuthoredRow>> byEntity = new LinkedHashMap<>();
            school.rows().forEach(r -> byEntity.computeIfAbsent(r.row().entity(), e -> new ArrayList<>()).add(r));
            OffsetDateTime now = OffsetDateTime.now(clock);
            return store.db().connectionResult(connection -> {
                try {
                    connection.setAutoCommit(false);
                    long start = System.nanoTime();
                    for (var entry : byEntity.entrySet()) {
                        insert(connection, SyncEntities.find(entry.getKey()).orElseThrow(), entry.getValue(), now);
                    }
                    return System.nanoTime() - start;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            BenchPc.deleteTree(dir);
        }
    }

    private static void insert(Connection connection, SyncEntity entity, List<BenchSchool.AuthoredRow> rows,
                               OffsetDateTime now) throws Exception {
        boolean hasId = entity.keyFields().isEmpty();
        boolean grade = entity.name().equals("assessment");
        List<String> fields = new ArrayList<>(entity.fields().keySet());
        List<String> columns = new ArrayList<>();
        if (hasId) {
            columns.add("id");
        }
        columns.addAll(fields);
        if (grade) {
            columns.addAll(List.of("version", "updated_by", "updated_at"));
        }
        String sql = "INSERT INTO " + entity.name() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int inBatch = 0;
            for (BenchSchool.AuthoredRow row : rows) {
                int i = 1;
                if (hasId) {
                    insert.setObject(i++, row.row().id());
                }
                for (String field : fields) {
                    insert.setObject(i++, typed(entity.fields().get(field), row.row().fields().get(field)));
                }
                if (grade) {
                    insert.setLong(i++, 1);
                    insert.setObject(i++, row.author());
                    insert.setObject(i, now);
                }
                insert.addBatch();
                if (++inBatch == BATCH) {
                    insert.executeBatch();
                    connection.commit();
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                insert.executeBatch();
                connection.commit();
            }
        }
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Object typed(FieldType type, String value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case FieldType.Ref ignored -> UUID.fromString(value);
            case FieldType.Int ignored -> Integer.valueOf(value);
            case FieldType.Score ignored -> new BigDecimal(value);
            case FieldType.Bool ignored -> Boolean.valueOf(value);
            case FieldType.Date ignored -> LocalDate.parse(value);
            case FieldType.Timestamp ignored -> OffsetDateTime.parse(value);
            default -> value;
        };
    }
}
