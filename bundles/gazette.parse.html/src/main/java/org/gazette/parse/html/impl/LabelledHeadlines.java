package org.gazette.parse.html.impl;

/**
 * Tells the headline printed again above the text with a label after a bar, a slash or a double
 * colon: "How meditation rewires the brain | Opinion", "12 tools for 2026 | Python, SQL &amp; AI",
 * "Day 15: Porting a parser / Dec 2025", "Weekly notes (2025-09-21) :: View in Browser". The title
 * rules cut such a label off the title ({@link Titles}), so the line no longer equals it, yet it is
 * the headline with the site's section, a date or a web-view link, not the article's first line.
 * The separators are punctuation; the label is a few words.
 */
final class LabelledHeadlines {

    /** The separators between the headline and its label, with the spaces around them. */
    private static final String[] SEPARATORS = {" | ", " / ", " :: ", " • ", " · "};
    /** A label has at most this many words. */
    static final int LABEL_WORDS = 6;

    private LabelledHeadlines() {
    }

    /**
     * @param text a line of text
     * @param titleKey the {@link Text#key} of the article's title, possibly empty
     * @return true when the line is the title, a separator and a label of at most {@value #LABEL_WORDS} words
     */
    static boolean isLabelled(String text, String titleKey) {
        if (titleKey.isEmpty()) {
            return false;
        }
        for (String separator : SEPARATORS) {
            int at = text.indexOf(separator);
            while (at > 0) {
                String label = text.substring(at + separator.length());
                if (Text.words(label) <= LABEL_WORDS && !Text.key(label).isEmpty()
                        && Text.key(text.substring(0, at)).equals(titleKey)) {
                    return true;
                }
                at = text.indexOf(separator, at + 1);
            }
        }
        return false;
    }
}
