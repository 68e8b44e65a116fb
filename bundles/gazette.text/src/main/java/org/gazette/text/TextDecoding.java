package org.gazette.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a document's bytes into text. The charset is, in order: the one the transport declared
 * (read by {@link Charsets#forLabel}), a byte order mark, the document's own declaration when a
 * sniffer is set (an HTML {@code <meta charset>}, say), UTF-8 when the bytes are valid UTF-8, else
 * windows-1252.
 * <p>
 * Binary content is rejected before it reaches a parser: NUL bytes in the first 8 KB (unless the
 * charset is UTF-16 or UTF-32), and, once decoded, NUL characters or more than 10% control
 * characters (other than tab, line feed, carriage return and form feed) in the first 8 K
 * characters. Rejections are {@link IllegalArgumentException}s whose message is the reason, such
 * as {@code binary content (NUL bytes), not text/html}.
 * <p>
 * Instances are immutable and thread-safe:
 * {@code TextDecoding.forMediaType("text/plain").withLimit(maxBytes, "maxBytes 10MB")}.
 */
public final class TextDecoding {

    /** How much of the start of a document the binary checks look at: 8 KB, or 8 K characters. */
    public static final int SNIFF = 8192;
    /** {@link DecodedText#source()} when the transport's charset was used. */
    public static final String DECLARED = "declared";
    /** {@link DecodedText#source()} when a byte order mark named the charset. */
    public static final String BOM = "bom";
    /** {@link DecodedText#source()} when the bytes were valid UTF-8. */
    public static final String VALID_UTF_8 = "valid-utf-8";
    /** {@link DecodedText#source()} when nothing else applied and windows-1252 was used. */
    public static final String FALLBACK = "fallback";

    private static final TextDecoding ANY = new TextDecoding("text", Long.MAX_VALUE, null, null, null);

    private final String mediaType;
    private final long maxBytes;
    private final String limit;
    private final String sniffed;
    private final Function<byte[], Charset> sniffer;

    private TextDecoding(String mediaType, long maxBytes, String limit, String sniffed, Function<byte[], Charset> sniffer) {
        this.mediaType = mediaType;
        this.maxBytes = maxBytes;
        this.limit = limit;
        this.sniffed = sniffed;
        this.sniffer = sniffer;
    }

    /**
     * @param mediaType what the content is expected to be, for the messages of rejections
     *        ({@code binary content (NUL bytes), not text/plain})
     * @return a decoding without a size limit and without a sniffer
     */
    public static TextDecoding forMediaType(String mediaType) {
        return new TextDecoding(Objects.requireNonNull(mediaType, "mediaType"), Long.MAX_VALUE, null, null, null);
    }

    /**
     * @param source the name {@link DecodedText#source()} gives a sniffed charset, such as {@code meta}
     * @param sniffer reads the charset a document declares in itself, or returns {@code null}; called
     *        only when neither the transport nor a byte order mark named one, and after the NUL-byte check
     * @return a copy of this decoding with the sniffer
     */
    public TextDecoding withSniffer(String source, Function<byte[], Charset> sniffer) {
        return new TextDecoding(mediaType, maxBytes, limit, Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(sniffer, "sniffer"));
    }

    /**
     * @param maxBytes the largest content accepted, in bytes
     * @param description the limit as the message should name it, such as {@code maxBytes 10MB}
     * @return a copy of this decoding that rejects larger content with
     *         {@code document is 52428800 bytes, larger than maxBytes 10MB}
     */
    public TextDecoding withLimit(long maxBytes, String description) {
        return new TextDecoding(mediaType, maxBytes, Objects.requireNonNull(description, "description"), sniffed, sniffer);
    }

    /**
     * @param bytes the content
     * @param declared the charset label the transport declared, or {@code null}; an unknown label is ignored
     * @return the decoded text, its charset and how that was chosen
     * @throws IllegalArgumentException with the reason as message when the content is missing or
     *         empty ({@code empty document}), larger than the limit, or binary
     */
    public DecodedText decode(byte[] bytes, String declared) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("empty document");
        }
        if (bytes.length > maxBytes) {
            throw new IllegalArgumentException("document is " + bytes.length + " bytes, larger than " + limit);
        }
        Attempt attempt = attempt(bytes, declared);
        if (attempt.binary() != null) {
            throw new IllegalArgumentException("binary content (" + attempt.binary() + "), not " + mediaType);
        }
        return attempt.decoded();
    }

    /**
     * @param bytes the content
     * @return true when {@link #decode} would reject the content as binary without a declared charset
     */
    public static boolean looksBinary(byte[] bytes) {
        return ANY.attempt(bytes, null).binary() != null;
    }

    /** The decoded text, or why the content is binary. */
    private record Attempt(DecodedText decoded, String binary) {
    }

    private Attempt attempt(byte[] bytes, String declared) {
        Charset charset = Charsets.forLabel(declared);
        String source = DECLARED;
        Charset bom = Charsets.byteOrderMark(bytes);
        if (charset == null && bom != null) {
            charset = bom;
            source = BOM;
        }
        if ((charset == null || !Charsets.isWide(charset)) && hasNulByte(bytes)) {
            return new Attempt(null, "NUL bytes");
        }
        if (charset == null && sniffer != null && (charset = sniffer.apply(bytes)) != null) {
            source = sniffed;
        }
        String text;
        if (charset != null) {
            int skip = bom != null && bom.equals(charset) ? (bom.equals(StandardCharsets.UTF_8) ? 3 : 2) : 0;
            text = StandardCharsets.UTF_8.equals(charset) ? Utf8Text.decode(bytes, skip, bytes.length - skip)
                    : new String(bytes, skip, bytes.length - skip, charset);
        } else if ((text = strictUtf8(bytes)) != null) {
            charset = StandardCharsets.UTF_8;
            source = VALID_UTF_8;
        } else {
            charset = Charsets.WINDOWS_1252;
            source = FALLBACK;
            text = new String(bytes, charset);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String binary = controlCharacters(text);
        return binary != null ? new Attempt(null, binary) : new Attempt(new DecodedText(text, charset, source), null);
    }

    private static boolean hasNulByte(byte[] bytes) {
        int end = Math.min(bytes.length, SNIFF);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** @return why the start of the text looks binary, or {@code null} */
    private static String controlCharacters(String text) {
        int end = Math.min(text.length(), SNIFF);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "NUL characters";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return end > 0 && controls * 10 > end ? controls * 100 / end + "% control characters" : null;
    }

    /** @return the text of valid UTF-8 bytes, or {@code null} when they are not valid UTF-8 */
    private static String strictUtf8(byte[] bytes) {
        String text = Utf8Text.decode(bytes, 0, bytes.length);
        if (text.indexOf('\uFFFD') < 0) {
            return text; // every malformed sequence would have become U+FFFD
        }
        try { // a U+FFFD may have been in the bytes: the strict decoder tells
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
