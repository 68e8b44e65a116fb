package org.gazette.parse.html.impl;

import org.gazette.api.model.PageKind;

/**
 * Tells an article from a page that is not one (a home page, a section front, a list of links),
 * from its structure first: how many short teaser {@code <article>} elements its main text holds,
 * how much of it is link text, and how much text there is at all. A page that declares itself an
 * article (og:type {@code article}, a JSON-LD article type, a publication time) is not judged by
 * teasers and links; og:type {@code website} alone decides nothing, since many CMSs put it on
 * every page.
 */
final class PageKinds {
    /** Fewer words than this in the body: not an article. */
    static final int MIN_WORDS = 40;
    /** More teaser articles than this on a page that does not declare itself an article: an index. */
    static final int MAX_TEASERS = 3;
    /** Items averaging this many words or more are the sections of a list article, not teasers. */
    static final int TEASER_WORDS = 60;
    /** More of the main text in links than this, without article declarations: an index. */
    static final double INDEX_LINK_DENSITY = 0.5;

    /**
     * @param kind the verdict
     * @param reason why, for {@code parse.kindReason}; null for an article
     */
    record Verdict(PageKind kind, String reason) {
    }

    private PageKinds() {
    }

    static Verdict classify(Page page, boolean hasPublished, BodyText.Body body) {
        String ogType = page.meta().first("og:type") == null ? "" : page.meta().first("og:type").value().trim();
        boolean declaredArticle = page.jsonLd().isArticle() || ogType.equalsIgnoreCase("article") || hasPublished;
        if (!declaredArticle) {
            if (body.teasers() > MAX_TEASERS && body.words() < body.teasers() * TEASER_WORDS) {
                return new Verdict(PageKind.INDEX, body.teasers() + " teaser <article> elements in the main text and no article declaration");
            }
            if (body.linkDensity() > INDEX_LINK_DENSITY) {
                return new Verdict(PageKind.INDEX, String.format("%.0f%% of the main text is links", body.linkDensity() * 100));
            }
        }
        if (body.words() < MIN_WORDS) {
            return new Verdict(PageKind.OTHER, body.words() == 0 ? "no body text found"
                    : "body text in " + body.container() + " has " + body.words() + " words, fewer than " + MIN_WORDS);
        }
        return new Verdict(PageKind.ARTICLE, null);
    }
}
