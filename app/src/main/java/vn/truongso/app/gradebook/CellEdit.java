package vn.truongso.app.gradebook;

/** What a person typed into a cell; empty text clears it. */
public record CellEdit(CellKey key, String typedText) {}
