package vn.truongso.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.gradebook.GradebookRef;
import vn.truongso.app.gradebook.StudentRow;
import vn.truongso.core.grading.AssessmentValue;

/** The app is killed (SIGKILL) right after it accepted a cell: on restart the cell is there. */
class KillAfterSaveTest {
    @TempDir
    Path dataDir;

    @Test
    void everyAcceptedCellSurvivesAKillAtARandomMoment() throws Exception {
        Random random = new Random(20261123);
        Map<Integer, String> lastAnnounced = new HashMap<>();
        for (int run = 0; run < 4; run++) {
            int killAfter = 1 + random.nextInt(60);
            lastAnnounced.putAll(typeUntilKilled(killAfter));

            try (AppServices app = DemoFixture.open(dataDir)) {
                Session teacher = DemoFixture.login(app, "gv.toan");
                GradebookRef maths = DemoFixture.gradebook(app, teacher, "10A1", "Toán");
                List<StudentRow> rows = app.gradebooks()
                        .loadTerm(teacher, maths.classId(), maths.subjectId(), DemoFixture.term(app, 1).id()).rows();
                lastAnnounced.forEach((index, score) -> assertThat(rows.get(index).cells().get(CrashingTeacher.COLUMN))
                        .as("student %d", index)
                        .isEqualTo(AssessmentValue.Score.of(score)));
            }
        }
    }

    /**
     * Starts the teacher in her own JVM and kills it the moment it has announced its {@code killAfter}-th accepted
     * cell. Returns the last score announced per student.
     */
    private Map<Integer, String> typeUntilKilled(int killAfter) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", CrashingTeacher.class.getName(),
                dataDir.toString()).redirectErrorStream(true).start();
        Map<Integer, String> announced = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); var in = process.outputWriter()) {
            int saved = 0;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("SAVED ")) {
                    String[] parts = line.split(" ");
                    announced.put(Integer.parseInt(parts[1]), parts[2]);
                    if (++saved == killAfter) {
                        break;
                    }
                    in.write("next\n");
                    in.flush();
                }
            }
            process.destroyForcibly();  // SIGKILL: no shutdown hook, no H2 close
            process.waitFor();
            assertThat(saved).as("the teacher process announced its saves").isEqualTo(killAfter);
        }
        return announced;
    }
}
