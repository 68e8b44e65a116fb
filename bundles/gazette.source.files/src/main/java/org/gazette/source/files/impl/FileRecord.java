package org.gazette.source.files.impl;

/**
 * What the source remembers of one file, stored in the source state as
 * {@code <size>:<last-modified millis>:<sha-256 hex>}.
 *
 * @param fingerprint {@code <size>:<last-modified millis>}: cheap to compare without reading the file
 * @param sha256 the SHA-256 of the (decompressed) content, lower-case hex
 */
record FileRecord(String fingerprint, String sha256) {

    /** Stands for the hash of a file that was rejected (too large): it is rejected again only when it changes. */
    static final String REJECTED = "rejected";

    /**
     * @param size the file size in bytes
     * @param modifiedMillis the last-modified time in epoch milliseconds
     * @return the fingerprint of a file with these attributes
     */
    static String fingerprint(long size, long modifiedMillis) {
        return size + ":" + modifiedMillis;
    }

    /**
     * @param value a stored value, or {@code null}
     * @return the record, or {@code null} when there is none or it is not in the expected form
     */
    static FileRecord parse(String value) {
        if (value == null) {
            return null;
        }
        int last = value.lastIndexOf(':');
        int first = value.indexOf(':');
        if (first <= 0 || last == first || last == value.length() - 1) {
            return null;
        }
        return new FileRecord(value.substring(0, last), value.substring(last + 1));
    }

    /** @return the value to store */
    String format() {
        return fingerprint + ":" + sha256;
    }
}
