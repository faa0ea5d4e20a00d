package vn.truongso.app.gradebook;

/** What one grid cell shows: the saved value's text, or the refused text the person typed (shown in red). */
public record CellState(String text, boolean refused) {
    public static final CellState EMPTY = new CellState("", false);

    public static CellState of(String text) {
        return new CellState(text, false);
    }
}
