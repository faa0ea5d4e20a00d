package vn.truongso.app.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.common.Async;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.gradebook.CellEdit;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.i18n.I18n;
import vn.truongso.app.sync.EnrolmentService;
import vn.truongso.app.sync.SyncException;
import vn.truongso.app.sync.SyncFixture;
import vn.truongso.app.sync.SyncOverview;
import vn.truongso.server.school.School;
import vn.truongso.server.sync.DemoSchoolLoader;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestServer;

/** The sync settings screen without a window, enrolling against a real sync server on loopback. */
class SyncSettingsViewModelTest {
    private static TestServer server;
    private static School demoSchool;

    @TempDir
    Path dir;
    AppServices app;
    StatusModel status;
    List<EnrolmentService.Enrolled> replaced;

    @BeforeAll
    static void startServer() {
        // The server on the PCs' clock (the demo's late November): no clock warning, no skew retry.
        server = TestServer.start(DatabaseKind.H2, UnaryOperator.identity(), DemoFixture.LATE_NOVEMBER, List.of());
        demoSchool = DemoSchoolLoader.load(server.context(), DemoFixture.LATE_NOVEMBER);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void open() {
        app = DemoFixture.open(dir);
        status = new StatusModel();
        replaced = new ArrayList<>();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private SyncSettingsViewModel screen(String username) {
        SyncSettingsViewModel model = new SyncSettingsViewModel(app.sync(), DemoFixture.login(app, username),
                new I18n(), Async.direct(), status, replaced::add);
        model.activate();
        return model;
    }

    private static String url() {
        return server.server().baseUri().toString();
    }

    private static void fill(SyncSettingsViewModel model, String url, String name, String code) {
        model.serverUrlProperty().set(url);
        model.pcNameProperty().set(name);
        model.codeProperty().set(code);
    }

    private void awaitState(SyncOverview.State state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (app.sync().overview().state() != state) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("sync is " + app.sync().overview() + ", not " + state);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aTeacherSeesTheStatusButMayNotEnrol() {
        SyncSettingsViewModel model = screen("gv.toan");
        assertThat(model.mayEnrolProperty().get()).isFalse();
        assertThat(model.canEnrolProperty().get()).isFalse();
        assertThat(model.enrolledProperty().get()).isFalse();
        assertThat(model.stateTextProperty().get()).isEqualTo("Máy này chưa kết nối với máy chủ nào.");
        fill(model, url(), "Phòng giáo viên", server.newEnrolmentCode(demoSchool));
        model.enrol();
        assertThat(model.confirmingProperty().get()).isFalse();
        assertThat(model.errorProperty().get())
                .isEqualTo("Chỉ hiệu trưởng hoặc quản trị được kết nối máy này với máy chủ.");
    }

    @Test
    void theFormIsCheckedBeforeAnythingIsSent() {
        SyncSettingsViewModel model = screen("admin");
        assertThat(model.pcNameProperty().get()).isNotBlank(); // the computer's name is offered
        fill(model, "ftp://truong.local", " ", "ABCD-1234");
        model.enrol();
        assertThat(model.confirmingProperty().get()).isFalse();
        assertThat(model.serverErrorProperty().get()).startsWith("Địa chỉ máy chủ phải có dạng http://");
        assertThat(model.nameErrorProperty().get()).startsWith("Hãy đặt tên cho máy này");
        assertThat(model.codeErrorProperty().get()).isEqualTo("Mã kết nối gồm 16 chữ cái và chữ số, dạng XXXX-XXXX-XXXX-XXXX.");
        model.serverUrlProperty().set("http://truong.local/sync");
        model.enrol();
        assertThat(model.serverErrorProperty().get()).isNotEmpty(); // a path would be ignored by the client
        model.codeProperty().set("abcd efgh-jkmn pqrs");
        assertThat(model.codeErrorProperty().get()).isEmpty(); // fixing a field clears its error

        assertThat(SyncSettingsViewModel.normaliseUrl("192.168.1.10:8443")).contains("http://192.168.1.10:8443");
        assertThat(SyncSettingsViewModel.normaliseUrl("HTTPS://Truong.edu.vn/")).contains("https://truong.edu.vn");
        assertThat(SyncSettingsViewModel.normaliseUrl("http://a:8443?x=1")).isEmpty();
        assertThat(SyncSettingsViewModel.normaliseCode("abcd efgh-jkmn pqrs")).isEqualTo("ABCDEFGHJKMNPQRS");
    }

    @Test
    void enrollingAsksFirstWarningThatTheDemoDataMayBeReplaced() {
        SyncSettingsViewModel model = screen("hieutruong");
        fill(model, url(), "Phòng hiệu trưởng", "ABCD-EFGH-JKMN-PQRS");
        model.enrol();
        assertThat(model.confirmingProperty().get()).isTrue();
        assertThat(model.warningProperty().get()).startsWith("Lưu ý: dữ liệu trên máy này là dữ liệu thử (trường mẫu).");
        model.cancel();
        assertThat(model.confirmingProperty().get()).isFalse();
        assertThat(app.sync().enrolment()).isEmpty();
    }

    @Test
    void aWrongCodeAndAServerThatCannotBeReachedAreSaidInWordsAndChangeNothing() {
        SyncSettingsViewModel model = screen("admin");
        fill(model, url(), "Phòng giáo vụ 1", "ABCD-EFGH-JKMN-PQRS");
        model.enrol();
        model.confirm();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEqualTo(
                "Mã kết nối không đúng, đã được dùng hoặc đã hết hạn. Hãy xin quản trị máy chủ một mã mới.");

        String nowhere = SyncFixture.unreachableServer();
        model.serverUrlProperty().set(nowhere);
        model.enrol();
        model.confirm();
        assertThat(model.errorProperty().get()).isEqualTo("Không kết nối được máy chủ " + nowhere
                + ". Hãy kiểm tra địa chỉ, cổng và đường mạng.");
        assertThat(model.enrolledProperty().get()).isFalse();
        assertThat(app.sync().enrolment()).isEmpty();
        assertThat(app.sync().isRunning()).isFalse();
    }

    @Test
    void theAdminEnrolsWithTheServersDemoSchoolWhichReplacesTheLocalOneAndSyncLoadsItAndTakesSavesAtOnce()
            throws Exception {
        SyncSettingsViewModel model = screen("admin");
        fill(model, url(), "Phòng giáo vụ 1", server.newEnrolmentCode(demoSchool));
        model.enrol();
        model.confirm();

        assertThat(model.errorProperty().get()).isEmpty();
        String device = app.sync().enrolment().orElseThrow().deviceId().toString();
        assertThat(model.resultProperty().get()).isEqualTo("Đã kết nối với trường " + demoSchool.code()
                + ". Mã của máy này: " + device + ". Dữ liệu thử đã được xoá; dữ liệu của trường đang được tải từ"
                + " máy chủ.");
        assertThat(status.current().text()).isEqualTo(model.resultProperty().get());
        assertThat(model.enrolledProperty().get()).isTrue();
        assertThat(model.enrolledServerProperty().get()).isEqualTo(url().replaceAll("/$", ""));
        assertThat(model.enrolledSchoolProperty().get()).isEqualTo(demoSchool.code());
        assertThat(model.enrolledDeviceProperty().get()).isEqualTo(device);
        assertThat(model.formHeadingProperty().get()).isEqualTo("Kết nối lại");
        assertThat(model.codeProperty().get()).isEmpty();
        // The local demo was made here (its own password salts): it gives way, and whoever was signed in goes.
        assertThat(replaced).singleElement().extracting(EnrolmentService.Enrolled::replacedLocalSchool).isEqualTo(true);
        assertThat(app.sync().isRunning()).isTrue();

        awaitState(SyncOverview.State.UP_TO_DATE);
        assertThat(app.sync().awaitingSchool()).isFalse();
        long shownBy = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!model.stateTextProperty().get().startsWith("Đã đồng bộ") && System.nanoTime() < shownBy) {
            Thread.sleep(10); // the report reaches the model just after the service has it
        }
        assertThat(model.stateTextProperty().get()).isEqualTo("Đã đồng bộ · Đồng bộ lúc 10:00");

        // The server's school is here, accounts included; a save nudges sync and reaches the server at once.
        Session teacher = DemoFixture.login(app, "gv.toan");
        app.gradebooks().save(teacher, new CellEdit(SyncFixture.mathsCell(app, teacher, 0, SyncFixture.GK), "6"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (app.sync().replica().status().pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(app.sync().replica().status().pending()).isZero();
        model.syncNow();
        assertThat(status.current().text()).isEqualTo("Đang đồng bộ với máy chủ…");
    }

    @Test
    void enrollingWithAnotherSchoolReplacesTheDemoDataAndSignsThePersonOut() throws Exception {
        School other = server.newSchool();
        SyncSettingsViewModel model = screen("admin");
        fill(model, url(), "PC 2", server.newEnrolmentCode(other));
        model.enrol();
        model.confirm();

        assertThat(model.resultProperty().get()).endsWith(
                "Dữ liệu thử đã được xoá; dữ liệu của trường đang được tải từ máy chủ.");
        assertThat(replaced).singleElement().satisfies(enrolled -> {
            assertThat(enrolled.schoolCode()).isEqualTo(other.code());
            assertThat(enrolled.replacedLocalSchool()).isTrue();
        });
        awaitState(SyncOverview.State.UP_TO_DATE);
        assertThat(app.sync().awaitingSchool()).isFalse();
    }

    @Test
    void enrolmentErrorsOfTheServerReadAsSentences() {
        SyncTexts texts = new SyncTexts(new I18n());
        assertThat(texts.enrolError(new SyncException(SyncException.Kind.BUSY, "TOO_MANY_ATTEMPTS", "x"), "u"))
                .isEqualTo("Đã thử kết nối quá nhiều lần. Hãy đợi một phút rồi thử lại.");
        assertThat(texts.enrolError(new SyncException(SyncException.Kind.UPGRADE_NEEDED, "PROTOCOL_TOO_OLD", "x"), "u"))
                .startsWith("Phiên bản Trường Số này quá cũ so với máy chủ.");
        assertThat(texts.enrolError(new SyncException(SyncException.Kind.REFUSED, "PROTOCOL_TOO_NEW", "x"), "u"))
                .startsWith("Máy chủ cũ hơn phiên bản Trường Số này.");
        assertThat(texts.enrolError(new SyncException(SyncException.Kind.REFUSED, "BAD_ANSWER", "x"), "u"))
                .startsWith("Địa chỉ này không phải là máy chủ đồng bộ Trường Số.");
        assertThat(texts.enrolError(new SyncException(SyncException.Kind.BUSY, "UNAVAILABLE", "x"), "u"))
                .isEqualTo("Máy chủ đang bận. Hãy thử lại sau ít phút.");
        assertThat(texts.enrolError(new SyncException(SyncException.Kind.REFUSED, "OTHER_SCHOOL", "x"), "u"))
                .startsWith("Máy này đang giữ dữ liệu của một trường khác");
        assertThat(texts.enrolError(new SyncException(SyncException.Kind.REFUSED, "WHATEVER", "why"), "u"))
                .isEqualTo("Không kết nối được (WHATEVER): why");
    }
}
