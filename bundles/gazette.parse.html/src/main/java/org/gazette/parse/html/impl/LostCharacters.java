package org.gazette.parse.html.impl;

import java.util.Locale;

/**
 * Tells a heading whose characters a broken encoding turned into question marks or U+FFFD
 * ("Event Planning? Beginner? Guide") from the metadata title that has them ("Event Planning:
 * Beginner's Guide"): a template that pasted the headline through a Latin-1 step prints a {@code ?}
 * or a {@code \uFFFD} for each character it could not write, while the page's {@code og:title} kept
 * them. Each mark stands for 1 to {@value #MAX_LOST} characters of the title (a curly apostrophe and
 * its "s"); a question mark the title lacks stands for nothing and is the heading's own ("What's
 * next?"). The rest must be the same letters, whatever the case.
 */
final class LostCharacters {

    /** Characters of the title one mark may stand for. */
    static final int MAX_LOST = 3;

    private LostCharacters() {
    }

    /**
     * @param heading the page's heading
     * @param title the metadata title
     * @return true when the heading is the title with some characters replaced by {@code ?} or U+FFFD,
     *         and the title has fewer such marks
     */
    static boolean lostIn(String heading, String title) {
        if (marks(heading) == 0 || marks(title) >= marks(heading)) {
            return false; // nearly every page
        }
        return matches(heading.toLowerCase(Locale.ROOT), 0, title.toLowerCase(Locale.ROOT), 0);
    }

    private static int marks(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += isMark(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static boolean isMark(char c) {
        return c == '?' || c == '\uFFFD';
    }

    /** @return true when heading[h..] matches title[t..], each mark standing for 1 to {@value #MAX_LOST} characters */
    private static boolean matches(String heading, int h, String title, int t) {
        while (h < heading.length() && !isMark(heading.charAt(h))) {
            if (t >= title.length() || heading.charAt(h) != title.charAt(t)) {
                return false;
            }
            h++;
            t++;
        }
        if (h == heading.length()) {
            return t == title.length();
        }
        for (int lost = 1; lost <= MAX_LOST && t + lost <= title.length(); lost++) {
            if (matches(heading, h + 1, title, t + lost)) {
                return true;
            }
        }
        return false;
    }
}
