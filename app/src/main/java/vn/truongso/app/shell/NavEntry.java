package vn.truongso.app.shell;

/** The screens the navigation can show; which ones a person sees depends on her roles. */
public enum NavEntry {
    GRADEBOOK,
    TERM_LOCK
}
