package vn.truongso.core.grading;

import java.util.ArrayList;
import java.util.List;

/** Names the gradebook columns a term result still waits for, the same way for scored and comment subjects. */
final class MissingColumns {
    private MissingColumns() {}

    /**
     * Empty regular columns ({@code null} elements) are named first, then columns not yet opened, until the
     * shortfall against {@code requiredRegular} is covered; then GK and CK when absent.
     */
    static List<String> of(List<?> regular, int requiredRegular, boolean midtermMissing, boolean endOfTermMissing) {
        List<String> missing = new ArrayList<>();
        long entered = regular.stream().filter(v -> v != null).count();
        long shortfall = requiredRegular - entered;
        for (int i = 0; i < regular.size() && shortfall > 0; i++) {
            if (regular.get(i) == null) {
                missing.add(AssessmentKind.TX.name() + (i + 1));
                shortfall--;
            }
        }
        for (int column = regular.size() + 1; shortfall > 0; column++, shortfall--) {
            missing.add(AssessmentKind.TX.name() + column);
        }
        if (midtermMissing) {
            missing.add(AssessmentKind.GK.name());
        }
        if (endOfTermMissing) {
            missing.add(AssessmentKind.CK.name());
        }
        return missing;
    }
}
