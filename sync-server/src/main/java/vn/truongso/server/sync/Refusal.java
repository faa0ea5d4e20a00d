package vn.truongso.server.sync;

/**
 * Why the server refused a change: a stable code the app translates for the person who made the change, and a
 * message for logs and IT staff.
 */
record Refusal(Reason reason, String message) {
    enum Reason {
        INVALID_VALUE, WRONG_SCHOOL, MISSING_PARENT, UNKNOWN_AUTHOR, NOT_ALLOWED, NOT_ASSIGNED, TERM_LOCKED
    }
}
