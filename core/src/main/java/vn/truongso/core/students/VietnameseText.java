package vn.truongso.core.students;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for matching, never for display: people type names without diacritics, in either
 * Unicode form (input methods produce both composed and decomposed marks) and in any case.
 */
public final class VietnameseText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Anything that is not a letter or a digit separates words: hyphens, dots, commas, every kind of space. */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietnameseText() {}

    /**
     * The matching key: diacritics removed, đ/Đ → d, lower case, words separated by one space, no outer space.
     * NFD first so that composed and decomposed input fold alike; đ must be mapped by hand because it is a letter
     * of its own (U+0111), not d plus a combining mark, so NFD leaves it untouched.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'd')
                .toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(bare).replaceAll(" ").strip();
    }

    /** The folded words, in order; empty for blank text. */
    public static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
