package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    private static final Evaluator H1 = Selector.evaluatorOf("h1");
    private static final Evaluator TAG_LINK = Selector.evaluatorOf("a[rel~=(?i)(^|\\s)tag(\\s|$)]");

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
     *         ({@code <a rel="tag">}), merged without duplicates
     */
    static Pick<List<String>> tags(Page page) {
        List<String> tags = new ArrayList<>();
        List<String> from = new ArrayList<>();
        add(tags, from, "article:tag", page.meta().all("article:tag"));
        add(tags, from, "meta:keywords", page.meta().all("keywords"));
        add(tags, from, "json-ld:keywords", page.jsonLd().texts("keywords"));
        add(tags, from, "a[rel=tag]", tagLinks(page));
        return tags.isEmpty() ? null : new Pick<>(tags, String.join(",", from));
    }

    /**
     * @return the texts of the links that say they lead to one of the post's tags ({@code rel="tag"}, as
     *         WordPress and other blog engines print the post's tags), not a category ({@code rel="category
     *         tag"}), and not outside the post ({@link #outsideThePost})
     */
    private static List<String> tagLinks(Page page) {
        List<Element> links = page.tags().select("a", TAG_LINK);
        if (links.isEmpty()) {
            return List.of();
        }
        List<Element> headings = page.tags().select("h1", H1);
        Set<Element> aroundHeadline = Collections.newSetFromMap(new IdentityHashMap<>());
        if (!headings.isEmpty()) {
            aroundHeadline.addAll(headings.get(0).parents());
        }
        List<String> out = new ArrayList<>();
        for (Element a : links) {
            String rel = a.attr("rel").toLowerCase(Locale.ROOT);
            if (out.size() < MAX_TAGS && !rel.contains("category") && !outsideThePost(a, aroundHeadline)) {
                out.add(a.text());
            }
        }
        return out;
    }

    /**
     * @param aroundHeadline the elements that hold the page's first {@code <h1>}: a link under the first
     *        of them it meets on its way up is in the post's own region
     * @return whether the link is in navigation, a sidebar, a footer, readers' comments, or a widget of the
     *         site's tags (a tag cloud, the "trending tags" of a search box: a class or id holding "cloud",
     *         or with a part "search"; not "sidebar", which themes also name the wrapper of text and sidebar, nor
     *         "widget", which page builders such as Elementor name every block, the post's tags too) below the region of the headline; a page builder's or the body's classes
     *         above that region ({@code fl-search-active}) say nothing of the link
     */
    private static boolean outsideThePost(Element a, Set<Element> aroundHeadline) {
        for (Element e = a.parent(); e != null && !aroundHeadline.contains(e); e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
                return true;
            }
            String names = e.className() + " " + e.id();
            if (names.toLowerCase(Locale.ROOT).contains("cloud") || NameParts.has(names, "search")) {
                return true;
            }
        }
        return CommentSections.contain(a);
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
