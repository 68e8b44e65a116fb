package org.gazette.testsite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered resource: its bytes, media type, validators, and (when compressible) a gzipped copy
 * made on first demand. The identity variant carries a strong entity tag; the gzip variant the same
 * tag as a weak one, as nginx does when it compresses.
 */
final class Representation {

    private final byte[] body;
    private final boolean compressible;
    private final String contentType;
    private final String etag;
    private final Instant lastModified;
    private volatile byte[] gzipped;

    private Representation(byte[] body, boolean compressible, String contentType, String etag, Instant lastModified) {
        this.body = body;
        this.compressible = compressible;
        this.contentType = contentType;
        this.etag = etag;
        this.lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A text resource with an ETag derived from its content. */
    static Representation text(String text, String mediaType, Charset charset, Instant lastModified, boolean compressible) {
        byte[] body = text.getBytes(charset);
        CRC32 crc = new CRC32();
        crc.update(body);
        String etag = "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
        return of(body, mediaType + "; charset=" + headerName(charset), etag, lastModified, compressible);
    }

    static Representation of(byte[] body, String contentType, String etag, Instant lastModified, boolean compressible) {
        return new Representation(body, compressible, contentType, etag, lastModified);
    }

    byte[] body() {
        return body;
    }

    boolean compressible() {
        return compressible;
    }

    /** The gzipped body, compressed once on first use; only for {@link #compressible()} resources. */
    byte[] gzipped() {
        byte[] result = gzipped;
        if (result == null) {
            result = gzip(body);
            gzipped = result; // a race compresses twice, harmlessly
        }
        return result;
    }

    String contentType() {
        return contentType;
    }

    String etag() {
        return etag;
    }

    Instant lastModified() {
        return lastModified;
    }

    static String headerName(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? "utf-8" : charset.name().toLowerCase(java.util.Locale.ROOT);
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
