package vn.truongso.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Accepts request bodies sent with {@code Content-Encoding: gzip} (a day of changes compresses about tenfold, and
 * school lines are poor) and hands handlers the decompressed body. The decompressed size is held to the same
 * limit as a plain body, counted while inflating, so a small "gzip bomb" cannot expand into memory: it is a 413.
 * Any other content encoding is a 415.
 */
final class GzipRequestFilter implements Filter {
    private final long maxBodyBytes;

    GzipRequestFilter(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String encoding = http.getHeader("Content-Encoding");
        if (encoding == null || encoding.isBlank() || encoding.strip().equalsIgnoreCase("identity")) {
            chain.doFilter(request, response);
            return;
        }
        String normalised = encoding.strip().toLowerCase(Locale.ROOT);
        if (!normalised.equals("gzip") && !normalised.equals("x-gzip")) {
            FilterResponses.writeError((HttpServletResponse) response, 415, new ErrorBody("UNSUPPORTED_CONTENT_ENCODING",
                    "Request bodies may be sent plain or with Content-Encoding: gzip, nothing else."));
            return;
        }
        chain.doFilter(new InflatedRequest(http, maxBodyBytes), response);
    }

    /** The request as handlers see it: the inflated body, no Content-Encoding, length unknown. */
    private static final class InflatedRequest extends HttpServletRequestWrapper {
        private final long maxBodyBytes;
        private ServletInputStream body;

        InflatedRequest(HttpServletRequest request, long maxBodyBytes) {
            super(request);
            this.maxBodyBytes = maxBodyBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new InflatingStream(super.getInputStream(), maxBodyBytes);
            }
            return body;
        }

        @Override
        public String getHeader(String name) {
            return isHidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isHidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !isHidden(name)).toList());
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        private static boolean isHidden(String name) {
            return name.equalsIgnoreCase("Content-Encoding") || name.equalsIgnoreCase("Content-Length");
        }
    }

    /**
     * Inflates lazily (the gzip header is read on the first read, inside the handler, where a failure becomes a
     * JSON 400) and counts what it hands out.
     */
    private static final class InflatingStream extends ServletInputStream {
        private final ServletInputStream compressed;
        private final long maxBodyBytes;
        private InputStream inflater;
        private long delivered;
        private boolean finished;

        InflatingStream(ServletInputStream compressed, long maxBodyBytes) {
            this.compressed = compressed;
            this.maxBodyBytes = maxBodyBytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                if (inflater == null) {
                    inflater = new GZIPInputStream(compressed, 8192);
                }
                n = inflater.read(buffer, offset, (int) Math.min(length, maxBodyBytes + 1 - delivered));
            } catch (IOException e) {
                throw ApiException.badRequest("MALFORMED_GZIP",
                        "The body says Content-Encoding: gzip but is not valid gzip data.");
            }
            if (n < 0) {
                finished = true;
                return -1;
            }
            delivered += n;
            if (delivered > maxBodyBytes) {
                throw ApiException.tooLarge(maxBodyBytes);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("gzip request bodies are read blocking");
        }

        @Override
        public void close() throws IOException {
            compressed.close();
        }
    }
}
