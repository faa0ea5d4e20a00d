package vn.truongso.systemtests.bench;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sync benchmarks (DESIGN §6, issue item 7), each printing our figure, a reference measured in the same run
 * on the same machine, the ratio and whether the target is met, then a summary table:
 * <ol>
 *   <li>first sync of a 2,000-student school to a fresh PC vs a batched JDBC insert of the same rows into H2;</li>
 *   <li>one grade edited on PC A visible on PC B (p99 on loopback) vs a bare HTTP round trip to /health;</li>
 *   <li>200 schools pushing at once to a server on PostgreSQL vs a batched JDBC insert of the same rows;</li>
 *   <li>a school day of changes (2,000 edits) pushed and pulled back over a 64 kbit/s, 300 ms, 2 % loss line.</li>
 * </ol>
 * Run: {@code ./mvnw -q -pl system-tests -am -Psync-bench -DskipTests verify}; {@code -Dbench.only=1,3} runs some.
 */
public final class SyncBenchmarks {
    static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));

    private SyncBenchmarks() {}

    public static void main(String[] args) throws Exception {
        Set<String> only = Set.of(System.getProperty("bench.only", "1,2,3,4").split(","));
        System.out.println("Trường Số sync benchmarks — " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        List<Report> reports = new ArrayList<>();
        if (only.contains("1")) {
            reports.add(run("1. first sync", () -> FirstSyncBench.run(CLOCK)));
        }
        if (only.contains("2")) {
            reports.add(run("2. grade A to B", () -> GradeLatencyBench.run(CLOCK)));
        }
        if (only.contains("3")) {
            reports.add(run("3. many schools pushing at once", () -> ManySchoolsPushBench.run(CLOCK)));
        }
        if (only.contains("4")) {
            reports.add(run("4. poor line", () -> PoorLineBench.run(CLOCK)));
        }
        Report.table(reports);
        System.exit(reports.stream().anyMatch(r -> r.ours().startsWith("FAILED")) ? 1 : 0);
    }

    private interface Bench {
        Report run() throws Exception;
    }

    private static Report run(String name, Bench bench) {
        Report report;
        try {
            report = bench.run();
        } catch (Throwable e) {
            e.printStackTrace();
            report = Report.failed(name, e);
        }
        report.print();
        return report;
    }
}
