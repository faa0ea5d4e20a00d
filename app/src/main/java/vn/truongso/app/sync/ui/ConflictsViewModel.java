package vn.truongso.app.sync.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.truongso.app.auth.Session;
import vn.truongso.app.common.Async;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.i18n.I18n;
import vn.truongso.app.sync.Conflict;
import vn.truongso.app.sync.Refusal;
import vn.truongso.app.sync.SyncOverview;
import vn.truongso.app.sync.SyncService;
import vn.truongso.core.grading.CellInput;
import vn.truongso.core.school.Role;

/**
 * The "Xung đột và thay đổi bị từ chối" screen: the conflicts this person may see, each with its competing values
 * (and, for a grade, room for another), and the refused changes she made (all of them for a principal or an
 * administrator) with the server's reason in words. Loading and saving run off the UI thread; the lists reload
 * when sync reports other counts.
 */
public final class ConflictsViewModel {

    /** One competing value: how it reads, and the wire value a resolution writes. */
    public record Choice(String text, String value, boolean shown) {}

    /**
     * A conflict as shown.
     *
     * @param whyNot empty when she may settle it; otherwise why not
     * @param acceptsTyped whether she may type another value (a grade's score or rating)
     */
    public record ConflictItem(Conflict conflict, String title, String question, List<Choice> choices,
                               boolean resolvable, String whyNot, boolean acceptsTyped) {}

    /** A refused change as shown: what, what it tried, why (a sentence), by whom and when. */
    public record RefusalItem(Refusal refusal, String title, String attempted, String reason, String meta,
                              String serverMessage) {}

    private record Loaded(List<ConflictItem> conflicts, int hiddenConflicts, List<RefusalItem> refusals,
                          int hiddenRefusals) {}

    private final SyncService sync;
    private final Session session;
    private final I18n i18n;
    private final Async async;
    private final StatusModel status;
    private final SyncTexts texts;
    private final ZoneId zone;
    private final ObservableList<ConflictItem> conflicts = FXCollections.observableArrayList();
    private final ObservableList<RefusalItem> refusals = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper conflictsHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conflictsNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusalsHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusalsNote = new ReadOnlyStringWrapper("");
    private final Consumer<SyncOverview> countsChanged = this::countsReported;
    private volatile List<Integer> lastCounts = List.of();

    public ConflictsViewModel(SyncService sync, Session session, I18n i18n, Async async, StatusModel status) {
        this.sync = sync;
        this.session = session;
        this.i18n = i18n;
        this.async = async;
        this.status = status;
        this.texts = new SyncTexts(i18n);
        this.zone = sync.clock().getZone();
    }

    public void activate() {
        sync.addListener(countsChanged);
        refresh();
    }

    public void deactivate() {
        sync.removeListener(countsChanged);
    }

    // On a sync thread: reload only when what needs a person has changed.
    private void countsReported(SyncOverview overview) {
        List<Integer> counts = List.of(overview.conflicts(), overview.refusals());
        if (!counts.equals(lastCounts)) {
            lastCounts = counts;
            async.ui().execute(this::refresh);
        }
    }

    /** Reads both lists again (off the UI thread) and shows them. */
    public void refresh() {
        async.run(this::load, this::show, error -> status.error(i18n.get("conflicts.failed")));
    }

    private Loaded load() {
        List<ConflictItem> shownConflicts = new ArrayList<>();
        int hiddenConflicts = 0;
        List<Conflict> all = sync.conflicts();
        Set<UUID> people = new HashSet<>();
        all.forEach(c -> c.versions().forEach(v -> people.add(v.authorId())));
        List<Refusal> allRefusals = sync.refusals();
        allRefusals.forEach(r -> people.add(r.authorId()));
        Map<UUID, String> names = sync.staffNames(people);
        for (Conflict conflict : all) {
            SyncService.Right right = sync.resolveRight(session, conflict);
            if (sees(right)) {
                shownConflicts.add(item(conflict, right, names));
            } else {
                hiddenConflicts++;
            }
        }
        List<RefusalItem> shownRefusals = new ArrayList<>();
        int hiddenRefusals = 0;
        for (Refusal refusal : allRefusals) {
            if (sync.mayDismiss(session, refusal)) {
                shownRefusals.add(item(refusal, names));
            } else {
                hiddenRefusals++;
            }
        }
        return new Loaded(shownConflicts, hiddenConflicts, shownRefusals, hiddenRefusals);
    }

    /** Leaders and clerks see every conflict; a teacher those she may settle (her grades, locked or not). */
    private boolean sees(SyncService.Right right) {
        return session.isSchoolLeader() || session.has(Role.CLERK) || right == SyncService.Right.ALLOWED
                || right == SyncService.Right.TERM_LOCKED;
    }

    private ConflictItem item(Conflict conflict, SyncService.Right right, Map<UUID, String> names) {
        if (!conflict.isFieldConflict()) {
            return new ConflictItem(conflict, conflict.label(), "", List.of(), false,
                    i18n.get("conflicts.right.NOT_A_FIELD", String.valueOf(conflict.problem())), false);
        }
        List<Choice> choices = new ArrayList<>();
        for (Conflict.Version version : conflict.versions()) {
            String value = texts.value(conflict.entity(), conflict.field(), version.value(), version.deleted());
            String who = version.authorName() != null ? version.authorName()
                    : names.getOrDefault(version.authorId(), i18n.get("conflicts.unknownAuthor"));
            String text = i18n.get("conflicts.version", value, who, texts.device(version.deviceId(), sync.deviceId()),
                    SyncTexts.when(version.at(), zone));
            if (version.shown()) {
                text += " · " + i18n.get("conflicts.shown");
            }
            choices.add(new Choice(text, version.deleted() ? null : version.value(), version.shown()));
        }
        boolean resolvable = right == SyncService.Right.ALLOWED;
        return new ConflictItem(conflict, conflict.label(), i18n.get("conflicts.field", texts.field(conflict.field())),
                List.copyOf(choices), resolvable, resolvable ? "" : i18n.get("conflicts.right." + right.name()),
                resolvable && SyncService.acceptsTypedValue(conflict));
    }

