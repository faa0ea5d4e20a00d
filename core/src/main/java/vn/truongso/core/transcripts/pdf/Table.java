package vn.truongso.core.transcripts.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table drawn row by row at the canvas cursor. Cells wrap; a row that does not fit starts a new page and
 * the header is drawn again there, as on a printed form.
 */
final class Table {
    record Column(float width, Align align) {}

    private static final float PADDING = 1.9f;
    private static final float RULE = 0.5f;

    private final Canvas canvas;
    private final List<Column> columns;
    private final float size;
    private final float leading;
    private String[] header;

    Table(Canvas canvas, List<Column> columns, float size) {
        this.canvas = canvas;
        this.columns = List.copyOf(columns);
        this.size = size;
        this.leading = size * 1.18f;
    }

    static Column col(float width, Align align) {
        return new Column(width, align);
    }

    /** Widths proportional to {@code weights}, filling the canvas width. */
    static List<Column> columns(float[] weights, Align... aligns) {
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            columns.add(new Column(Canvas.WIDTH * weights[i] / total, aligns[i]));
        }
        return columns;
    }

    /** The height a row of these cells needs; used to keep a block together. */
    float rowHeight(Style style, String... cells) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, canvas.wrap(cells[i], style, size, columns.get(i).width() - 2 * PADDING).size());
        }
        return lines * leading + 2 * PADDING;
    }

    void header(String... cells) throws IOException {
        header = cells.clone();
        draw(Style.BOLD, true, cells);
    }

    void row(Style style, String... cells) throws IOException {
        float height = rowHeight(style, cells);
        if (canvas.spaceLeft() < height) {
            canvas.newPage();
            if (header != null) {
                draw(Style.BOLD, true, header);
            }
        }
        draw(style, false, cells);
    }

    /** A row whose first cell is bold (a label) and the others regular. */
    void labelledRow(String label, String... values) throws IOException {
        String[] cells = new String[values.length + 1];
        cells[0] = label;
        System.arraycopy(values, 0, cells, 1, values.length);
        float height = Math.max(rowHeight(Style.BOLD, label), rowHeight(Style.REGULAR, cells));
        canvas.ensure(height);
        drawCells(cells, height, i -> i == 0 ? Style.BOLD : Style.REGULAR, false);
    }

    private void draw(Style style, boolean centred, String... cells) throws IOException {
        drawCells(cells, rowHeight(style, cells), i -> style, centred);
    }

    private interface StyleOf {
        Style of(int column);
    }

    private void drawCells(String[] cells, float height, StyleOf styles, boolean centred) throws IOException {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row has " + columns.size() + " cells, not " + cells.length);
        }
        float top = canvas.y();
        float x = Canvas.LEFT;
        for (int i = 0; i < cells.length; i++) {
            Column column = columns.get(i);
            canvas.box(x, top - height, column.width(), height, RULE);
            Style style = styles.of(i);
            List<String> lines = canvas.wrap(cells[i], style, size, column.width() - 2 * PADDING);
            Align align = centred ? Align.CENTER : column.align();
            float textX = switch (align) {
                case LEFT -> x + PADDING;
                case CENTER -> x + column.width() / 2;
                case RIGHT -> x + column.width() - PADDING;
            };
            // Centred vertically: short cells sit in the middle of a row that another cell made taller.
            float baseline = top - (height - lines.size() * leading) / 2 - size * 0.86f;
            for (String line : lines) {
                canvas.text(line, textX, baseline, style, size, align);
                baseline -= leading;
            }
            x += column.width();
        }
        canvas.down(height);
    }
}
