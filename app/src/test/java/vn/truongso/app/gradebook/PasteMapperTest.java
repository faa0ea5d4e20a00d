package vn.truongso.app.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.truongso.app.gradebook.PasteMapper.Fits;
import vn.truongso.app.gradebook.PasteMapper.Placed;
import vn.truongso.app.gradebook.PasteMapper.Position;
import vn.truongso.app.gradebook.PasteMapper.TooBig;

class PasteMapperTest {

    private static TsvBlock block(String tsv) {
        return TsvBlock.parse(tsv).orElseThrow();
    }

    @Test
    void blockStartsAtTheAnchorRowByRow() {
        PasteMapper.Result result = PasteMapper.map(block("8\t7\r\n9\t6\r\n"), new Position(3, 1), 40, 6);
        assertThat(result).isInstanceOf(Fits.class);
        assertThat(((Fits) result).cells()).containsExactly(
                new Placed(new Position(3, 1), "8"), new Placed(new Position(3, 2), "7"),
                new Placed(new Position(4, 1), "9"), new Placed(new Position(4, 2), "6"));
    }

    @Test
    void singleCellGoesToTheAnchor() {
        PasteMapper.Result result = PasteMapper.map(block("5\n"), new Position(0, 0), 1, 1);
        assertThat(((Fits) result).cells()).containsExactly(new Placed(new Position(0, 0), "5"));
    }

    @Test
    void blockThatFitsExactlyAtTheBottomRightCorner() {
        assertThat(PasteMapper.map(block("1\t2\n3\t4"), new Position(38, 4), 40, 6)).isInstanceOf(Fits.class);
    }

    @Test
    void blockPastTheLastRowIsRefused() {
        assertThat(PasteMapper.map(block("1\n2\n3"), new Position(38, 0), 40, 6))
                .isEqualTo(new TooBig(3, 1, 2, 6));
    }

    @Test
    void blockPastTheLastColumnIsRefused() {
        assertThat(PasteMapper.map(block("1\t2\t3"), new Position(0, 4), 40, 6))
                .isEqualTo(new TooBig(1, 3, 40, 2));
    }

    @Test
    void emptyCellsArePlacedToo() {
        // An empty cell in a pasted block clears that cell, as in a spreadsheet.
        assertThat(((Fits) PasteMapper.map(block("\t8"), new Position(0, 0), 1, 2)).cells())
                .extracting(Placed::text).containsExactly("", "8");
    }
}