    private RefusalItem item(Refusal refusal, Map<UUID, String> names) {
        String attempted;
        if (refusal.delete()) {
            attempted = i18n.get("refusals.deleteAttempt");
        } else {
            // What the person typed: not the references and keys a new row carries, nor the fields it left empty
            // (unless emptying is all it did, as when a grade is cleared).
            Map<String, String> typed = new java.util.LinkedHashMap<>();
            refusal.fields().forEach((field, value) -> {
                if (!field.endsWith("_id") && !"kind".equals(field) && !"seq".equals(field)) {
                    typed.put(field, value);
                }
            });
            boolean someValue = typed.values().stream().anyMatch(Objects::nonNull);
            List<String> values = new ArrayList<>();
            typed.forEach((field, value) -> {
                if (value != null || !someValue) {
                    values.add(texts.field(field) + ": " + texts.value(refusal.entity(), field, value, false));
                }
            });
            attempted = values.isEmpty() ? "" : i18n.get("refusals.attempted", String.join(", ", values));
        }
        String who = names.getOrDefault(refusal.authorId(), i18n.get("conflicts.unknownAuthor"));
        String when = refusal.refusedAt() == null ? "" : SyncTexts.when(refusal.refusedAt().toInstant(), zone);
        return new RefusalItem(refusal, refusal.label(), attempted, texts.refusalReason(refusal.reason()),
                i18n.get("refusals.meta", who, when), Objects.toString(refusal.message(), ""));
    }

    private void show(Loaded loaded) {
        conflicts.setAll(loaded.conflicts());
        refusals.setAll(loaded.refusals());
        conflictsHeading.set(i18n.get("conflicts.section", loaded.conflicts().size()));
        refusalsHeading.set(i18n.get("refusals.section", loaded.refusals().size()));
        conflictsNote.set(note(loaded.conflicts().isEmpty(), loaded.hiddenConflicts(), "conflicts"));
        refusalsNote.set(note(loaded.refusals().isEmpty(), loaded.hiddenRefusals(), "refusals"));
    }

    private String note(boolean none, int hidden, String prefix) {
        if (hidden > 0) {
            return i18n.get(prefix + ".hidden", hidden);
        }
        return none ? i18n.get(prefix + ".none") : "";
    }

    /**
     * What the screen's button does: keeps the typed value when one is given (a grade), else the chosen one; says
     * what is missing when neither is.
     */
    public void submit(ConflictItem item, Choice chosen, String typed) {
        if (typed != null) {
            resolveTyped(item, typed);
        } else if (chosen != null) {
            resolve(item, chosen);
        } else {
            status.error(i18n.get("conflicts.chooseFirst"));
        }
    }

    /** Keeps one of the competing values. */
    public void resolve(ConflictItem item, Choice choice) {
        save(item, choice.value());
    }

    /**
     * Keeps a value typed for a grade, read as the gradebook reads a cell. False (and the reason in the status bar)
     * when the text is not a valid grade or nothing was chosen.
     */
    public boolean resolveTyped(ConflictItem item, String typed) {
        if (!item.acceptsTyped()) {
            return false;
        }
        if (typed == null || typed.isBlank()) {
            status.error(i18n.get("conflicts.chooseFirst"));
            return false;
        }
        CellInput.Parsed parsed = SyncService.parseTyped(item.conflict(), typed);
        if (parsed instanceof CellInput.Refused refused) {
            status.error(item.title() + ": " + i18n.get("refusal.problem." + refused.problem().name()));
            return false;
        }
        save(item, ((CellInput.Accepted) parsed).value().map(SyncService::wireValue).orElse(null));
        return true;
    }

    private void save(ConflictItem item, String value) {
        if (!item.resolvable()) {
            status.error(item.whyNot());
            return;
        }
        String shownValue = texts.value(item.conflict().entity(), item.conflict().field(), value, false);
        async.run(() -> sync.resolve(session, item.conflict(), value), change -> {
            status.info(i18n.get("conflicts.resolved", item.title(), shownValue));
            refresh();
        }, error -> {
            status.error(error instanceof SyncService.NotAllowedException notAllowed
                    ? i18n.get("conflicts.right." + notAllowed.right().name(), "") : i18n.get("conflicts.failed"));
            refresh();
        });
    }

    /** "Đã xem": the refusal leaves the list. */
    public void dismiss(RefusalItem item) {
        async.run(() -> {
            sync.dismiss(session, item.refusal());
            return item;
        }, done -> {
            status.info(i18n.get("refusals.dismissed", item.title()));
            refresh();
        }, error -> status.error(i18n.get("conflicts.failed")));
    }

    public ObservableList<ConflictItem> conflicts() {
        return conflicts;
    }

    public ObservableList<RefusalItem> refusals() {
        return refusals;
    }

    public ReadOnlyStringProperty conflictsHeadingProperty() {
        return conflictsHeading.getReadOnlyProperty();
    }

    /** "Không có xung đột nào." or how many others settle; empty when the list says it all. */
    public ReadOnlyStringProperty conflictsNoteProperty() {
        return conflictsNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalsHeadingProperty() {
        return refusalsHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalsNoteProperty() {
        return refusalsNote.getReadOnlyProperty();
    }
}
