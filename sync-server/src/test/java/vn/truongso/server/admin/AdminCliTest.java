package vn.truongso.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.truongso.server.SyncServers;
import vn.truongso.server.config.ServerConfig;
import vn.truongso.server.http.ServerJson;
import vn.truongso.server.http.SyncServer;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.OnBothDatabases;
import vn.truongso.server.testing.TestConfigs;
import vn.truongso.server.testing.TestDevice;

/** The admin commands, run in-process as an operator would type them, against H2 and PostgreSQL. */
class AdminCliTest {

    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AdminCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @OnBothDatabases
    void anAdministratorSetsUpASchoolAndManagesItsPcs(DatabaseKind kind) throws Exception {
        Path dir = TestConfigs.newTempDir();
        ServerConfig config = TestConfigs.fresh(kind, dir);
        String file = writeConfig(dir, config).toString();

        Run created = run("school", "create", "--code", "THPT-BH", "--name", "Trường THPT Bắc Hà", "--config", file);
        Run duplicate = run("school", "create", "--code", "THPT-BH", "--name", "Again", "--config", file);
        Run list = run("school", "list", "--config", file);
        Run code = run("enrol-code", "create", "--school", "THPT-BH", "--valid-hours", "24", "--config", file);
        Run unknownSchool = run("enrol-code", "create", "--school", "NOPE", "--config", file);

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("Created school THPT-BH (Trường THPT Bắc Hà)");
        assertThat(duplicate.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
        assertThat(duplicate.err().strip()).isEqualTo("error: a school with code THPT-BH already exists");
        assertThat(list.out()).contains("THPT-BH").contains("Trường THPT Bắc Hà");
        assertThat(code.exitCode()).isZero();
        String enrolmentCode = code.out().lines().findFirst().orElseThrow();
        assertThat(enrolmentCode).matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}");
        assertThat(unknownSchool.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
        assertThat(unknownSchool.err()).contains("no school with code NOPE");

        UUID deviceId = enrolWith(config, enrolmentCode);

        Run devices = run("devices", "list", "--school", "THPT-BH", "--config", file);
        Run revoke = run("devices", "revoke", deviceId.toString(), "--reason", "máy bị mất", "--config", file);
        Run again = run("devices", "revoke", deviceId.toString(), "--reason", "again", "--config", file);
        Run afterwards = run("devices", "list", "--school", "THPT-BH", "--config", file);
        Run unknownDevice = run("devices", "revoke", UUID.randomUUID().toString(), "--reason", "x", "--config", file);

        assertThat(devices.out()).contains(deviceId + "\tACTIVE\tPhòng Tin 1");
        assertThat(revoke.exitCode()).as(revoke.err()).isZero();
        assertThat(revoke.out()).contains("Revoked device " + deviceId);
        assertThat(again.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
        assertThat(afterwards.out()).contains(deviceId + "\tREVOKED").contains("máy bị mất");
        assertThat(unknownDevice.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
        assertThat(unknownDevice.err()).contains("no device with id");
    }

    @Test
    void badUsageIsOneClearLineAndExitCode1() {
        Run missingOption = run("school", "create", "--code", "X");
        Run noSubcommand = run("school");
        Run unknownCommand = run("pupils", "create");
        Run notAnId = run("devices", "revoke", "not-a-uuid", "--reason", "x");

        assertThat(missingOption.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
        assertThat(missingOption.err().lines().findFirst().orElseThrow())
                .isEqualTo("error: Missing required option: '--name=<name>'");
        assertThat(noSubcommand.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
        assertThat(noSubcommand.err()).startsWith("error: truongso-server school needs a subcommand");
        assertThat(unknownCommand.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
        assertThat(notAnId.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
    }

    @Test
    void helpListsTheCommands() {
        Run help = run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("serve", "school", "enrol-code", "devices");
    }

    @Test
    void aMissingConfigFileIsBadInput(@TempDir Path dir) {
        Run run = run("school", "list", "--config", dir.resolve("nope.properties").toString());

        assertThat(run.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
        assertThat(run.err().strip()).startsWith("error: configuration file not found:");
    }

    @Test
    void anUnreachableDatabaseIsAFailure(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("server.properties"), """
                data.dir=%s
                jdbc.url=jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2
                jdbc.user=nobody
                """.formatted(dir.toString().replace("\\", "/")));

        Run run = run("school", "list", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(AdminCli.FAILURE);
        assertThat(run.err()).startsWith("failed: cannot open the database at jdbc:postgresql://127.0.0.1:1/none");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    @SuppressWarnings("try") // the server only has to be running
    void anH2DatabaseInUseByARunningServerIsExplained(@TempDir Path dir) throws Exception {
        ServerConfig config = TestConfigs.fresh(DatabaseKind.H2, dir);
        Path file = writeConfig(dir, config);
        try (SyncServer server = SyncServers.start(config)) {
            // Another process, as an operator's shell is: within one JVM, H2 shares the open database.
            Process admin = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                    System.getProperty("java.class.path"), AdminCli.class.getName(), "school", "list",
                    "--config", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(admin.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(admin.waitFor()).isEqualTo(AdminCli.FAILURE);
            assertThat(err).contains("open in another process").contains("stop the server first");
        }
    }

    /** Enrols a PC through a server on the same database, as the app would; the server is stopped after. */
    private static UUID enrolWith(ServerConfig config, String code) throws Exception {
        try (SyncServer server = SyncServers.start(config);
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/v2/enrol"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(TestDevice.enrolBody(code, "Phòng Tin 1",
                            TestDevice.csr(TestDevice.newKeyPair()), 1))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = ServerJson.MAPPER.readTree(response.body());
            return UUID.fromString(body.get("deviceId").asString());
        }
    }

    static Path writeConfig(Path dir, ServerConfig config) throws Exception {
        StringBuilder text = new StringBuilder();
        text.append("data.dir=").append(config.dataDir().toString().replace("\\", "/")).append('\n');
        text.append("port=0\n");
        text.append("jdbc.pool.size=2\n");
        config.jdbcUrl().ifPresent(url -> text.append("jdbc.url=").append(url).append('\n'));
        if (!config.jdbcUser().isBlank()) {
            text.append("jdbc.user=").append(config.jdbcUser()).append('\n');
        }
        return Files.writeString(dir.resolve("server.properties"), text);
    }
}
