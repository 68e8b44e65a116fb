package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The breadcrumb trail a page prints ("Home / City / <em>the article</em>") for pages whose JSON-LD
 * declares none, as the steps of a trail for {@link BreadcrumbSections}: the links of an element whose
 * class, id, {@code aria-label} or microdata type names a breadcrumb ({@code <nav aria-label="breadcrumb">},
 * {@code <ol class="breadcrumbs">}, {@code itemtype="https://schema.org/BreadcrumbList"}). News sites of every
 * language print one above the headline, while few declare the section in their metadata.
 * <ul>
 * <li>Of such elements nested in each other (a region, its block, the {@code <nav>}, the {@code <ol>}), the
 * innermost with two steps or more is read; its items, named as the trail is ({@code <li class="breadcrumb-item">}),
 * hold one step each.</li>
 * <li>A link that names nothing (the home page's logo) is a step without a name.</li>
 * <li>A back link ("&lt; Back to blog") is no step, and neither is a link to the page in another language
 * ({@code hreflang}, or an address the page declares as its {@code <link rel="alternate" hreflang>}): regions
 * print the language switch beside the trail.</li>
 * </ul>
 */
final class PrintedBreadcrumbs {

    /** The provenance of a section read off a printed trail. */
    static final String SOURCE = "breadcrumb";
    private static final Evaluator LINK = Selector.evaluatorOf("a[href]");
    /** Arrows pointing back, as a back link opens: "&lt; Back to blog", "← All posts", "‹ News", "« Retour". */
    private static final String BACK_ARROWS = "<\u2039\u2190\u00AB\u25C0\u2B05";
    private static final Evaluator ALTERNATE_LANGUAGE = Selector.evaluatorOf("link[rel~=(?i)^alternate$][hreflang][href]");
    /** How many elements that name a trail are looked at: a page has one trail, nested in a few elements that name it. */
    private static final int MAX_TRAILS = 12;
    /** A trail has fewer steps than this; more links make the element a menu. */
    private static final int MAX_STEPS = 8;

    private PrintedBreadcrumbs() {
    }

    /** @return the steps of the page's printed trail; empty when the page prints none */
    static List<JsonLd.Crumb> read(Page page) {
        Element body = page.doc().body();
        if (body == null) {
            return List.of();
        }
        Set<String> translations = null; // read when a trail is found: most pages print none
        Element chosen = null;
        List<JsonLd.Crumb> crumbs = List.of();
        int tried = 0;
        for (Element trail : page.tags().selectByAttributes(body, PrintedBreadcrumbs::namesATrail)) {
            if (++tried > MAX_TRAILS || chosen != null && !Trees.within(trail, chosen)) {
                break;
            }
            List<Element> links = page.tags().select(trail, LINK, "a");
            if (links.size() < 2 || links.size() >= MAX_STEPS) {
                continue; // one step of the trail, or a menu
            }
            translations = translations == null ? translations(page) : translations;
            List<JsonLd.Crumb> steps = steps(links, translations);
            if (steps.size() >= 2) {
                chosen = trail;
                crumbs = steps;
            }
        }
        return crumbs;
    }

    private static List<JsonLd.Crumb> steps(List<Element> links, Set<String> translations) {
        List<JsonLd.Crumb> steps = new ArrayList<>();
        for (Element link : links) {
            String name = Text.normalise(link.text());
            boolean back = !name.isEmpty() && BACK_ARROWS.indexOf(name.charAt(0)) >= 0; // "< Back to blog"; "» Politik" and "🏠 Home" are steps
            boolean translation = link.hasAttr("hreflang") || translations.contains(link.absUrl("href"));
            if (!back && !translation) {
                String words = withoutLeadingMarks(name); // "» Politik", "🏠 Home"
                steps.add(new JsonLd.Crumb(words.chars().anyMatch(Character::isLetter) ? words : "", link.attr("href")));
            }
        }
        return steps;
    }

    /** @return the name without the arrows, separators and pictographs before its first letter or digit */
    private static String withoutLeadingMarks(String name) {
        int i = 0;
        while (i < name.length() && !Character.isLetterOrDigit(name.codePointAt(i))) {
            i += Character.charCount(name.codePointAt(i));
        }
        return name.substring(i);
    }

    /** @return the addresses of the page in other languages, as its head declares them */
    private static Set<String> translations(Page page) {
        Set<String> addresses = new HashSet<>();
        if (page.doc().head() != null) {
            for (Element link : page.doc().head().select(ALTERNATE_LANGUAGE)) {
                addresses.add(link.absUrl("href"));
            }
        }
        return addresses;
    }

    private static boolean namesATrail(Element el) {
        Attributes a = el.attributes(); // get() looks a key up without the Attribute objects an iteration makes
        return namesATrail(a.get("class")) || namesATrail(a.get("id")) || namesATrail(a.get("aria-label")) || namesATrail(a.get("itemtype"));
    }

    /** @return whether the value holds "breadcrumb" in lower case, capitalised ("BreadcrumbList") or in capitals */
    private static boolean namesATrail(String value) {
        return value.indexOf("readcrumb") >= 0 || value.indexOf("READCRUMB") >= 0; // String.indexOf is many times faster than a case-blind scan
    }
}
