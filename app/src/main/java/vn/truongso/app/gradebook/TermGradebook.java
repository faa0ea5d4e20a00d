package vn.truongso.app.gradebook;

import java.util.List;

/**
 * A term's gradebook for one class and subject. {@code columns} are TX1..TXn (n as the Circular requires for the
 * subject's periods, or more when more were entered), GK and CK. {@code readOnlyReason} is null when editable.
 */
public record TermGradebook(GradebookRef ref, TermRef term, List<ColumnKey> columns, List<StudentRow> rows,
                            ReadOnlyReason readOnlyReason) {

    public enum ReadOnlyReason { TERM_LOCKED, NOT_ASSIGNED }

    public TermGradebook {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean editable() {
        return readOnlyReason == null;
    }
}
