package vn.truongso.core.transcripts;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * Text as it goes into a transcript: NFC (the same name typed with composed or decomposed diacritics must print
 * and hash alike), single spaces, and blank treated as absent so that "" and null cannot give two hashes.
 */
final class Texts {
    private Texts() {}

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Normalised, or {@code null} when null or blank. */
    static String optional(String text) {
        if (text == null) {
            return null;
        }
        String clean = nfc(text).replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
        return clean.isEmpty() ? null : clean;
    }

    /** Like {@link #optional} but keeps line breaks: remarks are written in paragraphs. */
    static String optionalParagraphs(String text) {
        if (text == null) {
            return null;
        }
        String clean = nfc(text).replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\t\\u00A0\\u2007\\u202F ]+", " ").replaceAll(" *\\n *", "\n").strip();
        return clean.isEmpty() ? null : clean;
    }

    static String required(String text, String field) {
        String clean = optional(Objects.requireNonNull(text, field));
        if (clean == null) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return clean;
    }

    /** An immutable copy with each element normalised and blanks dropped. */
    static List<String> list(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(Texts::optional).filter(Objects::nonNull).toList();
    }
}
