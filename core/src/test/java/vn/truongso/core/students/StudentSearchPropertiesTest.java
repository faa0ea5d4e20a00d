package vn.truongso.core.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Kept apart from the JUnit tests: one class per engine, so Surefire reports both. */
class StudentSearchPropertiesTest {
    private static final List<String> SYLLABLES = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Đỗ", "Bùi", "Hồ", "Văn", "Thị", "Hữu", "Ngọc", "Đức", "Thủy",
            "Thuỷ", "Hương", "Phước", "Ánh", "Tuấn", "Khánh", "Huyền", "An", "Bình", "Yến", "Ưng", "Quốc");

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.of(SYLLABLES).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property
    void foldIsTheSameForComposedAndDecomposedAndIsIdempotent(@ForAll("names") List<String> words) {
        String name = String.join(" ", words);
        String folded = VietnameseText.fold(Normalizer.normalize(name, Normalizer.Form.NFC));
        assertThat(VietnameseText.fold(Normalizer.normalize(name, Normalizer.Form.NFD))).isEqualTo(folded);
        assertThat(VietnameseText.fold(folded)).isEqualTo(folded);
        assertThat(folded).matches("[a-z]+( [a-z]+)*");
    }

    @Property
    void anyReorderedPrefixesOfTheWordsFindTheName(@ForAll("names") List<String> words,
                                                   @ForAll @IntRange(min = 1, max = 4) int prefixLength,
                                                   @ForAll long seed) {
        List<String> query = new ArrayList<>();
        for (String w : words) {
            String folded = VietnameseText.fold(w);
            query.add(folded.substring(0, Math.min(prefixLength, folded.length())).toUpperCase(java.util.Locale.ROOT));
        }
        Collections.shuffle(query, new java.util.Random(seed));
        assertThat(StudentSearch.matches(String.join("  ", query), String.join(" ", words), null)).isTrue();
    }

    @Property
    void moreQueryWordsThanNameWordsNeverMatchTheName(@ForAll("names") List<String> words) {
        String query = String.join(" ", words) + " a";
        assertThat(StudentSearch.query(query).matchesName(String.join(" ", words))).isFalse();
    }
}
