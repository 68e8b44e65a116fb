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
    static final Evaluator TAXONOMY = Selector.evaluatorOf("[class~=(?i)(?:^|[\\s_-])(?:" + String.join("|", TaxonomyNames.WORDS) + ")(?:[\\s_-]|$)],"
            + "a[rel~=(?i)(?:^|\\s)(?:tag|category)(?:\\s|$)]");
    /** A date as a whole, with its weekday, time and zone, is shorter than this. */
    private static final int MAX_DATE_CHARS = 80;

    private BylineImpostors() {
    }

    /** @return true when the element holds a whole post or its headline, is a bio, an avatar or a category, or sits among comments */
    static boolean isImpostor(Element el) {
        return LongText.exceeds(el, MAX_CHARS) || BIO.matcher(el.className()).find() || AVATAR.matcher(el.className()).find() || CommentSections.contain(el)
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
}
