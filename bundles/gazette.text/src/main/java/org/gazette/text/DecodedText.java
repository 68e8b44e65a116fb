package org.gazette.text;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from a document's bytes by {@link TextDecoding}, with the charset used and how it
 * was chosen.
 *
 * @param text the decoded text without a byte order mark; line endings as they were
 * @param charset the charset used
 * @param source how the charset was chosen: {@value TextDecoding#DECLARED}, {@value TextDecoding#BOM},
 *        the name given with {@link TextDecoding#withSniffer} (such as {@code meta}),
 *        {@value TextDecoding#VALID_UTF_8} or {@value TextDecoding#FALLBACK}
 */
public record DecodedText(String text, Charset charset, String source) {

    /**
     * @param text the decoded text
     * @param charset the charset used
     * @param source how the charset was chosen
     */
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
    }

    /**
     * @return the charset and its source as parsers record it, such as {@code "windows-1252 (fallback)"}
     */
    public String describe() {
        return charset.name() + " (" + source + ")";
    }
}
