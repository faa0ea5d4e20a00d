package vn.truongso.server.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.sync.RowState;

/**
 * Row states parsed from their stored JSON, remembered by that very text. Each push of grades reads the rows its
 * checks need — its students, their enrolments, classes, teaching assignments, the author — and the school's next
 * push reads the same ones again; parsing them was a fifth of the server's CPU per push. Keyed by the text, not by
 * row and sequence, a remembered state can never be stale: a state is immutable, and a row that changed has other
 * text. The least recently used are forgotten beyond {@link #KEPT} (a few tens of MB at most).
 */
final class ParsedStates {
    private static final int KEPT = 20_000;

    private static final Map<String, RowState> STATES = new LinkedHashMap<>(4_096, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RowState> eldest) {
            return size() > KEPT;
        }
    };

    private ParsedStates() {}

    static RowState of(String json) {
        synchronized (STATES) {
            RowState known = STATES.get(json);
            if (known != null) {
                return known;
            }
        }
        RowState parsed = ProtocolJson.read(json, RowState.class);
        synchronized (STATES) {
            STATES.put(json, parsed);
        }
        return parsed;
    }
}
