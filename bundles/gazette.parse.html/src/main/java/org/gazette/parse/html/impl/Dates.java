package org.gazette.parse.html.impl;

import java.util.regex.Pattern;

import org.gazette.text.IsoDates;
import org.gazette.text.WrittenDates;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds publication and modification dates: JSON-LD, Open Graph article tags, other meta tags,
 * then {@code <time datetime>} in the article, then other meta names that speak of publication,
 * then the source's hint, then the dates the page only shows ({@link VisibleDates}), and last the modification date (its
 * provenance says so); each normalised by {@link IsoDates}. A declared publication time that is the
 * last save (equal to the modification time) gives way to an earlier date the page shows ({@link ResavedDates}),
 * and one in UTC a day off the permalink's day to that day ({@link UrlDays}). A value that does not
 * read as a date is passed over for the next source.
 */
final class Dates {

    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time",
        "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "datemodified",
        "dc.date.modified", "dcterms.modified", "last-modified"};
    private static final Evaluator PUBLISHED_TIME = Selector.evaluatorOf("article time[datetime], time[itemprop=datePublished][datetime],"
            + " time[pubdate][datetime]");
    /**
     * Site-specific meta names that still say what they hold ({@code cludo:date},
     * {@code w-published-date}, {@code published}), tried after the well-known ones.
     */
    private static final Pattern OTHER_PUBLISHED_META = Pattern.compile(
            "(?:^|[:._-])(?:publish(?:ed)?(?:[-_]?(?:date|time|at|on))?|pub[-_]?date|date|posted(?:[-_]?(?:date|on))?)$");
    private static final Evaluator MODIFIED_TIME = Selector.evaluatorOf("time[itemprop=dateModified][datetime]");

    private Dates() {
    }

    /**
     * @param page the page
     * @param modified the page's modification date ({@link #modified}), or {@code null}: a declared
     *        publication equal to it may be a re-save, and a page that declares no publication was
     *        published no later
     * @param headline the article's title, or {@code null}: on a page without an {@code <h1>}, the
     *        element that shows it stands in for one ({@link HeadlineStandIns})
     * @return the publication date and its source, or {@code null}
     */
    static Pick<String> published(Page page, Pick<String> modified, String headline) {
        Pick<String> found = find(page, "datePublished", PUBLISHED_META, PUBLISHED_TIME);
        DateReader dates = DateReader.of(page);
        if (found != null) {
            found = UrlDays.local(page, ResavedDates.corrected(page, found, modified, dates, headline));
        }
        if (found == null) {
            found = otherMeta(page.meta(), dates);
        }
        if (found == null) {
            found = Pick.of(IsoDates.normalise(page.item().published), "item");
        }
        if (found == null) {
            found = VisibleDates.published(page, dates, headline);
        }
        // a page that only says when it was last changed was published no later: the best we know
        return found != null ? found : modified;
    }

    /**
     * @param page the page
     * @return the modification date and its source, or {@code null}
     */
    static Pick<String> modified(Page page) {
        return find(page, "dateModified", MODIFIED_META, MODIFIED_TIME);
    }

    private static Pick<String> otherMeta(MetaTags meta, DateReader dates) {
        for (String name : meta.names()) {
            if (OTHER_PUBLISHED_META.matcher(name).find()) {
                for (String value : meta.all(name)) {
                    Pick<String> found = Pick.of(IsoDates.normalise(value), MetaTags.source(name));
                    if (found == null) {
                        found = Pick.of(WrittenDates.parse(value, dates.order()), MetaTags.source(name));
                    }
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static Pick<String> find(Page page, String jsonLdField, String[] metaNames, Evaluator timeQuery) {
        Pick<String> found = Pick.of(IsoDates.normalise(page.jsonLd().text(jsonLdField)), "json-ld:" + jsonLdField);
        for (int i = 0; found == null && i < metaNames.length; i++) {
            for (String value : page.meta().all(metaNames[i])) {
                found = Pick.of(IsoDates.normalise(value), MetaTags.source(metaNames[i]));
                if (found != null) {
                    break;
                }
            }
        }
        if (found == null) {
            // both time queries only match time elements: a page without any is spared the walk
            Element time = page.tags().has("time") ? page.doc().selectFirst(timeQuery) : null;
            found = time == null ? null : Pick.of(IsoDates.normalise(time.attr("datetime")), "time[datetime]");
        }
        return found;
    }
}
