package vn.truongso.app.gradebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A rectangular block of cells as spreadsheets put it on the clipboard: cells separated by tabs, rows by \n or \r\n,
 * usually with one trailing line break (Excel, LibreOffice), which is not an extra row.
 */
public record TsvBlock(List<List<String>> rows) {

    public TsvBlock {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Empty for text that is not a rectangle (rows of different widths) or has no cell at all. */
    public static Optional<TsvBlock> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String body = stripOneTrailingLineBreak(text);
        List<List<String>> rows = new ArrayList<>();
        for (String line : body.split("\r?\n", -1)) {
            // -1 keeps trailing empty cells: "8\t\t" is three cells, the last two empty.
            rows.add(Arrays.stream(line.split("\t", -1)).map(TsvBlock::unquote).toList());
        }
        int width = rows.get(0).size();
        boolean rectangular = rows.stream().allMatch(row -> row.size() == width);
        return rectangular ? Optional.of(new TsvBlock(rows)) : Optional.empty();
    }

    public static String format(List<List<String>> rows) {
        return rows.stream().map(row -> String.join("\t", row)).collect(Collectors.joining("\n"));
    }

    public int height() {
        return rows.size();
    }

    public int width() {
        return rows.get(0).size();
    }

    public String cell(int row, int column) {
        return rows.get(row).get(column);
    }

    private static String stripOneTrailingLineBreak(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    // Excel quotes a cell that contains a quote, tab or line break; scores never do, but a stray "8" should still work.
    private static String unquote(String cell) {
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            return cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
        }
        return cell;
    }
}
