package vn.truongso.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import vn.truongso.server.config.ServerConfig;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.OnBothDatabases;
import vn.truongso.server.testing.TestConfigs;

/** Staff accounts and the demo school, from the command line, as the server's administrator keeps them. */
class StaffCommandTest {

    @OnBothDatabases
    void anAdministratorCreatesListsDisablesAndResetsAccounts(DatabaseKind kind) throws Exception {
        Path dir = TestConfigs.newTempDir();
        ServerConfig config = TestConfigs.fresh(kind, dir);
        String file = AdminCliTest.writeConfig(dir, config).toString();
        AdminCliTest.run("school", "create", "--code", "THCS-X", "--name", "Trường THCS X", "--config", file);

        AdminCliTest.Run added = AdminCliTest.run("staff", "add", "--school", "THCS-X", "--username", "gv.hoa",
                "--name", "Nguyễn Thị Hoa", "--role", "TEACHER", "--role", "HOMEROOM", "--config", file);
        AdminCliTest.Run taken = AdminCliTest.run("staff", "add", "--school", "THCS-X", "--username", "gv.hoa",
                "--name", "Someone else", "--role", "TEACHER", "--config", file);
        AdminCliTest.Run disabled = AdminCliTest.run("staff", "disable", "--school", "THCS-X", "--username", "gv.hoa",
                "--config", file);
        AdminCliTest.Run reset = AdminCliTest.run("staff", "reset-password", "--school", "THCS-X", "--username",
                "gv.hoa", "--config", file);
        AdminCliTest.Run list = AdminCliTest.run("staff", "list", "--school", "THCS-X", "--config", file);

        assertThat(added.exitCode()).as(added.err()).isZero();
        String password = added.out().strip().replaceAll(".*one-time password: ", "");
        assertThat(password).hasSize(12);
        assertThat(taken.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
        assertThat(taken.err()).contains("username gv.hoa is taken");
        assertThat(disabled.exitCode()).isZero();
        assertThat(reset.out()).contains("New one-time password for gv.hoa: ").doesNotContain(password);
        assertThat(list.out()).contains("gv.hoa\tfalse\tTEACHER,HOMEROOM\tNguyễn Thị Hoa");
    }

    @OnBothDatabases
    void theDemoSchoolLoadsOnTheServerOnceWithItsStaff(DatabaseKind kind) throws Exception {
        Path dir = TestConfigs.newTempDir();
        String file = AdminCliTest.writeConfig(dir, TestConfigs.fresh(kind, dir)).toString();

        AdminCliTest.Run loaded = AdminCliTest.run("demo", "load", "--config", file);
        AdminCliTest.Run again = AdminCliTest.run("demo", "load", "--config", file);
        AdminCliTest.Run staff = AdminCliTest.run("staff", "list", "--school", "10000806", "--config", file);

        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("Demo school 10000806 (Trường THCS và THPT Bắc Hà) loaded");
        String lastSeq = loaded.out().replaceAll("(?s).*last sequence (\\d+);.*", "$1");
        assertThat(again.out()).contains("last sequence " + lastSeq + ";");
        assertThat(staff.out()).contains("gv.toan\ttrue\t").contains("hieutruong\ttrue\tPRINCIPAL");
    }
}
