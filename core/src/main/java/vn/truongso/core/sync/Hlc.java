package vn.truongso.core.sync;

/**
 * A hybrid logical clock reading: wall-clock milliseconds plus a counter for events within one millisecond.
 * It orders one device's edits even when its clock steps back, and it shows when an edit was made. It never
 * decides which concurrent edit wins (see {@link Merge}): a PC whose clock is a year off must gain nothing by it.
 */
public record Hlc(long wallMillis, int counter) implements Comparable<Hlc> {
    public static final Hlc ZERO = new Hlc(0, 0);

    public Hlc {
        if (wallMillis < 0 || counter < 0) {
            throw new IllegalArgumentException("an HLC reading is never negative");
        }
    }

    /** The reading for a local event at {@code nowMillis}: never behind the last one. */
    public Hlc tick(long nowMillis) {
        return nowMillis > wallMillis ? new Hlc(nowMillis, 0) : new Hlc(wallMillis, counter + 1);
    }

    /** The reading after receiving {@code remote} at {@code nowMillis}: after both. */
    public Hlc receive(Hlc remote, long nowMillis) {
        long wall = Math.max(nowMillis, Math.max(wallMillis, remote.wallMillis));
        if (wall == wallMillis && wall == remote.wallMillis) {
            return new Hlc(wall, Math.max(counter, remote.counter) + 1);
        }
        if (wall == wallMillis) {
            return new Hlc(wall, counter + 1);
        }
        if (wall == remote.wallMillis) {
            return new Hlc(wall, remote.counter + 1);
        }
        return new Hlc(wall, 0);
    }

    /** Text form {@code <millis>-<counter>}, e.g. {@code 1763870400000-0003}; sorts like the reading for 13-digit millis. */
    @Override
    public String toString() {
        return wallMillis + "-" + String.format("%04d", counter);
    }

    public static Hlc parse(String text) {
        int dash = text == null ? -1 : text.indexOf('-');
        if (dash <= 0 || dash == text.length() - 1) {
            throw new IllegalArgumentException("not an HLC reading: " + text);
        }
        try {
            return new Hlc(Long.parseLong(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an HLC reading: " + text, e);
        }
    }

    @Override
    public int compareTo(Hlc other) {
        int byWall = Long.compare(wallMillis, other.wallMillis);
        return byWall != 0 ? byWall : Integer.compare(counter, other.counter);
    }
}
