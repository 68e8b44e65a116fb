package org.gazette.parse.html.impl;

import java.util.regex.Pattern;

import org.gazette.text.WrittenDates;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Tells elements that a byline class or property names but that hold no byline of the article:
 * a post's wrapper carrying its author as a class ({@code <article class="hentry
 * author-jane-doe">}) or a header band around the headline and its authors ({@code <div
 * class="title-authors"><h1>}), an author's bio or description box ({@code author-description}), an
 * author's avatar (its picture, or the initials drawn in its place: {@code <span class="avatar author-avatar">JD</span>}), and the
 * authors of comments ({@code <span class="comment-author-link">} inside {@code <ol
 * class="comment-list">}), the post's categories and tags printed in a byline box ({@link #TAXONOMY}), and a line that
 * is only the post's date.
 */
final class BylineImpostors {
    /** A byline, even an author box with a short bio, holds fewer characters than this. */
    static final int MAX_CHARS = 1000;
    private static final Pattern BIO = Pattern.compile("(?i)(?:^|[\\s_-])(?:bio|biography|description|desc|about)(?:[\\s_-]|$)");
    /** An author's picture, or the initials drawn in its place ({@code <span class="avatar author-avatar">NB</span>}). */
    private static final Pattern AVATAR = Pattern.compile("(?i)(?:^|[\\s_-])(?:avatar|initials)(?:[\\s_-]|$)");
    /** Avatars inside a byline element, whose initials are no part of the name. */
    static final Evaluator AVATARS = Selector.evaluatorOf("[class~=" + AVATAR.pattern() + "]");
    /**
     * The post's categories and tags printed in a byline box ({@code <span class="byline__category"><a>Wellness &amp;
     * Prevention</a></span>}, {@code <a rel="category tag">}): their names read as authors' names.
     */
    static final Evaluator TAXONOMY = Selector.evaluatorOf("[class~=(?i)(?:^|[\\s_-])(?:category|categories|tag|tags|topic|topics)(?:[\\s_-]|$)],"
            + "a[rel~=(?i)(?:^|\\s)(?:tag|category)(?:\\s|$)]");
    private static final String COMMENT = "comment";
    /** A date as a whole, with its weekday, time and zone, is shorter than this. */
    private static final int MAX_DATE_CHARS = 80;

    private BylineImpostors() {
    }

    /** @return true when the element holds a whole post or its headline, is a bio, an avatar or a category, or sits among comments */
    static boolean isImpostor(Element el) {
        return LongText.exceeds(el, MAX_CHARS) || BIO.matcher(el.className()).find() || AVATAR.matcher(el.className()).find() || inComments(el)
                || !el.getElementsByTag("h1").isEmpty()
                || TAXONOMY.matches(el, el) || isDate(el);
    }

    /**
     * @return true when the element's text is a date as a whole: templates name the line under the
     *         headline {@code byline} when it prints only the date ("Sat, 20 Dec, 2025 - 06:36"),
     *         and its weekday read as a name
     */
    private static boolean isDate(Element el) {
        return !LongText.exceeds(el, MAX_DATE_CHARS) && WrittenDates.parse(Text.normalise(el.text())) != null;
    }

    /**
     * @return true when the element or an ancestor has a class or id token of comments: starting with "comment"
     *         ({@code comment-list}), or holding it as a part with more after it or glued to a prefix, as comment plugins and
     *         themes name theirs ({@code wpd-comment-author}, {@code ast-comment-meta}, {@code jcomments-latest},
     *         {@code recentcomments}); not a post's state ({@code has-comments}, {@code no-comments})
     */
    private static boolean inComments(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.attributesSize() > 0 && (hasCommentsToken(e.className()) || hasCommentsToken(e.id()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCommentsToken(String tokens) {
        for (int i = 0; i + COMMENT.length() <= tokens.length(); i++) {
            char c = tokens.charAt(i);
            if ((c == 'c' || c == 'C') && isCommentAt(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the word "comment" at {@code from} is one of comments (see {@link #inComments}) */
    private static boolean isCommentAt(String tokens, int from) {
        if (!tokens.regionMatches(true, from, COMMENT, 0, COMMENT.length())) {
            return false;
        }
        int end = from + COMMENT.length();
        if (end < tokens.length() && (tokens.charAt(end) == 's' || tokens.charAt(end) == 'S')) {
            end++;
        }
        boolean tokenStart = from == 0 || Text.isSpace(tokens.charAt(from - 1));
        boolean more = end < tokens.length() && !Text.isSpace(tokens.charAt(end));
        return tokenStart || more || Character.isLetter(tokens.charAt(from - 1));
    }
}
