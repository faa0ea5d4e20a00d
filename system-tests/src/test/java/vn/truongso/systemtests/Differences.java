package vn.truongso.systemtests;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** The entries two replicas' maps disagree on, side by side: a failed comparison of 10,000 rows stays readable. */
final class Differences {
    private Differences() {}

    static Map<String, String> of(Map<String, String> left, Map<String, String> right) {
        Map<String, String> differences = new TreeMap<>();
        TreeSet<String> keys = new TreeSet<>(left.keySet());
        keys.addAll(right.keySet());
        for (String key : keys) {
            if (!Objects.equals(left.get(key), right.get(key))) {
                differences.put(key, left.get(key) + "  <>  " + right.get(key));
            }
        }
        return differences;
    }
}
