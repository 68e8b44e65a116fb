package org.gazette.enrich.entities.impl;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.gazette.api.model.Article;

/**
 * What the registry keeps of one article that mentions an entity: enough to list and find it
 * again. Long URLs and titles are cut so that a record stays small.
 */
final class ArticleRef {

    static final int MAX_URL = 500;
    static final int MAX_TITLE = 200;

    /** The article id, or {@code null} when the article had none. */
    String id;
    /** Its URL (the canonical one when it declares one), or {@code null}. */
    String url;
    /** Its headline, or {@code null}. */
    String title;
    /** Its publication date as the article gives it, or {@code null}. */
    String published;
    /** When the enricher recorded it, ISO-8601 instant. */
    String seen;

    /**
     * @param article the article
     * @param now the time of tagging
     * @return the reference
     */
    static ArticleRef of(Article article, Instant now) {
        ArticleRef r = new ArticleRef();
        r.id = article.id;
        r.url = cut(article.canonicalUrl != null ? article.canonicalUrl : article.url, MAX_URL);
        r.title = cut(article.title, MAX_TITLE);
        r.published = cut(article.published, 40);
        r.seen = now.truncatedTo(ChronoUnit.SECONDS).toString();
        return r;
    }

    /** @return whether this and another reference name one article (by id, else by URL) */
    boolean sameArticle(ArticleRef other) {
        if (id != null || other.id != null) {
            return id != null && id.equals(other.id);
        }
        return url != null && url.equals(other.url);
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
