package org.gazette.parse.html.impl;

import java.util.List;

/**
 * The section a page's breadcrumb trail places it in (its JSON-LD {@code BreadcrumbList}, else the trail
 * it prints, {@link PrintedBreadcrumbs}), for pages that declare none
 * ({@code article:section}, {@code articleSection}): the deepest step above the page ("Home › Blog ›
 * Oklahoma › <em>the article</em>" gives "Oklahoma"). The first step is the root of the trail (the
 * site, or its blog when the blog is installed under a path: "Home" for {@code /blog/}), a step whose
 * address has no path is the home page, and a step that links nowhere or to the page's own path is
 * the page itself (as most lists end): none of those is a section, and a list of only those gives none.
 */
final class BreadcrumbSections {

    /** The provenance of a section read off the JSON-LD trail. */
    static final String SOURCE = "json-ld:BreadcrumbList";
    private static final int MAX_WORDS = 6;

    private BreadcrumbSections() {
    }

    /**
     * @param page the page
     * @param canonicalUrl the page's canonical address, or {@code null}
     * @return the section its JSON-LD trail gives, else the section its printed trail gives, or {@code null}
     */
    static Pick<String> find(Page page, String canonicalUrl) {
        Pick<String> declared = find(page, page.jsonLd().breadcrumb(), canonicalUrl, SOURCE);
        return declared != null || !page.jsonLd().breadcrumb().isEmpty() ? declared
                : find(page, PrintedBreadcrumbs.read(page), canonicalUrl, PrintedBreadcrumbs.SOURCE);
    }

    private static Pick<String> find(Page page, List<JsonLd.Crumb> crumbs, String canonicalUrl, String source) {
        if (crumbs.size() < 2) {
            return null;
        }
        UrlPaths addresses = UrlPaths.against(page.doc().location());
        String ownPage = addresses.page(page.doc().location());
        String canonicalPage = addresses.page(canonicalUrl);
        for (int i = crumbs.size() - 1; i > 0; i--) { // the first step is the trail's root: the site, or its blog
            JsonLd.Crumb crumb = crumbs.get(i);
            if (crumb.url() == null || crumb.url().isBlank()) {
                continue; // a step that links nowhere: the page itself
            }
            String stepPage = addresses.page(crumb.url());
            if (stepPage == null) {
                return null; // an address that cannot be read: which step it is, is not known
            }
            if (stepPage.equals(ownPage) || stepPage.equals(canonicalPage)) {
                continue; // the page itself
            }
            if (addresses.path(crumb.url()).isEmpty()) {
                return null; // the home page: nothing between it and the page
            }
            return crumb.name().isEmpty() || crumb.name().split(" ").length > MAX_WORDS ? null : new Pick<>(crumb.name(), source);
        }
        return null;
    }
}
