package vn.truongso.core.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A school's snapshot as a file, for a PC on a line too poor to download it (DESIGN §3.5): carried on a USB stick,
 * checked against the school's root certificate that the PC received when it enrolled, so a file that was
 * altered, or made for another school, is refused before anything is loaded.
 *
 * <p>Format: gzip of UTF-8 JSON lines — a header, one {@link Protocol.SnapshotRow} per line in parent-first order,
 * and a last line {@code {"signature": base64}}: ECDSA-SHA256 by the school CA over every preceding line's bytes.
 */
public final class SnapshotFile {
    public static final String FORMAT = "truongso-snapshot";
    private static final String ALGORITHM = "SHA256withECDSA";

    public record Header(String format, int version, UUID schoolId, String schoolCode, long at, long rows) {}

    public record Contents(Header header, List<Protocol.SnapshotRow> rows) {}

    /** A writer that signs as it writes; {@link #finish} adds the signature line and closes the gzip stream. */
    public static final class Writer {
        private final GZIPOutputStream out;
        private final Signature signature;

        public Writer(OutputStream target, Header header, PrivateKey caKey) {
            try {
                this.out = new GZIPOutputStream(target);
                this.signature = Signature.getInstance(ALGORITHM);
                signature.initSign(caKey);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("the school CA key cannot sign", e);
            }
            line(header);
        }

        public void row(Protocol.SnapshotRow row) {
            line(row);
        }

        private void line(Object value) {
            byte[] bytes = (ProtocolJson.write(value) + "\n").getBytes(StandardCharsets.UTF_8);
            try {
                signature.update(bytes);
                out.write(bytes);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void finish() {
            try {
                out.write(("{\"signature\":\"" + Base64.getEncoder().encodeToString(signature.sign()) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.finish();
                out.flush();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private SnapshotFile() {}

    /**
     * Reads and checks a snapshot file: signed by {@code caKey}, for {@code schoolId}, complete. Throws
     * {@link IllegalArgumentException} with the reason when it is not; nothing of such a file is returned.
     */
    public static Contents read(InputStream in, PublicKey caKey, UUID schoolId) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(caKey);
            Header header = null;
            List<Protocol.SnapshotRow> rows = new ArrayList<>();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("{\"signature\":")) {
                    byte[] signed = Base64.getDecoder().decode(line.substring(14, line.lastIndexOf('"')));
                    if (!signature.verify(signed) || lines.readLine() != null) {
                        throw new IllegalArgumentException("the file's signature does not match: it was altered or "
                                + "made by another school's server");
                    }
                    return checked(header, rows, schoolId);
                }
                signature.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                if (header == null) {
                    header = ProtocolJson.read(line, Header.class);
                } else {
                    rows.add(ProtocolJson.read(line, Protocol.SnapshotRow.class));
                }
            }
            throw new IllegalArgumentException("the file ends before its signature: it is incomplete");
        } catch (IOException e) {
            throw new IllegalArgumentException("not a snapshot file (" + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the file's signature cannot be checked", e);
        }
    }

    private static Contents checked(Header header, List<Protocol.SnapshotRow> rows, UUID schoolId) {
        if (header == null || !FORMAT.equals(header.format())) {
            throw new IllegalArgumentException("not a snapshot file");
        }
        if (!header.schoolId().equals(schoolId)) {
            throw new IllegalArgumentException("the file is of school " + header.schoolCode() + ", not of this PC's school");
        }
        if (header.rows() != rows.size()) {
            throw new IllegalArgumentException("the file holds " + rows.size() + " rows of " + header.rows());
        }
        return new Contents(header, rows);
    }
}
