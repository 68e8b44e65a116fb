package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The article's authors as the rules at the text's edges read them ({@link Edges}): a line that is
 * an author's bare name under the headline, and a paragraph near the end that opens an author's bio.
 */
final class AuthorNames {

    /** First words of an author that name no person ("The Example Team"): a paragraph opening with them is no bio. */
    private static final Set<String> ARTICLES = Set.of("the", "der", "die", "das", "les", "los", "las", "une", "una", "uno", "het",
            "een", "our");
    /** Shorter names are initials or handles, too common at a paragraph's start to tell anything. */
    private static final int MIN_NAME = 3;

    private final List<String> names = new ArrayList<>();

    /** @param authors the article's author names, possibly {@code null} or empty */
    AuthorNames(List<String> authors) {
        if (authors != null) {
            for (String a : authors) {
                String name = Text.normalise(a).toLowerCase(Locale.ROOT);
                if (name.length() >= MIN_NAME) {
                    names.add(name);
                }
            }
        }
    }

    /** @return true when the text is an author's name as a whole, ignoring case */
    boolean isName(String text) {
        return !names.isEmpty() && names.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * @return true when a paragraph of prose opens with an author's full name, or with their first
     *         name followed by a lower-case word ("Lauren has written for ..."); a first word printed
     *         in capitals is a brand's ("QCY is already embracing these trends", by "QCY Official"),
     *         the article's own sentence about the company, not a person's first name
     */
    boolean opensBio(Blocks.Block b) {
        if (names.isEmpty() || b.heading() || !Tally.isProse(b)) {
            return false;
        }
        String text = b.text();
        int start = text.startsWith("(") ? 1 : 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : names) {
            int end = start + name.length();
            if (lower.startsWith(name, start) && end < text.length() && !Character.isLetterOrDigit(text.charAt(end))) {
                return true;
            }
            int space = name.indexOf(' ');
            String first = space < 0 ? null : name.substring(0, space);
            end = first == null ? -1 : start + first.length();
            if (first != null && first.length() >= 3 && !ARTICLES.contains(first) && lower.startsWith(first + " ", start)
                    && end + 1 < text.length() && Character.isLowerCase(text.charAt(end + 1)) && !inCapitals(text, start, end)) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the text's characters from start to end hold no lower-case letter */
    private static boolean inCapitals(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
