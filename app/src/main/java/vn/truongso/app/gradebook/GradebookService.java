package vn.truongso.app.gradebook;

import java.util.List;
import java.util.UUID;
import vn.truongso.app.auth.Session;

/**
 * The gradebook as the app's screens see it: what a person may open, a term's or a year's cells, saving one cell
 * or a pasted block, a cell's history, and locking a term. Every write is checked here (assignment, lock) and is
 * saved, with its history row and its outbox change, in one transaction before the call returns.
 */
public interface GradebookService {

    /** The class/subject gradebooks this person may open, each marked whether she may edit it. */
    List<GradebookRef> gradebooksFor(Session session);

    /** The terms of the current school year, in order (HK I, HK II). */
    List<TermRef> terms();

    TermGradebook loadTerm(Session session, UUID classId, UUID subjectId, UUID termId);

    YearGradebook loadYear(Session session, UUID classId, UUID subjectId);

    /** Saves one typed cell. Refused input (bad text, locked term, not assigned) changes nothing. */
    SaveOutcome save(Session session, CellEdit edit);

    /**
     * Saves a block of cells (a paste) all together: if any cell is refused, none is saved, and the outcome names
     * every refused cell.
     */
    SaveOutcome saveAll(Session session, List<CellEdit> edits);

    /** Newest first. */
    List<CellChange> history(CellKey key);

    /** Only a principal or an admin; throws {@link NotAllowedException} otherwise. */
    void setTermLocked(Session session, UUID termId, boolean locked);
}
