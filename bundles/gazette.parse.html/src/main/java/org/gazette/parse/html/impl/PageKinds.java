package org.gazette.parse.html.impl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gazette.api.model.Image;
import org.gazette.api.model.PageKind;
import org.jsoup.nodes.Element;

/**
 * Tells an article from a page that is not one (a home page, a section front, a list of links),
 * from its structure first: how many short teaser {@code <article>} elements its main text holds,
 * how much of it is link text, and how much text there is at all. A page that declares itself an
 * article (og:type {@code article}, a JSON-LD article type, a publication time) is not judged by
 * teasers and links; og:type {@code website} alone decides nothing, since many CMSs put it on
 * every page. A declared article with little text but several captioned pictures is a photo gallery, an
 * article: its captions tell the story.
 */
final class PageKinds {
    /** Fewer words than this in the body: not an article. */
    static final int MIN_WORDS = 40;
    /** A short text with at least this many captioned pictures is a photo gallery's, an article. */
    static final int MIN_CAPTIONS = 3;
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

    /**
     * @return whether the article tells its story in captioned pictures ("In pictures: ..."): at least
     *         {@link #MIN_CAPTIONS} captions of pictures in the element the text was read from, not behind a link to another
     *         page (a related box's teasers), which with the short text make {@link #MIN_WORDS} words
     */
    private static boolean isGallery(Page page, BodyText.Body body, List<Image> images) {
        if (body.root() == null) {
            return false;
        }
        Set<String> inArticle = new HashSet<>();
        for (Element img : body.root().select("img")) { // a page of few words: its subtree is small
            Element link = img.closest("a");
            if (link == null || PictureAddresses.linksToImageFile(link)) {
                inArticle.add(PictureAddresses.of(page, img));
            }
        }
        int captions = 0;
        int words = body.words();
        for (Image image : images) {
            if (image.caption != null && inArticle.contains(image.url)) {
                captions++;
                words += UnspacedScripts.words(image.caption);
            }
        }
        return captions >= MIN_CAPTIONS && words >= MIN_WORDS;
    }

    /**
     * @param page the page
     * @param hasPublished whether the page declares a publication time
     * @param body the body text
     * @param images the article's images with their captions
     * @return the verdict
     */
    static Verdict classify(Page page, boolean hasPublished, BodyText.Body body, List<Image> images) {
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
        if (body.words() < MIN_WORDS && !(declaredArticle && isGallery(page, body, images))) {
            return new Verdict(PageKind.OTHER, body.words() == 0 ? "no body text found"
                    : "body text in " + body.container() + " has " + body.words() + " words, fewer than " + MIN_WORDS);
        }
        return new Verdict(PageKind.ARTICLE, null);
    }
}
