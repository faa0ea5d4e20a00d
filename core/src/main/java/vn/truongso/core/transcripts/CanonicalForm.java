package vn.truongso.core.transcripts;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The one text form of a {@link Transcript} that its {@link ContentHash} is computed over. Deterministic: the same
 * transcript always gives the same text, and two transcripts that differ in any field give different texts.
 *
 * <h2>Format {@value #HEADER}</h2>
 * UTF-8 text, lines ending in LF (also the last). The first line is {@value #HEADER}. Then one line per present value,
 * {@code key=value}, in this order:
 * <ul>
 *   <li>A record's components in their declaration order. The key of a component is the parent's key, a dot and
 *       the component's name ({@code student.fullName}); the root has no prefix.</li>
 *   <li>A component that is {@code null} writes no line.</li>
 *   <li>A list writes {@code key#=size} and then its elements with the index as the next key segment
 *       ({@code secondaryYears.0.subjects.3.termOne.value=7.6}), so an empty list and a list of one empty record
 *       differ.</li>
 *   <li>Values: strings in NFC, with {@code \} written {@code \\}, LF {@code \n} and CR {@code \r} (a key never holds
 *       {@code =}, so the first {@code =} ends it); enum constants by their Java name ({@code GOOD}); numbers by
 *       {@link BigDecimal#toPlainString()} with the scale they hold (scores have scale 1: {@code 8.0}); integers in
 *       decimal; UUIDs in lower-case 8-4-4-4-12 form; dates as ISO-8601 {@code 2027-05-31}; instants as ISO-8601
 *       UTC {@code 2027-05-31T08:00:00Z}; byte arrays (the photo) as {@code sha256:} and the unpadded base64url
 *       SHA-256 of the bytes.</li>
 * </ul>
 * The keys are the record components' names, so renaming, reordering or adding a component changes the form: do
 * that only with a new header version, and keep the old form computable for transcripts already issued
 * ({@code CanonicalFormTest} pins a known hash to catch an accidental change).
 */
public final class CanonicalForm {
    public static final String HEADER = "HB-CANONICAL/1";

    private CanonicalForm() {}

    public static String of(Transcript transcript) {
        StringBuilder out = new StringBuilder(4096).append(HEADER).append('\n');
        write(out, "", transcript);
        return out.toString();
    }

    private static void write(StringBuilder out, String key, Object value) {
        switch (value) {
            case null -> { }
            case Record record -> writeRecord(out, key, record);
            case List<?> list -> {
                line(out, key + "#", Integer.toString(list.size()));
                for (int i = 0; i < list.size(); i++) {
                    write(out, key + "." + i, list.get(i));
                }
            }
            case String s -> line(out, key, escape(Texts.nfc(s)));
            case Enum<?> e -> line(out, key, e.name());
            case BigDecimal d -> line(out, key, d.toPlainString());
            case Integer i -> line(out, key, i.toString());
            case Long l -> line(out, key, l.toString());
            case Boolean b -> line(out, key, b.toString());
            case UUID u -> line(out, key, u.toString());
            case LocalDate d -> line(out, key, d.toString());
            case Instant t -> line(out, key, t.toString());
            case byte[] bytes -> line(out, key, "sha256:" + base64Url(sha256(bytes)));
            default -> throw new IllegalArgumentException("no canonical form for " + value.getClass() + " at " + key);
        }
    }

    private static void writeRecord(StringBuilder out, String key, Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String childKey = key.isEmpty() ? component.getName() : key + "." + component.getName();
            write(out, childKey, read(record, component));
        }
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append('=').append(value).append('\n');
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
