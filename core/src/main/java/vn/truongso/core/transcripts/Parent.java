package vn.truongso.core.transcripts;

/**
 * A parent or guardian as the transcript lists them.
 *
 * @param occupation nghề nghiệp; the secondary transcript asks for it, the primary one does not
 */
public record Parent(String name, String occupation) {
    public Parent {
        name = Texts.required(name, "name");
        occupation = Texts.optional(occupation);
    }

    /** A parent of whom only the name is known, or {@code null} for no name. */
    public static Parent named(String name) {
        return Texts.optional(name) == null ? null : new Parent(name, null);
    }
}
