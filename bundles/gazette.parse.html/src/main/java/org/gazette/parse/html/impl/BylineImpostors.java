package org.gazette.parse.html.impl;

import java.util.regex.Pattern;

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
 * class="comment-list">}).
 */
final class BylineImpostors {
    /** A byline, even an author box with a short bio, holds fewer characters than this. */
    static final int MAX_CHARS = 1000;
    private static final Pattern BIO = Pattern.compile("(?i)(?:^|[\\s_-])(?:bio|biography|description|desc|about)(?:[\\s_-]|$)");
    /** An author's picture, or the initials drawn in its place ({@code <span class="avatar author-avatar">NB</span>}). */
    private static final Pattern AVATAR = Pattern.compile("(?i)(?:^|[\\s_-])(?:avatar|initials)(?:[\\s_-]|$)");
    /** Avatars inside a byline element, whose initials are no part of the name. */
    static final Evaluator AVATARS = Selector.evaluatorOf("[class~=" + AVATAR.pattern() + "]");
    private static final String COMMENT = "comment";

    private BylineImpostors() {
    }

    /** @return true when the element holds a whole post or its headline, is a bio, or sits among comments */
    static boolean isImpostor(Element el) {
        return LongText.exceeds(el, MAX_CHARS) || BIO.matcher(el.className()).find() || AVATAR.matcher(el.className()).find() || inComments(el)
                || !el.getElementsByTag("h1").isEmpty();
    }

    /** @return true when the element or an ancestor has a class or id starting with "comment" */
    private static boolean inComments(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.attributesSize() > 0 && (hasTokenStarting(e.className()) || startsWithComment(e.id(), 0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTokenStarting(String classes) {
        for (int i = 0; i < classes.length(); i++) {
            if ((i == 0 || Text.isSpace(classes.charAt(i - 1))) && startsWithComment(classes, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithComment(String s, int from) {
        return s.regionMatches(true, from, COMMENT, 0, COMMENT.length());
    }
}
