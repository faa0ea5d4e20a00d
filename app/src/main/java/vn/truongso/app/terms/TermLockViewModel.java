package vn.truongso.app.terms;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.truongso.app.auth.Session;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.gradebook.GradebookService;
import vn.truongso.app.gradebook.NotAllowedException;
import vn.truongso.app.gradebook.TermRef;
import vn.truongso.app.i18n.I18n;

/** The "Khoá sổ học kỳ" screen (principal, admin): the year's terms, each locked or open, and the switch. */
public final class TermLockViewModel {
    private final GradebookService service;
    private final Session session;
    private final I18n i18n;
    private final StatusModel status;
    private final ObservableList<TermRef> terms = FXCollections.observableArrayList();

    public TermLockViewModel(GradebookService service, Session session, I18n i18n, StatusModel status) {
        this.service = service;
        this.session = session;
        this.i18n = i18n;
        this.status = status;
    }

    public ObservableList<TermRef> terms() {
        return terms;
    }

    public void refresh() {
        terms.setAll(service.terms());
    }

    public String termName(TermRef term) {
        return i18n.get(term.number() == 1 ? "period.TERM_ONE" : "period.TERM_TWO");
    }

    public String describe(TermRef term) {
        return i18n.get("terms.row", termName(term), term.schoolYear(),
                i18n.get(term.locked() ? "terms.locked" : "terms.open"));
    }

    public String actionLabel(TermRef term) {
        return i18n.get(term.locked() ? "gradebook.unlock" : "gradebook.lock");
    }

    public void toggle(TermRef term) {
        try {
            service.setTermLocked(session, term.id(), !term.locked());
            status.info(i18n.get(term.locked() ? "unlock.done" : "lock.done", termName(term)));
        } catch (NotAllowedException e) {
            status.error(i18n.get("lock.notAllowed"));
        }
        refresh();
    }
}
