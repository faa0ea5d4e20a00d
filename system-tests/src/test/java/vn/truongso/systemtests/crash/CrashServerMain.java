package vn.truongso.systemtests.crash;

import java.nio.file.Path;
import java.time.Duration;
import vn.truongso.server.SyncServers;
import vn.truongso.server.config.ServerConfig;
import vn.truongso.server.http.SyncServer;
import vn.truongso.server.school.School;

/**
 * The sync server as a process of its own, on an H2 file that outlives it: the crash test kills it with SIGKILL
 * and starts it again on the same folder and port. With {@code setup} it first creates the tiny school and prints
 * {@code CODE <enrolment code>} lines for the PCs.
 */
public final class CrashServerMain {
    private CrashServerMain() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int pcs = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        ServerConfig config = ServerConfig.defaults().withDataDir(dataDir).withPort(port).withPoolSize(4);
        SyncServer server = SyncServers.start(config);
        if (pcs > 0) {
            School school = server.context().schools().create("CRASH", "Trường thử sập nguồn");
            vn.truongso.systemtests.TinySchoolAccess.create(server.context(), school);
            for (int i = 0; i < pcs; i++) {
                System.out.println("CODE " + server.context().enrolmentCodes().create(school, Duration.ofHours(1)));
            }
        }
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join(); // until killed
    }
}
