package org.gazette.parse.html.impl;

/**
 * The headline as the title gives it and as the page's {@code <h1>} printed it, if otherwise: a
 * block that repeats it, alone or with a short label after a bar or a slash ({@link
 * LabelledHeadlines}), is the headline printed again above or in the text, not a paragraph of it.
 * Kept apart from {@link BodyText} as the one place that compares blocks with the headline.
 */
final class HeadlineRepeats {

    /** Characters a repeated title may have beyond twice the title's length (spaces, punctuation). */
    private static final int TITLE_SLACK = 20;

    private final String[] keys;
    private final int limit;

    /**
     * @param title the article's title, possibly {@code null}
     * @param heading the {@code <h1>} that printed it differently, possibly {@code null}
     */
    HeadlineRepeats(String title, String heading) {
        keys = new String[] {title == null ? "" : Text.key(title), heading == null ? "" : Text.key(heading)};
        // longer text cannot repeat either
        limit = 2 * Math.max(title == null ? 0 : title.length(), heading == null ? 0 : heading.length()) + TITLE_SLACK;
    }

    /** @return true when the text is the title or the heading, but for case, spaces and punctuation */
    boolean repeatedBy(String text) {
        if (text.length() > limit) {
            return false;
        }
        String key = null;
        for (String k : keys) {
            if (!k.isEmpty()) {
                key = key == null ? Text.key(text) : key;
                if (key.equals(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return true when the text is the headline, a separator and a short label ({@link LabelledHeadlines}) */
    boolean labelledBy(String text) {
        for (String k : keys) {
            if (LabelledHeadlines.isLabelled(text, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true for a heading below the headline's rank ({@code h2} to {@code h6}): one that
     *         repeats the title after the article's first paragraph is a section the author wrote
     *         under that name (a recipe card's name, "What is mesh WiFi?" asked again before its
     *         answer), which the development set's gold keeps, not the headline printed again
     */
    static boolean isSubheading(Blocks.Block b) {
        return b.heading() && !b.owner().normalName().equals("h1");
    }
}
