package vn.truongso.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT_HISTORY;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.AppServices;
import vn.truongso.app.gradebook.DemoFixture;

/**
 * A PC is killed (SIGKILL) while it applies a pulled page: on restart the page is there entirely or not at all —
 * cells, sync rows, history and cursor together — and pulling on from the cursor ends where an uninterrupted pull ends.
 */
class KillDuringPullTest {
    @TempDir
    Path dataDir;

    @Test
    void aPageIsAppliedWholeOrNotAtAllWhenThePcIsKilledDuringIt() throws Exception {
        Random random = new Random(20261124);
        int pages = 0;
        for (int run = 0; run < 3; run++) {
            int killAt = pages + 1 + random.nextInt(Math.max(1, PullingPc.PAGES - pages - 1));
            run(killAt);
            int now = checkWholePages();
            // Killed before the page's commit (it is not there) or right after it (it is): never anything between.
            assertThat(now).isBetween(killAt - 1, killAt);
            pages = now;
        }
        assertThat(run(-1)).contains("DONE");
        assertThat(checkWholePages()).isEqualTo(PullingPc.PAGES);
    }

    /** Checks that the store holds exactly the pages up to its cursor; returns how many. */
    private int checkWholePages() {
        try (AppServices app = DemoFixture.open(dataDir)) {
            LocalReplica replica = new LocalReplica(app.store());
            List<PullingPc.Cell> cells = PullingPc.cells(app);
            long cursor = replica.cursor();
            assertThat(cursor % cells.size()).as("the cursor is at a page boundary").isZero();
            int pages = (int) (cursor / cells.size());
            for (int i = 0; i < cells.size(); i++) {
                PullingPc.Cell cell = cells.get(i);
                var row = app.store().db().selectFrom(ASSESSMENT).where(ASSESSMENT.ID.eq(cell.id())).fetchOptional();
                if (pages == 0) {
                    assertThat(row).isEmpty();
                    assertThat(replica.workingState("assessment", cell.id())).isEmpty();
                    continue;
                }
                assertThat(row).get().satisfies(r -> {
                    assertThat(r.getScore()).isEqualByComparingTo(new BigDecimal(PullingPc.score(pages, cells.indexOf(cell))));
                    assertThat(r.getVersion()).isEqualTo(pages);
                });
                assertThat(replica.confirmedState("assessment", cell.id()).orElseThrow().getValue())
                        .isEqualTo(PullingPc.serverSeq(pages, i, cells.size()));
                assertThat(app.store().db().fetchCount(ASSESSMENT_HISTORY, ASSESSMENT_HISTORY.ASSESSMENT_ID.eq(cell.id())))
                        .isEqualTo(pages);
            }
            return pages;
        }
    }

    /** Runs the pulling PC; kills it the moment it announces page {@code killAtPage} (never when negative). */
    private List<String> run(int killAtPage) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", PullingPc.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.equals("APPLYING " + killAtPage)) {
                    process.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
                    break;
                }
            }
        }
        process.waitFor();
        assertThat(lines).noneMatch(line -> line.startsWith("PARTIAL"));
        return lines;
    }
}
