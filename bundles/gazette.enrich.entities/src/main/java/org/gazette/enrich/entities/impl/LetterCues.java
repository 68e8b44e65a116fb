package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names in the salutation and the signature of a letter: "Dear Marit," and a name alone on its
 * line after a closing line ("Love always," / "Yours faithfully" ... "Marit"). Such a name is a
 * person's.
 */
final class LetterCues {

    /** Words of a closing line before a signature ("Love always,", "Yours sincerely", "Best regards"). */
    private static final Set<String> CLOSINGS = Set.of("love", "sincerely", "yours", "regards", "cheers", "best",
            "truly", "faithfully", "affectionately", "cordially", "respectfully", "warmly", "xoxo", "xxx");
    /** Tokens looked at back on the closing line. */
    private static final int MAX_CLOSING_TOKENS = 8;

    private final List<Token> tokens;

    LetterCues(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @return whether "Dear" stands just before the name at {@code from} */
    boolean afterSalutation(int from) {
        return from > 0 && tokens.get(from - 1).text.equalsIgnoreCase("dear");
    }

    /**
     * @return whether the name {@code [from, to)} is alone on its line (a bracket or period around it
     *         allowed) and the line before holds a closing word
     */
    boolean isSignature(int from, int to) {
        int start = from > 0 && tokens.get(from - 1).isPunct('[') ? from - 1 : from;
        if (!tokens.get(start).lineStart) {
            return false;
        }
        int end = to;
        while (end < tokens.size() && !tokens.get(end).lineStart && tokens.get(end).shape == Token.Shape.PUNCT) {
            end++;
        }
        if (end < tokens.size() && !tokens.get(end).lineStart) {
            return false;
        }
        for (int k = start - 1; k >= 0 && k >= start - MAX_CLOSING_TOKENS; k--) {
            Token t = tokens.get(k);
            if (CLOSINGS.contains(t.text.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (t.lineStart) {
                return false;
            }
        }
        return false;
    }
}
