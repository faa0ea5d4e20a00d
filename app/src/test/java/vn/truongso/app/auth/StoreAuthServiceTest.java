package vn.truongso.app.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.app.store.schema.Tables.ACCESS_LOG;
import static vn.truongso.app.store.schema.Tables.STAFF;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.AppServices;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.core.school.Role;

class StoreAuthServiceTest {
    @TempDir
    Path dataDir;
    AppServices app;

    @BeforeEach
    void open() {
        app = DemoFixture.open(dataDir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aDemoTeacherLogsInOfflineWithHerRoles() {
        Session session = app.auth().login("gv.toan", DemoFixture.PASSWORD.toCharArray()).orElseThrow();

        assertThat(session.roles()).containsExactlyInAnyOrder(Role.TEACHER, Role.HOMEROOM);
        assertThat(session.fullName()).isEqualTo("Trần Thị Thanh Bình");
        assertThat(app.store().db().fetchCount(ACCESS_LOG, ACCESS_LOG.ACTION.eq("LOGIN"))).isEqualTo(1);
    }

    @Test
    void usernamesIgnoreCaseAndSurroundingSpaces() {
        assertThat(app.auth().login("  GV.Toan ", DemoFixture.PASSWORD.toCharArray())).isPresent();
    }

    @Test
    void aWrongPasswordAnUnknownUserAndADisabledAccountAreAllRefusedAlike() {
        app.store().write(tx -> tx.update(STAFF).set(STAFF.ACTIVE, false).where(STAFF.USERNAME.eq("gv.van")).execute());

        assertThat(app.auth().login("gv.toan", "truongso@2026".toCharArray())).isEmpty();
        assertThat(app.auth().login("khong.co.ai", DemoFixture.PASSWORD.toCharArray())).isEmpty();
        assertThat(app.auth().login("gv.van", DemoFixture.PASSWORD.toCharArray())).isEmpty();
        assertThat(app.auth().login(null, new char[0])).isEmpty();
        assertThat(app.store().db().fetchCount(ACCESS_LOG, ACCESS_LOG.ACTION.eq("LOGIN"))).isZero();
    }
}
