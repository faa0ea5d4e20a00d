package vn.truongso.app.shell;

/** The screens the navigation can show; which ones a person sees depends on her roles. */
public enum NavEntry {
    GRADEBOOK,
    TERM_LOCK,
    /** Sync conflicts and refused changes: everyone (a teacher sees her own). */
    SYNC_CONFLICTS,
    /** Sync status and enrolment: everyone sees the status; only leaders enrol. */
    SYNC_SETTINGS
}
