package org.gazette.parse.html.impl;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Drops a post's excerpt printed above its text: the blocks before the first paragraph that lie in
 * an element whose class or id names an excerpt ({@code wp-block-post-excerpt}, {@code post-excerpt},
 * {@code entry-excerpt}), the summary a theme shows on listings and repeats on the article's own
 * page. The excerpt must be short beside the article (at most a quarter of its prose) and followed
 * by a paragraph outside any excerpt: a page whose paragraphs all sit in excerpts (a list of
 * venues or products, each with its excerpt) keeps them.
 */
final class Excerpts {

    /** The excerpt holds at most the article's prose divided by this. */
    static final int SHARE_DIVISOR = 4;

    private static final String WORD = "excerpt";

    private Excerpts() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     * @param root the element holding the article
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped, Element root) {
        int first = -1;
        long prose = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (!dropped[i] && Tally.isProse(b)) {
                prose += b.ownChars();
                if (first < 0 && !b.heading() && !inExcerpt(b.owner(), root)) {
                    first = i;
                }
            }
        }
        if (first <= 0) {
            return; // no paragraph outside an excerpt, or nothing before the first one (headings are no paragraphs)
        }
        boolean[] excerpt = new boolean[first];
        long chars = 0;
        for (int i = 0; i < first; i++) {
            if (!dropped[i] && inExcerpt(blocks.get(i).owner(), root)) {
                excerpt[i] = true;
                chars += blocks.get(i).ownChars();
            }
        }
        if (chars == 0 || chars * SHARE_DIVISOR > prose) {
            return;
        }
        for (int i = 0; i < first; i++) {
            dropped[i] |= excerpt[i];
        }
    }

    /** @return true when the element or an ancestor below the root names an excerpt */
    private static boolean inExcerpt(Element el, Element root) {
        for (Element e = el; e != null && e != root; e = e.parent()) {
            if (e.attributesSize() > 0 && (namesExcerpt(e.className()) || namesExcerpt(e.id()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when a part of the name (split at spaces, hyphens and underscores) is "excerpt",
     *         or ends a camel-case part ({@code postExcerpt})
     */
    static boolean namesExcerpt(String name) {
        int n = name.length();
        for (int i = 0; i < n; i++) {
            int start = i;
            while (i < n && !isSeparator(name.charAt(i))) {
                i++;
            }
            int len = i - start;
            if (len == WORD.length() && name.regionMatches(true, start, WORD, 0, len)) {
                return true;
            }
            if (len > WORD.length() && name.charAt(i - WORD.length()) == 'E'
                    && Character.isLowerCase(name.charAt(i - WORD.length() - 1))
                    && name.regionMatches(false, i - WORD.length() + 1, WORD, 1, WORD.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || Text.isSpace(c);
    }
}
