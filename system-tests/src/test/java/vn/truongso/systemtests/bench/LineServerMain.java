package vn.truongso.systemtests.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import vn.truongso.server.SyncServers;
import vn.truongso.server.config.ServerConfig;
import vn.truongso.server.http.SyncServer;
import vn.truongso.server.school.School;

/**
 * The sync server of the poor-line benchmark, as a process of its own started inside the benchmark's network
 * namespace (a JVM cannot move one of its threads into another namespace). It writes the 2,000-student school
 * ({@link PoorLineBench#school}),
 * then prints {@code SCHOOL <id>}, one {@code CODE <enrolment code>} line per PC and {@code READY}, and serves on
 * every address of the namespace until it is killed or its standard input ends. Arguments: data folder, port, number of PCs.
 */
public final class LineServerMain {
    static final String SCHOOL_CODE = "LINE";
    static final String SCHOOL_NAME = "Trường THCS và THPT Bắc Hà";

    private LineServerMain() {}

    public static void main(String[] args) throws Exception {
        Properties properties = new Properties();
        properties.setProperty(ServerConfig.Keys.BIND_ADDRESS, "0.0.0.0");
        properties.setProperty(ServerConfig.Keys.PORT, args[1]);
        properties.setProperty(ServerConfig.Keys.DATA_DIR, Path.of(args[0]).toString());
        properties.setProperty(ServerConfig.Keys.POOL_SIZE, "4");
        SyncServer server = SyncServers.start(ServerConfig.fromProperties(properties));
        School school = server.context().schools().create(SCHOOL_CODE, SCHOOL_NAME);
        PoorLineBench.school(school).writeTo(server.context());
        System.out.println("SCHOOL " + school.id());
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            System.out.println("CODE " + server.context().enrolmentCodes().create(school, Duration.ofHours(1)));
        }
        System.out.println("READY");
        System.out.flush();
        // Until the benchmark ends: it kills this process, or, should the benchmark itself be killed, the pipe of
        // this standard input closes and the server stops instead of living on in the namespace.
        while (System.in.read() >= 0) {
            // nothing is ever sent
        }
        server.close();
        System.exit(0);
    }
}
