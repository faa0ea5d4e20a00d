package vn.truongso.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.truongso.app.common.Async;
import vn.truongso.app.i18n.I18n;
import vn.truongso.core.school.Role;

class LoginViewModelTest {
    private static final Session TEACHER = new Session(UUID.randomUUID(), "gv.toan", "Trần Thị Thanh Bình",
            UUID.randomUUID(), Set.of(Role.TEACHER));

    private final List<Session> signedIn = new ArrayList<>();
    private final List<String> attempts = new ArrayList<>();
    private final I18n i18n = new I18n();
    private final AuthService auth = (username, password) -> {
        attempts.add(username);
        return "gv.toan".equals(username) && "đúng".equals(new String(password)) ? Optional.of(TEACHER)
                : Optional.empty();
    };
    private final LoginViewModel model = new LoginViewModel(auth, i18n, Async.direct(), signedIn::add);

    @Test
    void theRightPasswordSignsInAndForgetsThePassword() {
        model.usernameProperty().set("  gv.toan ");
        model.passwordProperty().set("đúng");
        model.signIn();
        assertThat(signedIn).containsExactly(TEACHER);
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.errorTextProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aWrongPasswordGivesALocalisedErrorThatFollowsTheLanguage() {
        model.usernameProperty().set("gv.toan");
        model.passwordProperty().set("sai");
        model.signIn();
        assertThat(signedIn).isEmpty();
        assertThat(model.errorTextProperty().get()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        model.languageProperty().set(I18n.ENGLISH);
        assertThat(model.errorTextProperty().get()).isEqualTo("Wrong username or password.");
    }

    @Test
    void emptyFieldsAreNotSentToTheStore() {
        model.usernameProperty().set("gv.toan");
        model.signIn();
        assertThat(attempts).isEmpty();
        assertThat(model.errorTextProperty().get()).isEqualTo("Hãy nhập tên đăng nhập và mật khẩu.");
    }

    @Test
    void aFailingStoreIsReportedNotThrown() {
        LoginViewModel failing = new LoginViewModel((u, p) -> {
            throw new IllegalStateException("disk gone");
        }, i18n, Async.direct(), signedIn::add);
        failing.usernameProperty().set("gv.toan");
        failing.passwordProperty().set("x");
        failing.signIn();
        assertThat(failing.errorTextProperty().get()).isEqualTo("Không đăng nhập được: lỗi khi đọc dữ liệu.");
        assertThat(failing.busyProperty().get()).isFalse();
    }
}
