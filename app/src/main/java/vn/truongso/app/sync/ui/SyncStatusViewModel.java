package vn.truongso.app.sync.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.truongso.app.common.Async;
import vn.truongso.app.i18n.I18n;
import vn.truongso.app.sync.SyncOverview;
import vn.truongso.app.sync.SyncProgress;
import vn.truongso.app.sync.SyncService;

/**
 * The sync part of the status bar: the state (with its colour), what waits to be sent, when the last sync ended,
 * the progress of a long one, a wrong PC clock, and what needs a person (a link to the conflicts screen) or, when
 * the PC is not enrolled, a link to the settings. The scheduler reports on its own threads; the reports are hopped
 * to the UI thread through {@link Async#ui()}, latest first (a burst of progress reports makes one update).
 */
public final class SyncStatusViewModel {
    /** A sync of fewer changes than this shows no progress bar: it would only flicker. */
    static final long PROGRESS_FROM = 100;
    /** "A few minutes": the server accepts ±10 minutes; warn well before. */
    static final long CLOCK_WARNING_MILLIS = 3 * 60_000;

    private final SyncService sync;
    private final I18n i18n;
    private final Async async;
    private final Clock clock;
    private final Runnable openConflicts;
    private final Runnable openSettings;
    private final SyncTexts texts;
    private final ReadOnlyObjectWrapper<SyncOverview.State> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pendingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSyncText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attentionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper settingsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper progressShown = new ReadOnlyBooleanWrapper(false);
    private final AtomicReference<SyncOverview> incoming = new AtomicReference<>();
    private final Consumer<SyncOverview> listener = this::received;

    /** {@code openConflicts} and {@code openSettings} null: no links (the login screen). */
    public SyncStatusViewModel(SyncService sync, I18n i18n, Async async, Runnable openConflicts,
                               Runnable openSettings) {
        this.sync = sync;
        this.i18n = i18n;
        this.async = async;
        this.clock = sync.clock();
        this.openConflicts = openConflicts;
        this.openSettings = openSettings;
        this.texts = new SyncTexts(i18n);
    }

    /** Starts following the scheduler's reports; the first state is read off the UI thread. */
    public void activate() {
        sync.addListener(listener);
        async.run(sync::overview, this::showUnlessNewer, error -> { });
    }

    public void deactivate() {
        sync.removeListener(listener);
    }

    // On a sync thread: keep the latest, and post one update if none is pending.
    private void received(SyncOverview overview) {
        if (incoming.getAndSet(overview) == null) {
            async.ui().execute(() -> show(incoming.getAndSet(null)));
        }
    }

    private void showUnlessNewer(SyncOverview read) {
        if (state.get() == null) {
            show(read);
        }
    }

    /** Shows an overview. On the UI thread. */
    void show(SyncOverview overview) {
        if (overview == null) {
            return;
        }
        state.set(overview.state());
        stateText.set(texts.state(overview));
        explanation.set(texts.explanation(overview));
        boolean enrolled = overview.state() != SyncOverview.State.NOT_ENROLLED;
        pendingText.set(overview.pending() > 0 ? i18n.get("syncbar.pending", overview.pending()) : "");
        lastSyncText.set(texts.lastSync(overview, clock));
        clockText.set(enrolled && Math.abs(overview.clockOffsetMillis()) > CLOCK_WARNING_MILLIS
                ? i18n.get("syncbar.clock", texts.duration(overview.clockOffsetMillis())) : "");
        List<String> attention = new ArrayList<>();
        if (overview.conflicts() > 0) {
            attention.add(i18n.get("syncbar.conflicts", overview.conflicts()));
        }
        if (overview.refusals() > 0) {
            attention.add(i18n.get("syncbar.refusals", overview.refusals()));
        }
        attentionText.set(String.join(" · ", attention));
        settingsText.set(enrolled ? ""
                : i18n.get(SyncTexts.rejected(overview) ? "syncbar.reconnect" : "syncbar.settings"));
        showProgress(overview.state() == SyncOverview.State.SYNCING ? overview.progress() : null);
    }

    private void showProgress(SyncProgress now) {
        boolean shown = now != null && (now.phase() == SyncProgress.Phase.SNAPSHOT
                || Math.max(now.done(), now.total()) >= PROGRESS_FROM);
        progressShown.set(shown);
        if (!shown) {
            progressText.set("");
            progress.set(-1);
            return;
        }
        progress.set(now.total() > 0 ? Math.min(1.0, (double) now.done() / now.total()) : -1);
        progressText.set(i18n.get("syncbar.progress." + now.phase().name(), now.done(), Math.max(now.total(), 0)));
    }

    /** Whether the links lead anywhere (not on the login screen, where nobody is signed in yet). */
    public boolean hasLinks() {
        return openConflicts != null;
    }

    public void openConflicts() {
        if (openConflicts != null) {
            openConflicts.run();
        }
    }

    public void openSettings() {
        if (openSettings != null) {
            openSettings.run();
        }
    }

    public ReadOnlyObjectProperty<SyncOverview.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "Đã đồng bộ", "Ngoại tuyến", …; or "Máy chủ không nhận máy này" for an enrolled PC the server refuses. */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    /** A sentence on what the state means or what went wrong, for a tooltip. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingTextProperty() {
        return pendingText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncTextProperty() {
        return lastSyncText.getReadOnlyProperty();
    }

    /** Empty unless this PC's clock is off the server's by more than a few minutes. */
    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    /** "2 xung đột · 1 thay đổi bị từ chối"; empty when nothing needs a person. */
    public ReadOnlyStringProperty attentionTextProperty() {
        return attentionText.getReadOnlyProperty();
    }

    /** The settings link's text when the PC is not (or no longer) enrolled; empty otherwise. */
    public ReadOnlyStringProperty settingsTextProperty() {
        return settingsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** 0..1, or -1 when the total is not known (a snapshot, a pull). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty progressShownProperty() {
        return progressShown.getReadOnlyProperty();
    }
}
