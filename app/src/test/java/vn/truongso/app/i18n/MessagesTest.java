package vn.truongso.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.truongso.app.gradebook.SaveOutcome;
import vn.truongso.app.store.StoreOpenException;
import vn.truongso.core.grading.CellInput;
import vn.truongso.core.school.Role;

class MessagesTest {

    private static Set<String> keys(ResourceBundle bundle) {
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    @Test
    void vietnameseIsTheDefaultAndIdenticalToMessagesVi() {
        ResourceBundle vi = I18n.bundle(I18n.VIETNAMESE);
        ResourceBundle root = ResourceBundle.getBundle("vn.truongso.app.i18n.messages",
                java.util.Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : keys(root)) {
            assertThat(vi.getString(key)).as(key).isEqualTo(root.getString(key));
        }
        assertThat(keys(vi)).isEqualTo(keys(root));
        assertThat(root.getString("gradebook.history")).isEqualTo("Lịch sử thay đổi");
    }

    @Test
    void englishHasEveryKey() {
        assertThat(keys(I18n.bundle(I18n.ENGLISH))).isEqualTo(keys(I18n.bundle(I18n.VIETNAMESE)));
        assertThat(I18n.bundle(I18n.ENGLISH).getString("login.submit")).isEqualTo("Sign in");
    }

    @Test
    void everyEnumShownOnScreenHasATextInBothLanguages() {
        for (var locale : new java.util.Locale[] {I18n.VIETNAMESE, I18n.ENGLISH}) {
            ResourceBundle bundle = I18n.bundle(locale);
            for (Role role : Role.values()) {
                assertThat(bundle.containsKey("role." + role)).as(role.name()).isTrue();
            }
            for (CellInput.Problem problem : CellInput.Problem.values()) {
                assertThat(bundle.containsKey("refusal.problem." + problem)).as(problem.name()).isTrue();
            }
            for (SaveOutcome.RefusalReason reason : SaveOutcome.RefusalReason.values()) {
                assertThat(bundle.containsKey("refusal.reason." + reason)).as(reason.name()).isTrue();
            }
            for (StoreOpenException.Reason reason : StoreOpenException.Reason.values()) {
                assertThat(bundle.containsKey("startup.failed." + reason)).as(reason.name()).isTrue();
            }
        }
    }

    @Test
    void textsFollowTheLanguageSwitch() {
        I18n i18n = new I18n();
        var binding = i18n.bind("login.submit");
        assertThat(binding.get()).isEqualTo("Đăng nhập");
        i18n.localeProperty().set(I18n.ENGLISH);
        assertThat(binding.get()).isEqualTo("Sign in");
        assertThat(i18n.get("gradebook.cellMessage", "TX2", "An", "x")).isEqualTo("TX2 of An: x");
    }
}
