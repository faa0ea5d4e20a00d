package vn.truongso.core.school;

import java.util.Objects;
import java.util.UUID;

import vn.truongso.core.grading.AssessmentMode;

/**
 * A subject or educational activity.
 *
 * @param code short stable key (e.g. "TOAN"), used in labels such as "TOAN/CK" and in imports
 * @param mode scored or comment-only (Circular 22, Art. 5)
 */
public record Subject(UUID id, String code, String name, AssessmentMode mode) {
    public Subject {
        Objects.requireNonNull(id, "id");
        code = Names.required(code, "code");
        if (!code.matches("[A-Z0-9_]+")) {
            throw new IllegalArgumentException("subject code must be upper-case letters, digits or _: " + code);
        }
        name = Names.required(name, "name");
        Objects.requireNonNull(mode, "mode");
    }
}
