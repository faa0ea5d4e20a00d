package vn.truongso.app.gradebook;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a pasted block on the gradebook grid: the block's top-left cell goes to the anchor (the selected cell), and
 * the block must fit entirely, because a paste is saved all together or not at all.
 */
public final class PasteMapper {

    /** A grid position: row index and index among the editable columns. */
    public record Position(int row, int column) {}

    public record Placed(Position position, String text) {}

    public sealed interface Result permits Fits, TooBig {}

    public record Fits(List<Placed> cells) implements Result {}

    /** The block needs {@code rows × columns} from the anchor but only {@code rowsLeft × columnsLeft} are there. */
    public record TooBig(int rows, int columns, int rowsLeft, int columnsLeft) implements Result {}

    private PasteMapper() {}

    public static Result map(TsvBlock block, Position anchor, int rowCount, int columnCount) {
        int rowsLeft = rowCount - anchor.row();
        int columnsLeft = columnCount - anchor.column();
        if (block.height() > rowsLeft || block.width() > columnsLeft) {
            return new TooBig(block.height(), block.width(), rowsLeft, columnsLeft);
        }
        List<Placed> cells = new ArrayList<>();
        for (int r = 0; r < block.height(); r++) {
            for (int c = 0; c < block.width(); c++) {
                cells.add(new Placed(new Position(anchor.row() + r, anchor.column() + c), block.cell(r, c)));
            }
        }
        return new Fits(cells);
    }
}
