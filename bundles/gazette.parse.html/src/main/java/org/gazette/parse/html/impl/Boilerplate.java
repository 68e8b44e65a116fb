package org.gazette.parse.html.impl;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Knows what is not body text. By element (furniture): navigation, headers and footers, asides,
 * forms, figures with their captions, dialogs, hidden elements (but not the hidden chunks of React's
 * streamed rendering, {@code <div hidden id="S:0">}, which a script shows). By class or id: cookie
 * and consent banners, share bars, social links, newsletter and subscription boxes, related links,
 * comments, advertising, promotions, breadcrumbs, tags, bylines and author boxes, matched as whole
 * parts of a name or their starts (taxonomy classes such as WordPress's {@code tag-social-media},
 * and states such as {@code with-sidebar}, do not count). The callers keep any such element that
 * holds most of the text ({@link BodyText#without}).
 */
final class Boilerplate {

    /** Elements that hold page furniture rather than an article's text. */
    private static final Set<String> TAGS = Set.of("nav", "header", "footer", "aside", "form", "figure",
            "figcaption", "dialog", "menu");
    private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none");
    /** React's streaming server rendering parks content in hidden {@code <div id="S:0">} until a script moves it. */
    private static final Pattern STREAMED_CHUNK = Pattern.compile("S:\\d+");
    /** CMS classes that carry a post's taxonomy ({@code tag-social-media}), not the element's role. */
    private static final Pattern TAXONOMY = Pattern.compile("(?i)(tag|category|categories|topic|section)-");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_-]+");
    /** Class or id parts that mark boilerplate when they appear whole. */
    private static final Set<String> WORDS = Set.of("ad", "ads", "tags", "tagcloud", "gdpr", "popup", "modal",
            "sidebar", "disqus", "sharing");
    /** Class or id parts that mark boilerplate when a part starts with them. */
    private static final String[] PREFIXES = {"cookie", "consent", "share", "social", "newsletter", "subscri",
        "related", "comment", "advert", "promo", "breadcrumb", "sponsor", "taboola", "outbrain", "byline", "author"};
    /**
     * Parts that make a compound name a state of the page rather than a box: {@code with-sidebar},
     * {@code has-sidebar} and {@code cookies-not-set} say what the page has, not what the element is.
     */
    private static final Set<String> STATES = Set.of("with", "has", "no", "without", "is", "not");

    /** A sign-up box holds less text than this. */
    private static final int SIGNUP_BOX_CHARS = 400;

    private Boilerplate() {
    }

    /**
     * @param el an element
     * @return true when its tag marks furniture (navigation, header, footer, aside, form, figure) or
     *         it is hidden from readers
     */
    static boolean isFurniture(Element el) {
        return TAGS.contains(el.normalName()) || isHidden(el);
    }

    /**
     * @param el an element
     * @return true when it is hidden ({@code hidden}, {@code aria-hidden=true}, {@code display:none}),
     *         except the hidden chunks of streamed server rendering, which scripts show
     */
    static boolean isHidden(Element el) {
        if (el.attributesSize() == 0) {
            return false;
        }
        if (el.hasAttr("hidden")) {
            return !STREAMED_CHUNK.matcher(el.id()).matches();
        }
        return el.attr("aria-hidden").equalsIgnoreCase("true") || DISPLAY_NONE.matcher(el.attr("style")).find();
    }

    /**
     * Removes the boxes around sign-up forms (newsletters, SMS and e-mail opt-ins), whatever their
     * language: from each form or e-mail/phone field, the largest enclosing element that still holds
     * fewer than three paragraphs and little text. Removing only the form would leave its pitch
     * ("By providing your phone number...") in the body.
     *
     * @param body the page's body, changed in place
     */
    static void removeSignupBoxes(Element body) {
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
        boolean boilerplate = false;
        for (String part : TOKEN_SPLIT.split(name.toLowerCase(Locale.ROOT))) {
            if (STATES.contains(part)) {
                return false;
            }
            boilerplate |= WORDS.contains(part) || startsWithAny(part);
        }
        return boilerplate;
    }

    private static boolean startsWithAny(String part) {
        for (String prefix : PREFIXES) {
            if (part.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
