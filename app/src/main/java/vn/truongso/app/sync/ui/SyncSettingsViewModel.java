package vn.truongso.app.sync.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.truongso.app.auth.Session;
import vn.truongso.app.common.Async;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.i18n.I18n;
import vn.truongso.app.sync.DeviceCredentials;
import vn.truongso.app.sync.EnrolmentService;
import vn.truongso.app.sync.SyncException;
import vn.truongso.app.sync.SyncOverview;
import vn.truongso.app.sync.SyncService;

/**
 * The "Cài đặt đồng bộ" screen: this PC's enrolment and sync status ("Đồng bộ ngay"), and the form that enrols it
 * with a server (address, this PC's name, the one-time code). Only a principal or an administrator may enrol; the
 * form says before enrolling that the demo data may be replaced; enrolling runs off the UI thread and ends with the
 * school and device id, or with what went wrong in words the person can act on.
 */
public final class SyncSettingsViewModel {
    private static final int MAX_PC_NAME = 100;

    /** What the store says about the enrolment, read off the UI thread. */
    private record Snapshot(Optional<DeviceCredentials> credentials, Optional<String> serverUrl,
                            boolean localSchoolOnly, SyncOverview overview) {}

    private sealed interface Attempt permits Done, Failed {}

    private record Done(EnrolmentService.Enrolled enrolled) implements Attempt {}

    private record Failed(SyncException error) implements Attempt {}

    private final SyncService sync;
    private final Session session;
    private final I18n i18n;
    private final Async async;
    private final StatusModel status;
    private final Consumer<EnrolmentService.Enrolled> onSchoolReplaced;
    private final SyncTexts texts;
    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty pcName = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper serverError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper codeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper confirming = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper enrolled = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mayEnrol = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper enrolledServer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper enrolledSchool = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper enrolledDevice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stateDetail = new ReadOnlyStringWrapper("");
    private final BooleanBinding canEnrol;
    private final Consumer<SyncOverview> overviewChanged = this::overviewReported;
    private boolean localSchoolOnly;
    private boolean filled;

    public SyncSettingsViewModel(SyncService sync, Session session, I18n i18n, Async async, StatusModel status,
                                 Consumer<EnrolmentService.Enrolled> onSchoolReplaced) {
        this.sync = sync;
        this.session = session;
        this.i18n = i18n;
        this.async = async;
        this.status = status;
        this.onSchoolReplaced = onSchoolReplaced;
        this.texts = new SyncTexts(i18n);
        mayEnrol.set(session.isSchoolLeader());
        canEnrol = mayEnrol.and(busy.not());
        formHeading.set(i18n.get("syncsettings.enrol.heading"));
        // A value fixed after a refusal clears its error at once.
        serverUrl.addListener((obs, old, now) -> serverError.set(""));
        pcName.addListener((obs, old, now) -> nameError.set(""));
        code.addListener((obs, old, now) -> codeError.set(""));
    }

    public void activate() {
        sync.addListener(overviewChanged);
        reload();
    }

    public void deactivate() {
        sync.removeListener(overviewChanged);
    }

    private void overviewReported(SyncOverview overview) {
        async.ui().execute(() -> {
            if (!enrolled.get() && overview.state() != SyncOverview.State.NOT_ENROLLED) {
                reload(); // enrolled meanwhile: read the enrolment
            } else {
                showOverview(overview);
            }
        });
    }

    private void reload() {
        async.run(() -> new Snapshot(sync.enrolment(), sync.serverUrl(), sync.holdsLocalSchoolOnly(), sync.overview()),
                this::show, e -> error.set(i18n.get("syncsettings.error.LOCAL", String.valueOf(e.getMessage()))));
    }

    private void show(Snapshot snapshot) {
        localSchoolOnly = snapshot.localSchoolOnly();
        Optional<DeviceCredentials> credentials = snapshot.credentials();
        enrolled.set(credentials.isPresent());
        enrolledServer.set(credentials.map(DeviceCredentials::serverUrl).orElse(""));
        enrolledSchool.set(credentials.map(DeviceCredentials::schoolCode).orElse(""));
        enrolledDevice.set(credentials.map(c -> c.deviceId().toString()).orElse(""));
        formHeading.set(i18n.get(credentials.isPresent() ? "syncsettings.reenrol.heading"
                : "syncsettings.enrol.heading"));
        if (!filled) {
            filled = true;
            serverUrl.set(snapshot.serverUrl().orElse(""));
            pcName.set(SyncService.suggestedPcName());
        }
        showOverview(snapshot.overview());
    }

