package vn.truongso.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.truongso.app.auth.Session;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.i18n.I18n;
import vn.truongso.core.school.Role;

class MainViewModelTest {

    private static Session with(Role... roles) {
        return new Session(UUID.randomUUID(), "x", "Nguyễn Văn Thắng", UUID.randomUUID(), EnumSet.of(roles[0], roles));
    }

    @Test
    void navigationDependsOnRoles() {
        assertThat(MainViewModel.entriesFor(with(Role.TEACHER))).containsExactly(NavEntry.GRADEBOOK);
        assertThat(MainViewModel.entriesFor(with(Role.CLERK))).containsExactly(NavEntry.GRADEBOOK);
        assertThat(MainViewModel.entriesFor(with(Role.PRINCIPAL)))
                .containsExactly(NavEntry.GRADEBOOK, NavEntry.TERM_LOCK);
        assertThat(MainViewModel.entriesFor(with(Role.ADMIN))).containsExactly(NavEntry.GRADEBOOK, NavEntry.TERM_LOCK);
        assertThat(MainViewModel.entriesFor(new Session(UUID.randomUUID(), "x", "x", UUID.randomUUID(), Set.of())))
                .isEmpty();
    }

    @Test
    void headerShowsNameAndLocalisedRolesAndLogoutClearsTheStatus() {
        StatusModel status = new StatusModel();
        boolean[] loggedOut = {false};
        MainViewModel model = new MainViewModel(with(Role.HOMEROOM, Role.TEACHER), new I18n(), status,
                () -> loggedOut[0] = true);
        assertThat(model.personName()).isEqualTo("Nguyễn Văn Thắng");
        assertThat(model.rolesText()).isEqualTo("Giáo viên bộ môn, Giáo viên chủ nhiệm");
        assertThat(model.selectedProperty().get()).isEqualTo(NavEntry.GRADEBOOK);
        status.error("x");
        model.logout();
        assertThat(loggedOut[0]).isTrue();
        assertThat(status.current()).isEqualTo(StatusModel.Status.NONE);
    }
}
