package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Knows what is not body text. By element: scripts and styles, navigation, headers and footers,
 * asides, forms, embeds, figures with their captions, buttons, hidden elements. By class or id:
 * cookie and consent banners, share bars, social links, newsletter and subscription boxes, related
 * links, comments, advertising, promotions, breadcrumbs, tags, bylines and author boxes (taxonomy
 * classes such as WordPress's {@code tag-social-media} do not count). A {@code form} or {@code header}
 * that wraps most of the page's paragraphs (as whole-page ASP.NET forms do), and a named element
 * that wraps most of the container's paragraphs, are kept.
 */
final class Boilerplate {

    private static final String TAGS = "script, style, noscript, template, nav, header, footer, aside, form, iframe,"
            + " figure, figcaption, button, select, textarea, input, svg, canvas, video, audio, object, embed, dialog,"
            + " [hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none]";
    /** CMS classes that carry a post's taxonomy ({@code tag-social-media}), not the element's role. */
    private static final Pattern TAXONOMY = Pattern.compile("(?i)(tag|category|categories|topic|section)-");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_-]+");
    /** Class or id parts that mark boilerplate when they appear whole. */
    private static final Set<String> WORDS = Set.of("ad", "ads", "tags", "tagcloud", "gdpr", "popup", "modal",
            "sidebar", "disqus", "sharing");
    /** Class or id parts that mark boilerplate when a part starts with them. */
    private static final String[] PREFIXES = {"cookie", "consent", "share", "social", "newsletter", "subscri",
        "related", "comment", "advert", "promo", "breadcrumb", "sponsor", "taboola", "outbrain", "byline", "author"};

    /** A sign-up box holds less text than this. */
    private static final int SIGNUP_BOX_CHARS = 400;

    private Boilerplate() {
    }

    /**
     * Removes boilerplate elements by tag name, in place.
     *
     * @param body the page's body
     */
    static void removeTags(Element body) {
        removeSignupBoxes(body);
        Map<Element, Integer> chars = Trees.paragraphChars(body);
        int pageText = chars.getOrDefault(body, 0);
        List<Element> removed = new ArrayList<>();
        for (Element el : body.select(TAGS)) {
            if (!removed.isEmpty() && Trees.within(el, removed.get(removed.size() - 1))) {
                continue;
            }
            boolean wrapper = el.normalName().equals("form") || el.normalName().equals("header");
            if (!wrapper || chars.getOrDefault(el, 0) * 2 < pageText) {
                removed.add(el);
            }
        }
        Trees.removeAll(removed);
    }

    /**
     * Removes the boxes around sign-up forms (newsletters, SMS and e-mail opt-ins), whatever their
     * language: from each form or e-mail/phone field, the largest enclosing element that still holds
     * fewer than three paragraphs and little text. Removing only the form would leave its pitch
     * ("By providing your phone number...") in the body.
     */
    private static void removeSignupBoxes(Element body) {
        for (Element field : body.select("form, input[type=email], input[type=tel]")) {
            if (field.parent() == null || field.text().length() >= SIGNUP_BOX_CHARS) {
                continue; // already removed with an earlier box, or a form that wraps the page (ASP.NET)
            }
            Element box = field;
            for (Element up = box.parent(); up != null && up != body && up.select("p").size() < 3
                    && up.text().length() < SIGNUP_BOX_CHARS; up = up.parent()) {
                box = up;
            }
            box.remove();
        }
    }

    /**
     * Removes the descendants of a container whose class or id names boilerplate, in place.
     *
     * @param container the element holding the article; itself never removed
     */
    static void removeNamed(Element container) {
        Map<Element, Integer> chars = Trees.paragraphChars(container);
        int containerText = chars.getOrDefault(container, 0);
        List<Element> removed = new ArrayList<>();
        for (Element el : container.select("[class], [id]")) {
            if (el != container && (removed.isEmpty() || !Trees.within(el, removed.get(removed.size() - 1)))
                    && isBoilerplateName(el) && chars.getOrDefault(el, 0) * 2 < containerText) {
                removed.add(el);
            }
        }
        Trees.removeAll(removed);
    }

    /**
     * @param el an element
     * @param root where to stop looking up, exclusive
     * @return true when an ancestor of the element below {@code root} has a boilerplate name
     */
    static boolean isInsideBoilerplate(Element el, Element root) {
        for (Element e = el.parent(); e != null && e != root; e = e.parent()) {
            if (isBoilerplateName(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param el an element
     * @return true when its class or id names boilerplate
     */
    static boolean isBoilerplateName(Element el) {
        for (String name : el.classNames()) {
            if (!TAXONOMY.matcher(name).lookingAt() && isBoilerplateName(name)) {
                return true;
            }
        }
        return isBoilerplateName(el.id());
    }

    private static boolean isBoilerplateName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (String part : TOKEN_SPLIT.split(name.toLowerCase(Locale.ROOT))) {
            if (WORDS.contains(part)) {
                return true;
            }
            for (String prefix : PREFIXES) {
                if (part.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
