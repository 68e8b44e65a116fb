package org.gazette.source.sitemap.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Decompresses gzipped sitemaps ({@code sitemap.xml.gz}), recognised by their magic bytes rather
 * than by name or media type, and never produces more than the size limit, so that a gzip bomb
 * costs at most the limit.
 */
final class Gzip {

    private Gzip() {
    }

    static boolean isGzip(byte[] content) {
        return content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b;
    }

    /**
     * @param content the bytes as downloaded
     * @param maxBytes the largest decompressed size accepted
     * @param limit the limit as configured, for messages
     * @return the content, decompressed when it was gzipped
     * @throws IOException when it is corrupt or decompresses to more than the limit
     */
    static byte[] decompressIfGzip(byte[] content, long maxBytes, String limit) throws IOException {
        if (!isGzip(content)) {
            return content;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content), 8192)) {
            byte[] plain = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (plain.length > maxBytes) {
                throw new IOException("it is " + content.length + " bytes gzipped and decompresses to more than " + limit);
            }
            return plain;
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IOException("it is not valid gzip: " + (e.getMessage() == null ? "the data is truncated" : e.getMessage()), e);
        }
    }
}
