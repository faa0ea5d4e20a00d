package vn.truongso.core.assets;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The yearly stock-take (kiểm kê tài sản): what the asset register says each room holds against what the
 * counting team found, as a discrepancy report the principal signs.
 *
 * <p>Codes and rooms are compared trimmed, with runs of spaces collapsed and case ignored ("P.101" = "p.101 "),
 * because the count sheets are typed by hand; the report shows them as first written. Several lines for the same
 * code and room are added up. Per code, units short in one room and over in another are first explained as
 * moved ({@link Kind#FOUND_IN_OTHER_ROOM}) — the usual reason in a school, where tables and projectors wander
 * between classrooms — pairing rooms in sorted order so the report is the same on every PC. Only what is left
 * unexplained is reported as missing, surplus or a quantity difference.
 */
public final class StockTake {

    /**
     * One line of the register or of a count sheet.
     *
     * @param name may be null on a count sheet; the register's name is shown when the code is registered
     */
    public record Line(String assetCode, String name, String room, int quantity) {
        public Line {
            requireText(assetCode, "assetCode");
            requireText(room, "room");
            if (quantity < 0) {
                throw new IllegalArgumentException("quantity must not be negative: " + quantity);
            }
        }
    }

    public enum Kind {
        /** Registered in the room, none of it counted there, and not found elsewhere. */
        MISSING,
        /** Counted in the room, but a different number than registered there (difference is + or −). */
        QUANTITY_DIFFERENCE,
        /** Registered, but counted in a room whose register line has none of it, with no shortfall to explain it. */
        SURPLUS,
        /** Counted, but the code is not in the register at all. */
        NOT_IN_REGISTER,
        /** Units short in their registered room and found in {@code foundInRoom}. */
        FOUND_IN_OTHER_ROOM
    }

    /**
     * One line of the report.
     *
     * @param room        the room the line concerns; for {@link Kind#FOUND_IN_OTHER_ROOM} the registered room
     * @param foundInRoom only for {@link Kind#FOUND_IN_OTHER_ROOM}, otherwise null
     * @param expected    registered quantity in {@code room}
     * @param counted     counted quantity in {@code room}
     * @param difference  units concerned: negative when short (missing, fewer), positive when over (surplus,
     *                    more) and, for a move, the units moved
     */
    public record Discrepancy(Kind kind, String assetCode, String name, String room, String foundInRoom,
                              int expected, int counted, int difference) {
        public Discrepancy {
            Objects.requireNonNull(kind, "kind");
        }
    }

    private StockTake() {}

    /** The discrepancies, sorted by room, then asset code, then kind; empty when the count matches the register. */
    public static List<Discrepancy> compare(Collection<Line> register, Collection<Line> counted) {
        Map<String, Item> items = new TreeMap<>();
        add(items, register, true);
        add(items, counted, false);
        List<Discrepancy> report = new ArrayList<>();
        for (Item item : items.values()) {
            item.reconcile(report);
        }
        report.sort(Comparator.comparing((Discrepancy d) -> key(d.room()))
                .thenComparing(d -> key(d.assetCode()))
                .thenComparing(Discrepancy::kind)
                .thenComparing(d -> d.foundInRoom() == null ? "" : key(d.foundInRoom())));
        return List.copyOf(report);
    }

    private static void add(Map<String, Item> items, Collection<Line> lines, boolean registered) {
        Objects.requireNonNull(lines, registered ? "register" : "counted");
        for (Line line : lines) {
            Objects.requireNonNull(line, "line");
            Item item = items.computeIfAbsent(key(line.assetCode()), k -> new Item(display(line.assetCode())));
            item.add(line, registered);
        }
    }

    /** One asset code: its quantities per room, registered and counted. */
    private static final class Item {
        final String code;
        String registerName;
        String countedName;
        boolean inRegister;
        /** Room key → display text as first written. */
        final Map<String, String> rooms = new LinkedHashMap<>();
        final Map<String, Integer> expected = new TreeMap<>();
        final Map<String, Integer> counted = new TreeMap<>();

        Item(String code) {
            this.code = code;
        }

        void add(Line line, boolean registered) {
            String room = key(line.room());
            rooms.putIfAbsent(room, display(line.room()));
            if (registered) {
                inRegister = true;
                if (registerName == null) {
                    registerName = line.name();
                }
                expected.merge(room, line.quantity(), Integer::sum);
            } else {
                if (countedName == null) {
                    countedName = line.name();
                }
                counted.merge(room, line.quantity(), Integer::sum);
            }
        }

        void reconcile(List<Discrepancy> report) {
            String name = registerName != null ? registerName : countedName;
            TreeSet<String> allRooms = new TreeSet<>(rooms.keySet());
            Map<String, Integer> shortBy = new TreeMap<>();
            Map<String, Integer> overBy = new TreeMap<>();
            for (String room : allRooms) {
                int delta = counted.getOrDefault(room, 0) - expected.getOrDefault(room, 0);
                if (delta < 0) {
                    shortBy.put(room, -delta);
                } else if (delta > 0) {
                    overBy.put(room, delta);
                }
            }
            // Explain shortfalls by surpluses elsewhere first, rooms in sorted order on both sides.
            for (Map.Entry<String, Integer> from : shortBy.entrySet()) {
                for (Map.Entry<String, Integer> to : overBy.entrySet()) {
                    int moved = Math.min(from.getValue(), to.getValue());
                    if (moved == 0) {
                        continue;
                    }
                    report.add(new Discrepancy(Kind.FOUND_IN_OTHER_ROOM, code, name, rooms.get(from.getKey()),
                            rooms.get(to.getKey()), expected.getOrDefault(from.getKey(), 0),
                            counted.getOrDefault(from.getKey(), 0), moved));
                    from.setValue(from.getValue() - moved);
                    to.setValue(to.getValue() - moved);
                }
            }
            for (String room : allRooms) {
                int e = expected.getOrDefault(room, 0);
                int c = counted.getOrDefault(room, 0);
                int left = overBy.getOrDefault(room, 0) - shortBy.getOrDefault(room, 0);
                if (left == 0) {
                    continue;
                }
                Kind kind;
                if (!inRegister) {
                    kind = Kind.NOT_IN_REGISTER;
                } else if (left < 0) {
                    kind = c == 0 ? Kind.MISSING : Kind.QUANTITY_DIFFERENCE;
                } else {
                    kind = e == 0 ? Kind.SURPLUS : Kind.QUANTITY_DIFFERENCE;
                }
                report.add(new Discrepancy(kind, code, name, rooms.get(room), null, e, c, left));
            }
        }
    }

    /** The comparison key: NFC, spaces collapsed, trimmed, case ignored. */
    static String key(String text) {
        return display(text).toLowerCase(Locale.ROOT);
    }

    private static String display(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static void requireText(String text, String field) {
        Objects.requireNonNull(text, field);
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
