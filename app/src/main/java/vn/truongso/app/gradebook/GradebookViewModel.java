package vn.truongso.app.gradebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.truongso.app.auth.Session;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.i18n.I18n;
import vn.truongso.core.grading.CellInput;

/**
 * The gradebook screen's state and actions, without any JavaFX node: which gradebook and period are open, the grid's
 * columns and rows, whether it may be edited and why not, and saving what was typed, cleared or pasted. Every
 * accepted cell is saved at once; a refused one stays visible as refused and is never saved.
 */
public final class GradebookViewModel {
    private final GradebookService service;
    private final Session session;
    private final I18n i18n;
    private final StatusModel status;

    private final ObservableList<GradebookRef> gradebooks = FXCollections.observableArrayList();
    private final ObjectProperty<GradebookRef> gradebook = new SimpleObjectProperty<>();
    private final ObservableList<Period> periods = FXCollections.observableArrayList(Period.values());
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObservableList<GradeColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<GradeRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canLock = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper termLocked = new ReadOnlyBooleanWrapper(false);
    private final HistoryModel history;
    private final SaveFeedback feedback;

    private List<ColumnKey> assessmentKeys = List.of();
    private TermRef openTerm;
    private boolean started;

    public GradebookViewModel(GradebookService service, Session session, I18n i18n, StatusModel status) {
        this.service = service;
        this.session = session;
        this.i18n = i18n;
        this.status = status;
        this.history = new HistoryModel(service, i18n);
        this.feedback = new SaveFeedback(i18n, status);
        gradebook.addListener((obs, old, now) -> reload());
        period.addListener((obs, old, now) -> reload());
    }

    /** The screen is shown: the first time opens the default gradebook, later reloads (a term may have been locked). */
    public void activate() {
        if (started) {
            reload();
        } else {
            started = true;
            start();
        }
    }

    /** Lists the gradebooks this person may open and opens the first, in the current term. */
    public void start() {
        // The service's order: her own first, then by grade, class and the curriculum's order of subjects.
        List<GradebookRef> refs = service.gradebooksFor(session);
        gradebooks.setAll(refs);
        period.set(currentTerm());
        gradebook.set(refs.isEmpty() ? null : refs.get(0));
    }

    /** "10A1 — Toán", as the chooser shows it. */
    public static String label(GradebookRef ref) {
        return ref == null ? "" : ref.className() + " — " + ref.subjectName();
    }

    public String periodLabel(Period value) {
        return value == null ? "" : i18n.get("period." + value.name());
    }

    public ObservableList<GradebookRef> gradebooks() {
        return gradebooks;
    }

    public ObjectProperty<GradebookRef> gradebookProperty() {
        return gradebook;
    }

