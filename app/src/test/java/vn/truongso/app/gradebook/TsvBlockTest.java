package vn.truongso.app.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvBlockTest {

    @Test
    void excelBlockWithCrLfAndTrailingLineBreak() {
        TsvBlock block = TsvBlock.parse("8\t7,5\r\n9\t6\r\n").orElseThrow();
        assertThat(block.rows()).containsExactly(List.of("8", "7,5"), List.of("9", "6"));
    }

    @Test
    void libreOfficeBlockWithLfAndTrailingLineBreak() {
        TsvBlock block = TsvBlock.parse("8\t7\n9\t6\n").orElseThrow();
        assertThat(block.height()).isEqualTo(2);
        assertThat(block.width()).isEqualTo(2);
    }

    @Test
    void singleCellWithOrWithoutLineBreak() {
        assertThat(TsvBlock.parse("8\r\n").orElseThrow().rows()).containsExactly(List.of("8"));
        assertThat(TsvBlock.parse("7,5").orElseThrow().rows()).containsExactly(List.of("7,5"));
    }

    @Test
    void emptyCellsAreKeptIncludingTrailingOnes() {
        TsvBlock block = TsvBlock.parse("8\t\t9\n\t\t\n").orElseThrow();
        assertThat(block.rows()).containsExactly(List.of("8", "", "9"), List.of("", "", ""));
    }

    @Test
    void onlyOneTrailingLineBreakIsDropped() {
        // A column whose last cell is empty ends in two line breaks: the empty last row must stay.
        TsvBlock block = TsvBlock.parse("8\n\n").orElseThrow();
        assertThat(block.rows()).containsExactly(List.of("8"), List.of(""));
    }

    @Test
    void raggedTextIsNotABlock() {
        assertThat(TsvBlock.parse("8\t7\n9\n")).isEmpty();
    }

    @Test
    void nothingIsNotABlock() {
        assertThat(TsvBlock.parse("")).isEmpty();
        assertThat(TsvBlock.parse(null)).isEmpty();
    }

    @Test
    void quotedCellsAreUnquoted() {
        assertThat(TsvBlock.parse("\"8\"\t\"a\"\"b\"").orElseThrow().rows()).containsExactly(List.of("8", "a\"b"));
    }

    @Test
    void formatIsTheInverseOfParse() {
        List<List<String>> rows = List.of(List.of("8", "", "7,5"), List.of("", "9", ""));
        assertThat(TsvBlock.parse(TsvBlock.format(rows)).orElseThrow().rows()).isEqualTo(rows);
        assertThat(TsvBlock.format(rows)).isEqualTo("8\t\t7,5\n\t9\t");
    }
}
