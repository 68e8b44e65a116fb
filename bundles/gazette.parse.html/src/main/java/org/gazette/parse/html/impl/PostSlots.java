package org.gazette.parse.html.impl;

/**
 * Names of the slots that themes and plugins fill beside every post's own text, whatever the post:
 * after it (WordPress widget areas and hooks {@code after-entry}, {@code below-content},
 * {@code hbg-after-post-optin}, {@code wpadc-selected-after-content}; {@code afterContent},
 * {@code content_below} elsewhere), its footer ({@code div.entry-footer}, {@code post-footer},
 * {@code article-bottom}, {@code ArticleFooter_footer}, {@code FITT_Article_end}), its meta line
 * ({@code post-meta}, {@code entry-info}, {@code article-details}) and the links to the posts
 * before and after it ({@code post-navigation}, {@code et_pb_posts_nav},
 * {@code prev-post}, {@code next-article}). What a site puts there it puts on every post: tags,
 * dates and share counts, a fundraising appeal, a sign-up box, the author's card, the publisher's
 * blurb, more stories; never the post itself. A name qualifies when a part
 * saying where ({@code after}, {@code below}) comes next to a part naming the text
 * ({@code content}, {@code entry}, {@code post}, {@code article}, {@code single}), before or after
 * it, or when a part naming the post ({@code post}, {@code entry}, {@code article}, and for its end
 * also {@code story}, {@code single}) is followed by one naming its end ({@code footer},
 * {@code bottom}, {@code end}), its meta line ({@code meta}, {@code info}, {@code details}) or its
 * navigation ({@code nav}, {@code navigation}, {@code pagination}; also after a plural,
 * {@code posts-nav}), or when {@code next},
 * {@code prev} or {@code previous} is followed by a part naming a post ({@code post},
 * {@code article}, {@code entry}, {@code story}, or their plurals); with
 * a separator ({@code -}, {@code _}) between the two parts or none. The callers keep such an
 * element when it holds most of the text ({@link BoilerplateBlocks#without}).
 */
final class PostSlots {

    // by initial: a part is compared only with the words that start as it does (a hot spot when
    // every word of every list was compared with every part of a page's class names)
    private static final WordsByInitial WHERE = new WordsByInitial("after", "below");
    private static final WordsByInitial TEXT = new WordsByInitial("content", "entry", "post", "article", "single");
    private static final WordsByInitial POST = new WordsByInitial("post", "entry", "article", "story", "single");
    private static final WordsByInitial END = new WordsByInitial("footer", "bottom", "end");
    /** Parts naming the post before its meta line ({@code single-info} is a theme's whole single-post section). */
    private static final WordsByInitial OWNER = new WordsByInitial("post", "entry", "article");
    private static final WordsByInitial META = new WordsByInitial("meta", "info", "details");
    private static final WordsByInitial NAV = new WordsByInitial("nav", "navigation", "pagination");
    private static final WordsByInitial ADJACENT = new WordsByInitial("next", "prev", "previous");
    private static final WordsByInitial OTHER = new WordsByInitial("post", "article", "entry", "story", "posts", "articles",
            "entries", "stories");

    private PostSlots() {
    }

    /**
     * @param s a class attribute or an id
     * @param from the start of one name in it
     * @param to the end of that name
     * @return true when the name {@code s[from, to)} names a slot beside the post's text
     */
    static boolean isSlot(String s, int from, int to) {
        int previousStart = -1;
        int previousEnd = -1;
        boolean previousOpens = false;
        for (int i = from; i < to; i++) {
            int start = i;
            while (i < to && !isSeparator(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                continue;
            }
            boolean opens = mayOpen(s.charAt(start));
            if (opens && joined(s, start, i) || previousOpens && paired(s, previousStart, previousEnd, start, i)) {
                return true;
            }
            previousStart = start;
            previousEnd = i;
            previousOpens = opens;
        }
        return false;
    }

    /**
     * @return false when a part starting with this character can open no slot name: every first word
     *         ({@code after}, {@code below}, {@code content}, {@code entry}, {@code post}, {@code article},
     *         {@code single}, {@code story}, {@code next}, {@code prev}) starts with one of these letters,
     *         so most parts of a page's class names are passed over at once
     */
    private static boolean mayOpen(char c) {
        return "abcepsnABCEPSN".indexOf(c) >= 0;
    }

    /** @return true for one part that names a slot by itself ({@code afterContent}, {@code articleFooter}, {@code nextPost}) */
    private static boolean joined(String s, int from, int to) {
        return joins(s, from, to, WHERE, TEXT) || joins(s, from, to, POST, END) || joins(s, from, to, OWNER, META)
                || joins(s, from, to, POST, NAV) || joins(s, from, to, OTHER, NAV)
                || joins(s, from, to, ADJACENT, OTHER);
    }

    /** @return true for two parts in a row that name a slot ({@code below-content}, {@code post-footer}, {@code next-post}) */
    private static boolean paired(String s, int from, int middle, int start, int to) {
        return pair(s, from, middle, start, to, WHERE, TEXT) || pair(s, from, middle, start, to, TEXT, WHERE)
                || pair(s, from, middle, start, to, POST, END) || pair(s, from, middle, start, to, OWNER, META)
                || pair(s, from, middle, start, to, POST, NAV)
                || pair(s, from, middle, start, to, OTHER, NAV) || pair(s, from, middle, start, to, ADJACENT, OTHER);
    }

    /** @return true when the part {@code s[from, middle)} is one of the first words and {@code s[start, to)} one of the second */
    private static boolean pair(String s, int from, int middle, int start, int to, WordsByInitial first,
            WordsByInitial second) {
        return equalsAny(s, from, middle, first) && equalsAny(s, start, to, second);
    }

    /** @return true for one part that joins a first and a second word without a separator ({@code afterContent}) */
    private static boolean joins(String s, int from, int to, WordsByInitial first, WordsByInitial second) {
        for (String w : first.candidates(s.charAt(from))) {
            if (to - from > w.length() && s.regionMatches(true, from, w, 0, w.length())
                    && equalsAny(s, from + w.length(), to, second)) {
                return true;
            }
        }
        return false;
    }

    /** @return true when {@code s[from, to)} is one of the words, ignoring case */
    private static boolean equalsAny(String s, int from, int to, WordsByInitial words) {
        for (String w : words.candidates(s.charAt(from))) {
            if (w.length() == to - from && s.regionMatches(true, from, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || Text.isSpace(c);
    }
}