    public ObservableList<Period> periods() {
        return periods;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObservableList<GradeColumn> columns() {
        return columns;
    }

    public ObservableList<GradeRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Why the grid is read-only; empty when it is editable. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLockProperty() {
        return canLock.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty termLockedProperty() {
        return termLocked.getReadOnlyProperty();
    }

    public HistoryModel history() {
        return history;
    }

    /** The editable assessment columns, in order (TX1..TXn, GK, CK); empty in the year view. */
    public List<ColumnKey> assessmentKeys() {
        return assessmentKeys;
    }

    public void reload() {
        history.close();
        GradebookRef ref = gradebook.get();
        Period shown = period.get();
        if (ref == null || shown == null) {
            clearGrid();
            return;
        }
        try {
            if (shown.isTerm()) {
                openTerm = termRef(shown);
                showTerm(service.loadTerm(session, ref.classId(), ref.subjectId(), openTerm.id()));
            } else {
                openTerm = null;
                showYear(service.loadYear(session, ref.classId(), ref.subjectId()));
            }
        } catch (NotAllowedException e) {
            clearGrid();
            status.error(i18n.get("gradebook.notAllowed"));
        }
    }

    /** Whether typing may start on this cell; when the grid is read-only, says why in the status bar. */
    public boolean beginEdit(GradeColumn column) {
        boolean editableGrid = checkEditable();  // says why not in the status bar
        return editableGrid && column != null && column.isAssessment();
    }

    /** Saves what was typed into one cell. True when it was saved (or unchanged). */
    public boolean commit(int rowIndex, ColumnKey key, String typed) {
        if (!checkEditable() || rowIndex < 0 || rowIndex >= rows.size()) {
            return false;
        }
        String text = typed == null ? "" : typed.strip();
        GradeRow row = rows.get(rowIndex);
        if (unchanged(row, key, text)) {
            return true; // e.g. F2 then Enter: no save, no history line
        }
        return apply(service.save(session, new CellEdit(cellKey(row, key), text)), false);
    }

    /** Delete: clears the given cells (a save of empty text), all together. */
    public boolean clear(List<PasteMapper.Position> cells) {
        if (!checkEditable() || cells.isEmpty()) {
            return false;
        }
        if (cells.size() == 1) {
            PasteMapper.Position only = cells.get(0);
            return commit(only.row(), assessmentKeys.get(only.column()), "");
        }
        List<CellEdit> edits = cells.stream()
                .map(p -> new CellEdit(cellKey(rows.get(p.row()), assessmentKeys.get(p.column())), "")).toList();
        return apply(service.saveAll(session, edits), true);
    }

    /** Ctrl+V: the block's top-left cell goes to the anchor; all cells are saved, or none. */
    public boolean paste(int anchorRow, ColumnKey anchorKey, String clipboardText) {
        if (!checkEditable()) {
            return false;
        }
        int anchorColumn = assessmentKeys.indexOf(anchorKey);
        if (anchorColumn < 0 || anchorRow < 0) {
            status.error(i18n.get("paste.chooseCell"));
            return false;
        }
        Optional<TsvBlock> block = TsvBlock.parse(clipboardText);
        if (block.isEmpty()) {
            status.error(i18n.get("paste.notABlock"));
            return false;
        }
        PasteMapper.Result placed = PasteMapper.map(block.get(), new PasteMapper.Position(anchorRow, anchorColumn),
                rows.size(), assessmentKeys.size());
        if (placed instanceof PasteMapper.TooBig tooBig) {
            status.error(i18n.get("paste.tooBig", tooBig.rows(), tooBig.columns(), tooBig.rowsLeft(),
                    tooBig.columnsLeft()));
            return false;
        }
        List<CellEdit> edits = ((PasteMapper.Fits) placed).cells().stream()
                .map(cell -> new CellEdit(cellKey(rows.get(cell.position().row()),
                        assessmentKeys.get(cell.position().column())), cell.text().strip()))
                .toList();
        return apply(service.saveAll(session, edits), true);
    }

    /** Ctrl+C: the rectangle spanning the given cells (row index, column index in {@link #columns()}) as TSV. */
    public String copy(List<PasteMapper.Position> cells) {
        if (cells.isEmpty()) {
            return "";
        }
        int top = cells.stream().mapToInt(PasteMapper.Position::row).min().orElseThrow();
        int bottom = cells.stream().mapToInt(PasteMapper.Position::row).max().orElseThrow();
        int left = cells.stream().mapToInt(PasteMapper.Position::column).min().orElseThrow();
        int right = cells.stream().mapToInt(PasteMapper.Position::column).max().orElseThrow();
        List<List<String>> block = new ArrayList<>();
        for (int r = top; r <= bottom; r++) {
            List<String> line = new ArrayList<>();
            for (int c = left; c <= right; c++) {
                line.add(cells.contains(new PasteMapper.Position(r, c)) ? rows.get(r).state(columns.get(c)).text() : "");
            }
            block.add(line);
        }
        return TsvBlock.format(block);
    }

    /** Opens the history of one assessment cell (Ctrl+H). */
    public void showHistory(int rowIndex, ColumnKey key) {
        if (openTerm == null || key == null || rowIndex < 0 || rowIndex >= rows.size()) {
            status.error(i18n.get("history.chooseCell"));
            return;
        }
        GradeRow row = rows.get(rowIndex);
        history.open(cellKey(row, key), i18n.get("history.title", key.label(), row.fullName()));
    }

    /** Leaders lock or unlock the term shown. */
    public void toggleLock() {
        if (openTerm == null || !session.isSchoolLeader()) {
            return;
        }
        boolean lock = !openTerm.locked();
        String termName = periodLabel(period.get());
        try {
            service.setTermLocked(session, openTerm.id(), lock);
            reload();
            status.info(i18n.get(lock ? "lock.done" : "unlock.done", termName));
        } catch (NotAllowedException e) {
            status.error(i18n.get("lock.notAllowed"));
        }
    }

    private boolean unchanged(GradeRow row, ColumnKey key, String text) {
        if (row.state(GradeColumn.assessment(key)).refused()) {
            return false;
        }
        return CellInput.parse(text, gradebook.get().mode()) instanceof CellInput.Accepted accepted
                && accepted.value().equals(Optional.ofNullable(row.savedValues().get(key)));
    }

    private boolean checkEditable() {
        if (!editable.get()) {
            status.error(banner.get());
        }
        return editable.get();
    }

    private boolean apply(SaveOutcome outcome, boolean block) {
        return feedback.apply(outcome, block, rows, gradebook.get());
    }

    private void showTerm(TermGradebook term) {
        GridContent content = GridContent.term(term, i18n.locale());
        assessmentKeys = term.columns();
        editable.set(term.editable());
        banner.set(term.editable() ? "" : i18n.get("banner." + term.readOnlyReason().name(),
                periodLabel(period.get())));
        canLock.set(session.isSchoolLeader());
        termLocked.set(term.term().locked());
        columns.setAll(content.columns());
        rows.setAll(content.rows());
    }

    private void showYear(YearGradebook year) {
        GridContent content = GridContent.year(year, i18n.locale());
        assessmentKeys = List.of();
        editable.set(false);
        banner.set(i18n.get("banner.YEAR"));
        canLock.set(false);
        termLocked.set(false);
        columns.setAll(content.columns());
        rows.setAll(content.rows());
    }

    private void clearGrid() {
        openTerm = null;
        assessmentKeys = List.of();
        editable.set(false);
        banner.set("");
        canLock.set(false);
        columns.clear();
        rows.clear();
    }

    private Period currentTerm() {
        // The first term not yet locked is the one teachers are entering; after both are locked, show term II.
        return service.terms().stream().filter(t -> !t.locked()).findFirst()
                .map(t -> Period.ofTerm(t.number())).orElse(Period.TERM_TWO);
    }

    private TermRef termRef(Period shown) {
        return service.terms().stream().filter(t -> t.number() == shown.termNumber()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no term " + shown.termNumber()));
    }

    private CellKey cellKey(GradeRow row, ColumnKey key) {
        return new CellKey(row.studentId(), gradebook.get().subjectId(), openTerm.id(), key.kind(), key.seq());
    }
}
