package vn.truongso.app.sync.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import vn.truongso.app.i18n.I18n;
import vn.truongso.app.sync.SyncException;
import vn.truongso.app.sync.SyncOverview;
import vn.truongso.core.grading.AssessmentValue;

/**
 * The words of the sync screens: states, server codes, field values and times, in the person's language. Codes come
 * from the server and may be newer than this app: every lookup has a sentence for a code it does not know.
 */
final class SyncTexts {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    /** Codes of a device the server no longer accepts: the status bar says so and offers to enrol again. */
    private static final java.util.Set<String> REJECTIONS = java.util.Set.of("IDENTITY_REUSED", "DEVICE_SUSPENDED",
            "DEVICE_REVOKED", "UNKNOWN_DEVICE", "CERTIFICATE_EXPIRED", "BAD_SIGNATURE");

    private final I18n i18n;

    SyncTexts(I18n i18n) {
        this.i18n = i18n;
    }

    /** Whether the overview says the server no longer accepts this PC (enrolled, but refused): enrol again. */
    static boolean rejected(SyncOverview overview) {
        return overview.state() == SyncOverview.State.NOT_ENROLLED && overview.problem() != null
                && !"NOT_ENROLLED".equals(overview.problem());
    }

    String state(SyncOverview overview) {
        return rejected(overview) ? i18n.get("syncbar.state.REJECTED")
                : i18n.get("syncbar.state." + overview.state().name());
    }

    /** The longer explanation (a tooltip, the settings screen): the problem when there is one, else the state's. */
    String explanation(SyncOverview overview) {
        String problem = overview.problem();
        if (problem == null || "OFFLINE".equals(problem) || "NOT_ENROLLED".equals(problem)) {
            return i18n.get("syncbar.tip." + overview.state().name());
        }
        return problem(problem);
    }

    String problem(String code) {
        if (i18n.has("syncbar.problem." + code)) {
            return i18n.get("syncbar.problem." + code);
        }
        if (REJECTIONS.contains(code)) {
            return i18n.get("syncbar.problem.UNKNOWN_DEVICE");
        }
        return switch (code) {
            case "TOO_MANY_REQUESTS", "UNAVAILABLE", "INTERNAL_ERROR" -> i18n.get("syncbar.problem.BUSY");
            case "PROTOCOL_TOO_OLD", "UPGRADE_REQUIRED" -> i18n.get("syncbar.problem.UPGRADE_NEEDED");
            default -> code.startsWith("HTTP_5") ? i18n.get("syncbar.problem.BUSY")
                    : i18n.get("syncbar.problem.OTHER", code);
        };
    }

    /** A failed enrolment, as the person can act on it. */
    String enrolError(SyncException e, String serverUrl) {
        String code = e.code() == null ? "" : e.code();
        return switch (code) {
            case "INVALID_ENROLMENT_CODE", "OTHER_SCHOOL", "TOO_MANY_ATTEMPTS", "PROTOCOL_TOO_NEW" ->
                    i18n.get("syncsettings.error." + code);
            case "OFFLINE" -> i18n.get("syncsettings.error.OFFLINE", serverUrl);
            case "BAD_ANSWER", "NOT_FOUND", "HTTP_404", "METHOD_NOT_ALLOWED", "HTTP_405", "UNSUPPORTED_MEDIA_TYPE" ->
                    i18n.get("syncsettings.error.NOT_A_SERVER");
            case "INVALID_REQUEST", "INVALID_BODY" ->
                    i18n.get("syncsettings.error.INVALID_REQUEST", String.valueOf(e.getMessage()));
            default -> switch (e.kind()) {
                case OFFLINE -> i18n.get("syncsettings.error.OFFLINE", serverUrl);
                case BUSY -> i18n.get("syncsettings.error.BUSY");
                case UPGRADE_NEEDED -> i18n.get("syncsettings.error.UPGRADE_NEEDED");
                default -> i18n.get("syncsettings.error.OTHER", code, String.valueOf(e.getMessage()));
            };
        };
    }

    /** Why the server refused a change, as a sentence. */
    String refusalReason(String code) {
        return code != null && i18n.has("refusal.server." + code) ? i18n.get("refusal.server." + code)
                : i18n.get("refusal.server.OTHER", String.valueOf(code));
    }

    String field(String field) {
        return i18n.has("sync.field." + field) ? i18n.get("sync.field." + field) : field;
    }

    /** A field's wire value as people write it: grades as the gradebook shows them, yes/no, empty. */
    String value(String entity, String field, String value, boolean deleted) {
        if (deleted) {
            return i18n.get("conflicts.deleted");
        }
        if (value == null || value.isEmpty()) {
            return i18n.get("conflicts.empty");
        }
        if ("assessment".equals(entity) && "score".equals(field)) {
            try {
                return localise(AssessmentValue.Score.of(value).text());
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        if ("assessment".equals(entity) && "rating".equals(field)) {
            return "D".equals(value) ? AssessmentValue.Rating.PASS.text()
                    : "CD".equals(value) ? AssessmentValue.Rating.FAIL.text() : value;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return i18n.get("sync.value." + value);
        }
        return value;
    }

    private String localise(String plain) {
        return "vi".equals(i18n.locale().getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /** "máy này" for this PC, "máy 0193a1b2" for another (the server knows its name; this PC only its id). */
    String device(UUID device, UUID thisPc) {
        if (device == null) {
            return i18n.get("conflicts.otherPc", "?");
        }
        return device.equals(thisPc) ? i18n.get("conflicts.thisPc")
                : i18n.get("conflicts.otherPc", shortId(device));
    }

    /** The last 8 hex digits: the random part of a UUIDv7 (its first digits are a timestamp, alike for all PCs). */
    static String shortId(UUID id) {
        String text = id.toString();
        return text.substring(text.length() - 8);
    }

    /** "Đồng bộ lúc 14:05" today, "Đồng bộ lúc 14:05 ngày 22/11" another day; empty before the first sync. */
    String lastSync(SyncOverview overview, java.time.Clock clock) {
        if (overview.lastSync() == null) {
            return "";
        }
        java.time.ZonedDateTime at = overview.lastSync().atZone(clock.getZone());
        String time = TIME.format(at);
        return at.toLocalDate().equals(java.time.LocalDate.now(clock)) ? i18n.get("syncbar.lastSync", time)
                : i18n.get("syncbar.lastSyncDay", time, DAY.format(at));
    }

    static String when(Instant instant, ZoneId zone) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    /** "7 phút", "3 giờ", "12 ngày": how far the clock is off, rounded down to a unit people use. */
    String duration(long millis) {
        long minutes = Math.abs(millis) / 60_000;
        if (minutes < 120) {
            return i18n.get("duration.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return i18n.get("duration.hours", minutes / 60);
        }
        return i18n.get("duration.days", minutes / (24 * 60));
    }

    Locale locale() {
        return i18n.locale();
    }
}
