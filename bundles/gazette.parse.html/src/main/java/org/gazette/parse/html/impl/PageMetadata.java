package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Reads the descriptive fields of a page: site name, language, canonical URL, lead image,
 * description, section and tags, each from Open Graph and other meta tags, link elements and
 * JSON-LD, with the source's hints as fallbacks where there are any.
 */
final class PageMetadata {
    private static final Evaluator HTML = Selector.evaluatorOf("html");
    private static final Evaluator CONTENT_LANGUAGE = Selector.evaluatorOf("meta[http-equiv=content-language][content]");
    private static final Evaluator CANONICAL_LINK = Selector.evaluatorOf("link[rel~=(?i)^canonical$][href]");


    private static final int MAX_TAGS = 50;

    private PageMetadata() {
    }

    /**
     * @return {@code og:site_name}, else the JSON-LD publisher's name, else {@code application-name},
     *         else the part of the {@code <title>} that names the domain ({@link TitleSiteNames})
     */
    static Pick<String> siteName(Page page) {
        Pick<String> found = page.meta().first("og:site_name");
        if (found == null) {
            found = Pick.of(page.jsonLd().publisherName(), "json-ld:publisher");
        }
        if (found == null) {
            found = page.meta().first("application-name");
        }
        return found != null ? found : TitleSiteNames.find(page);
    }

    /** @return {@code <html lang>}, {@code content-language}, {@code og:locale}, JSON-LD, else the hint */
    static Pick<String> language(Page page) {
        Element html = page.doc().selectFirst(HTML);
        Pick<String> found = Pick.of(LanguageTags.normalise(html == null ? null : html.attr("lang")), "html[lang]");
        if (found == null) {
            Element equiv = page.doc().selectFirst(CONTENT_LANGUAGE);
            Pick<String> meta = page.meta().first("content-language", "language", "dc.language");
            String value = equiv != null ? equiv.attr("content") : meta == null ? null : meta.value();
            found = Pick.of(LanguageTags.normalise(value), "content-language");
        }
        if (found == null) {
            Pick<String> locale = page.meta().first("og:locale");
            found = Pick.of(LanguageTags.normalise(locale == null ? null : locale.value()), "og:locale");
        }
        if (found == null) {
            found = Pick.of(LanguageTags.normalise(page.jsonLd().text("inLanguage")), "json-ld:inLanguage");
        }
        return found != null ? found : Pick.of(LanguageTags.normalise(page.item().language), "item");
    }

    /** @return {@code <link rel=canonical>}, else {@code og:url}, as an absolute URL */
    static Pick<String> canonicalUrl(Page page) {
        Element link = page.doc().selectFirst(CANONICAL_LINK);
        Pick<String> found = Pick.of(link == null ? null : page.absolute(link.attr("href")), "link[rel=canonical]");
        return found != null ? found : absolute(page, page.meta().first("og:url"));
    }

    /** @return {@code og:image}, else {@code twitter:image}, else the JSON-LD image, as an absolute URL */
    static Pick<String> leadImage(Page page) {
        Pick<String> found = absolute(page, page.meta().first("og:image", "og:image:url", "og:image:secure_url",
                "twitter:image", "twitter:image:src"));
        return found != null ? found : Pick.of(page.absolute(page.jsonLd().text("image")), "json-ld:image");
    }

    /** @return {@code og:description}, {@code description}, {@code twitter:description}, JSON-LD, else the hint */
    static Pick<String> description(Page page) {
        Pick<String> found = page.meta().first("og:description", "description", "twitter:description");
        if (found == null) {
            found = Pick.of(page.jsonLd().text("description"), "json-ld:description");
        }
        return found != null ? found : Pick.of(Text.normalise(page.item().summary), "item");
    }

    /**
     * @param canonicalUrl the page's canonical address, or {@code null}
     * @return {@code article:section}, else JSON-LD {@code articleSection}, else the deepest step above
     *         the page in its JSON-LD breadcrumb ({@link BreadcrumbSections})
     */
    static Pick<String> section(Page page, String canonicalUrl) {
        Pick<String> found = page.meta().first("article:section");
        if (found == null) {
            found = Pick.of(page.jsonLd().text("articleSection"), "json-ld:articleSection");
        }
        return found != null ? found : BreadcrumbSections.find(page, canonicalUrl);
    }

    /**
     * @return {@code article:tag}, {@code keywords}, JSON-LD {@code keywords} and the post's tag links
     *         ({@code <a rel="tag">}), merged without duplicates; else the links to tags' pages under the article
     *         ({@link PostTagLinks#byAddress})
     */
    static Pick<List<String>> tags(Page page) {
        List<String> tags = new ArrayList<>();
        List<String> from = new ArrayList<>();
        add(tags, from, "article:tag", page.meta().all("article:tag"));
        add(tags, from, "meta:keywords", page.meta().all("keywords"));
        add(tags, from, "json-ld:keywords", page.jsonLd().texts("keywords"));
        add(tags, from, "a[rel=tag]", PostTagLinks.declared(page, MAX_TAGS));
        if (tags.isEmpty()) {
            add(tags, from, "tag link", PostTagLinks.byAddress(page, MAX_TAGS));
        }
        return tags.isEmpty() ? null : new Pick<>(tags, String.join(",", from));
    }

    private static void add(List<String> tags, List<String> from, String source, List<String> values) {
        boolean added = false;
        for (String value : values) {
            for (String tag : value.split("[,;]")) {
                String t = Text.normalise(tag);
                if (!t.isEmpty() && tags.size() < MAX_TAGS && tags.stream().noneMatch(t::equalsIgnoreCase)) {
                    tags.add(t);
                    added = true;
                }
            }
        }
        if (added) {
            from.add(source);
        }
    }

    private static Pick<String> absolute(Page page, Pick<String> url) {
        return url == null ? null : Pick.of(page.absolute(url.value()), url.from());
    }
}
