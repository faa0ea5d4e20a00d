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
        assertThat(MainViewModel.entriesFor(with(Role.TEACHER)))
                .containsExactly(NavEntry.GRADEBOOK, NavEntry.SYNC_CONFLICTS, NavEntry.SYNC_SETTINGS);
        assertThat(MainViewModel.entriesFor(with(Role.CLERK)))
                .containsExactly(NavEntry.GRADEBOOK, NavEntry.SYNC_CONFLICTS, NavEntry.SYNC_SETTINGS);
        assertThat(MainViewModel.entriesFor(with(Role.PRINCIPAL)))
                .containsExactly(NavEntry.GRADEBOOK, NavEntry.TERM_LOCK, NavEntry.SYNC_CONFLICTS, NavEntry.SYNC_SETTINGS);
        assertThat(MainViewModel.entriesFor(with(Role.ADMIN)))
                .containsExactly(NavEntry.GRADEBOOK, NavEntry.TERM_LOCK, NavEntry.SYNC_CONFLICTS, NavEntry.SYNC_SETTINGS);
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

    @Test
    void ctrlAndADigitOpensTheEntryAtThatPlaceAndLinksOpenOnlyEntriesThePersonHas() {
        MainViewModel model = new MainViewModel(with(Role.TEACHER), new I18n(), new StatusModel(), () -> { });
        assertThat(model.shortcutText(NavEntry.SYNC_SETTINGS)).isEqualTo("Ctrl+3");
        assertThat(model.selectByShortcut(2)).isTrue();
        assertThat(model.selectedProperty().get()).isEqualTo(NavEntry.SYNC_CONFLICTS);
        assertThat(model.selectByShortcut(4)).isFalse();
        model.open(NavEntry.TERM_LOCK); // not hers
        assertThat(model.selectedProperty().get()).isEqualTo(NavEntry.SYNC_CONFLICTS);
        model.open(NavEntry.SYNC_SETTINGS);
        assertThat(model.selectedProperty().get()).isEqualTo(NavEntry.SYNC_SETTINGS);
    }
}