    private void showOverview(SyncOverview overview) {
        String last = texts.lastSync(overview, sync.clock());
        stateText.set(!enrolled.get() ? i18n.get("syncsettings.notEnrolled")
                : last.isEmpty() ? texts.state(overview) : texts.state(overview) + " · " + last);
        stateDetail.set(enrolled.get() ? texts.explanation(overview) : i18n.get("syncbar.tip.NOT_ENROLLED"));
    }

    /**
     * "Kết nối": checks the form, then asks for confirmation (the warning says what happens to the data here).
     * Nothing is sent yet.
     */
    public void enrol() {
        error.set("");
        result.set("");
        if (!mayEnrol.get()) {
            error.set(i18n.get("syncsettings.notAllowed"));
            return;
        }
        if (busy.get() || !validate()) {
            return;
        }
        warning.set(i18n.get(localSchoolOnly ? "syncsettings.warning.demo" : "syncsettings.warning.reenrol"));
        confirming.set(true);
    }

    /** "Xác nhận kết nối": enrols in the background while the progress indicator shows. */
    public void confirm() {
        if (!confirming.get() || busy.get() || !mayEnrol.get() || !validate()) {
            return;
        }
        confirming.set(false);
        busy.set(true);
        error.set("");
        result.set("");
        String url = normaliseUrl(serverUrl.get()).orElseThrow();
        String typedCode = normaliseCode(code.get());
        String name = pcName.get().strip();
        async.run(() -> attempt(url, typedCode, name), this::finished, e -> {
            busy.set(false);
            error.set(i18n.get("syncsettings.error.LOCAL", String.valueOf(e.getMessage())));
        });
    }

    public void cancel() {
        confirming.set(false);
    }

    private Attempt attempt(String url, String typedCode, String name) {
        try {
            return new Done(sync.enrol(url, typedCode, name));
        } catch (SyncException e) {
            return new Failed(e);
        }
    }

    private void finished(Attempt attempt) {
        busy.set(false);
        switch (attempt) {
            case Done done -> {
                EnrolmentService.Enrolled enrolledWith = done.enrolled();
                String text = i18n.get("syncsettings.done", enrolledWith.schoolCode(), enrolledWith.deviceId().toString());
                if (enrolledWith.replacedLocalSchool()) {
                    text += " " + i18n.get("syncsettings.done.replaced");
                }
                result.set(text);
                status.info(text);
                code.set("");
                reload();
                if (enrolledWith.replacedLocalSchool()) {
                    onSchoolReplaced.accept(enrolledWith);
                }
            }
            case Failed failed -> error.set(texts.enrolError(failed.error(), normaliseUrl(serverUrl.get()).orElse("")));
        }
    }

    /** "Đồng bộ ngay": the scheduler starts a round now (pushing, then pulling). */
    public void syncNow() {
        sync.nudge();
        status.info(i18n.get("syncsettings.syncNow.started"));
    }

    private boolean validate() {
        boolean valid = true;
        if (normaliseUrl(serverUrl.get()).isEmpty()) {
            serverError.set(i18n.get("syncsettings.error.url"));
            valid = false;
        }
        String name = pcName.get() == null ? "" : pcName.get().strip();
        if (name.isEmpty() || name.length() > MAX_PC_NAME) {
            nameError.set(i18n.get("syncsettings.error.name"));
            valid = false;
        }
        if (!normaliseCode(code.get()).matches("[A-Z0-9]{16}")) {
            codeError.set(i18n.get("syncsettings.error.code"));
            valid = false;
        }
        return valid;
    }

    /**
     * The server's base address, or empty when the text is not one: http or https, a host, an optional port, no
     * path (the sync paths are absolute), no query. "192.168.1.10:8443" is read as http://192.168.1.10:8443.
     */
    static Optional<String> normaliseUrl(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean noPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !noPath
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() >= 0 ? ":" + uri.getPort() : ""));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The code as the server reads it: upper case, without the spaces and dashes people type. */
    static String normaliseCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty pcNameProperty() {
        return pcName;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyStringProperty serverErrorProperty() {
        return serverError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return codeError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The warning is shown and the enrolment waits for "Xác nhận kết nối". */
    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty enrolledProperty() {
        return enrolled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayEnrolProperty() {
        return mayEnrol.getReadOnlyProperty();
    }

    public BooleanBinding canEnrolProperty() {
        return canEnrol;
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formHeadingProperty() {
        return formHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty enrolledServerProperty() {
        return enrolledServer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty enrolledSchoolProperty() {
        return enrolledSchool.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty enrolledDeviceProperty() {
        return enrolledDevice.getReadOnlyProperty();
    }

    /** "Đã đồng bộ", …; "Máy này chưa kết nối với máy chủ nào." when not enrolled. */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateDetailProperty() {
        return stateDetail.getReadOnlyProperty();
    }
}
