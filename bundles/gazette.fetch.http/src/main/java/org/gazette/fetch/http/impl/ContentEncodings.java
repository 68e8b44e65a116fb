package org.gazette.fetch.http.impl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes the {@code Content-Encoding}s of a body (gzip, deflate; identity), never producing more
 * than a limit: a small body that inflates to gigabytes (a "gzip bomb") costs at most the limit.
 */
final class ContentEncodings {

    /** The value of {@code Accept-Encoding}: what {@link #decode} undoes. */
    static final String ACCEPTED = "gzip, deflate";

    /** A {@code Content-Encoding} we did not ask for and cannot undo. */
    static final class Unsupported extends IOException {
        private static final long serialVersionUID = 1L;

        Unsupported(String encoding) {
            super("unsupported Content-Encoding '" + encoding + "'");
        }
    }

    private ContentEncodings() {
    }

    /**
     * @param headerValues the {@code Content-Encoding} header values, in the order they were applied
     * @return the codings to undo, last applied first; identity left out
     */
    static List<String> codings(List<String> headerValues) {
        List<String> codings = new ArrayList<>();
        for (String value : headerValues) {
            for (String coding : value.split(",")) {
                String c = coding.trim().toLowerCase(Locale.ROOT);
                if (!c.isEmpty() && !c.equals("identity")) {
                    codings.add(c);
                }
            }
        }
        Collections.reverse(codings);
        return codings;
    }

    /**
     * @param codings what {@link #codings} returned
     * @param body the body as received
     * @param limit the most decoded bytes to produce
     * @param truncate over the limit: keep the first {@code limit} bytes, or fail
     * @return the decoded body
     * @throws BodyTooLarge when the decoded body goes over the limit and {@code truncate} is false
     * @throws Unsupported for a coding other than gzip, x-gzip and deflate
     * @throws IOException when the body is not in the format its coding says
     */
    static byte[] decode(List<String> codings, byte[] body, long limit, boolean truncate) throws IOException {
        byte[] data = body;
        for (String coding : codings) {
            switch (coding) {
                case "gzip", "x-gzip" -> data = inflate(new GZIPInputStream(new ByteArrayInputStream(data)), limit, truncate);
                case "deflate" -> data = deflate(data, limit, truncate);
                default -> throw new Unsupported(coding);
            }
        }
        if (data.length > limit) {
            if (!truncate) {
                throw new BodyTooLarge("the body", limit);
            }
            data = Arrays.copyOf(data, (int) limit);
        }
        return data;
    }

    /** "deflate" is meant to be zlib-wrapped (RFC 9110), but some servers send raw deflate: try both. */
    private static byte[] deflate(byte[] data, long limit, boolean truncate) throws IOException {
        Inflater zlib = new Inflater();
        try {
            return inflate(new InflaterInputStream(new ByteArrayInputStream(data), zlib), limit, truncate);
        } catch (ZipException e) {
            Inflater raw = new Inflater(true);
            try {
                return inflate(new InflaterInputStream(new ByteArrayInputStream(data), raw), limit, truncate);
            } finally {
                raw.end();
            }
        } finally {
            zlib.end();
        }
    }

    private static byte[] inflate(InputStream in, long limit, boolean truncate) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                long room = limit - out.size();
                if (n > room) {
                    if (truncate) {
                        out.write(buffer, 0, (int) room);
                        return out.toByteArray();
                    }
                    throw new BodyTooLarge("the decompressed body", limit);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
