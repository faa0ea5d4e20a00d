package vn.truongso.core.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentSearchTest {
    static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @Test
    void foldRemovesDiacriticsCaseAndExtraSpace() {
        assertThat(VietnameseText.fold("  Nguyễn   Văn\u00A0An ")).isEqualTo("nguyen van an");
        assertThat(VietnameseText.fold("ĐẶNG Thị Thuỷ")).isEqualTo("dang thi thuy");
        assertThat(VietnameseText.fold("Trương Ngọc Ưng")).isEqualTo("truong ngoc ung");
        assertThat(VietnameseText.fold("Lê-Hoàng")).isEqualTo("le hoang");
        assertThat(VietnameseText.fold(null)).isEmpty();
        assertThat(VietnameseText.words(" \t ")).isEmpty();
    }

    @Test
    void dWithStrokeIsNotACombiningMark() {
        // NFD leaves Đ (U+0110) and đ (U+0111) alone; only the explicit mapping folds them.
        assertThat(nfd("Đ")).isEqualTo("\u0110");
        assertThat(VietnameseText.fold("Đỗ Đức Độ")).isEqualTo("do duc do");
        assertThat(VietnameseText.fold("đ")).isEqualTo("d");
    }

    @Test
    void composedAndDecomposedFoldAlike() {
        String name = "Nguyễn Thị Hồng Nhung";
        assertThat(nfd(name)).isNotEqualTo(nfc(name));
        assertThat(VietnameseText.fold(nfd(name))).isEqualTo(VietnameseText.fold(nfc(name)));
    }

    @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
    @CsvSource({
            "nguyen van an, Nguyễn Văn An",
            "NGUYEN VAN AN, Nguyễn Văn An",
            "Nguyễn Văn An, Nguyễn Văn An",
            "an nguyen, Nguyễn Văn An",
            "ng v a, Nguyễn Văn An",
            "dang, Đặng Thị Mai",
            "đặng, Dang Thi Mai",
            "thuy, Lê Thị Thủy",
            "thuy, Lê Thị Thuỷ",
            "duong, Đường Văn Bảo",
            "duong, Phạm Dương",
            "n ngu, Nguyễn Ngọc",
            "'  tran   hung ', Trần Quốc Hưng",
    })
    void finds(String query, String name) {
        assertThat(StudentSearch.matches(query, name, null)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" does not find \"{1}\"")
    @CsvSource({
            "an, Nguyễn Văn Bình",
            "van an, Nguyễn Văn Bình",
            "an an, Nguyễn Văn An",
            "guyen, Nguyễn Văn An",
            "nguyen van an tu, Nguyễn Văn An",
            "d, Bùi Thị Mai",
    })
    void doesNotFind(String query, String name) {
        assertThat(StudentSearch.matches(query, name, "")).isFalse();
    }

    @Test
    void queryTypedInDecomposedFormFindsComposedName() {
        assertThat(StudentSearch.matches(nfd("Nguyễn Văn An"), nfc("Nguyễn Văn An"), null)).isTrue();
        assertThat(StudentSearch.matches(nfd("Đặng"), nfc("Đặng Hữu Phước"), null)).isTrue();
        assertThat(StudentSearch.matches(nfc("phước"), nfd("Đặng Hữu Phước"), null)).isTrue();
    }

    @Test
    void findsByStudentCode() {
        String code = "001212012345";
        assertThat(StudentSearch.matches("001212012345", "Nguyễn Văn An", code)).isTrue();
        assertThat(StudentSearch.matches("12345", "Nguyễn Văn An", code)).isTrue();
        assertThat(StudentSearch.matches("001 212 012 345", "Nguyễn Văn An", code)).isTrue();
        assertThat(StudentSearch.matches("99999", "Nguyễn Văn An", code)).isFalse();
        assertThat(StudentSearch.matches("12345", "Nguyễn Văn An", null)).isFalse();
        assertThat(StudentSearch.matches("12345", "Nguyễn Văn An", "  ")).isFalse();
    }

    @Test
    void blankQueryFindsEveryone() {
        assertThat(StudentSearch.query("   ").isBlank()).isTrue();
        assertThat(StudentSearch.matches("", "Nguyễn Văn An", null)).isTrue();
        assertThat(StudentSearch.matches(null, "Nguyễn Văn An", null)).isTrue();
    }

    record Row(String name, String code) {}

    @Test
    void filterKeepsTheGivenOrder() {
        List<Row> rows = List.of(
                new Row("Trần Thị Bình", "001312000001"),
                new Row("Nguyễn Văn An", "001212000002"),
                new Row("Nguyễn Văn Bình", "001212000003"),
                new Row("Đỗ An Khang", null));
        assertThat(StudentSearch.filter("an", rows, Row::name, Row::code))
                .extracting(Row::name).containsExactly("Nguyễn Văn An", "Đỗ An Khang");
        assertThat(StudentSearch.filter("binh", rows, Row::name, Row::code))
                .extracting(Row::name).containsExactly("Trần Thị Bình", "Nguyễn Văn Bình");
        assertThat(StudentSearch.filter("000003", rows, Row::name, Row::code))
                .extracting(Row::name).containsExactly("Nguyễn Văn Bình");
        assertThat(StudentSearch.filter("", rows, Row::name, Row::code)).hasSize(4);
    }
}
