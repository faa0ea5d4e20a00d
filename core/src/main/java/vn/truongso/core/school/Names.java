package vn.truongso.core.school;

import java.text.Normalizer;
import java.util.Objects;

/** Text fields people type: one normal form, so that the same name typed on two PCs is the same string. */
final class Names {
    private Names() {}

    /**
     * NFC (Vietnamese input methods produce both composed and decomposed diacritics), outer whitespace removed,
     * inner runs of whitespace (including no-break spaces pasted from Excel) collapsed to one space.
     */
    static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    /** Normalised and not blank, or an IllegalArgumentException naming the field. */
    static String required(String text, String field) {
        Objects.requireNonNull(text, field);
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return normalised;
    }

    /** Like {@link #required} but {@code null} stays {@code null} (an optional field left empty). */
    static String optional(String text, String field) {
        return text == null ? null : required(text, field);
    }
}
