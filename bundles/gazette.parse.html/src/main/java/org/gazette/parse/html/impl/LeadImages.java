package org.gazette.parse.html.impl;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The lead image of a page that declares none ({@code og:image}, {@code twitter:image} and JSON-LD
 * say nothing, as on hand-made blogs, government and university pages): the first picture inside
 * the element the article's text was read from, as a reader sees it at the top of the article. Not
 * a picture that only decorates or labels: a vector drawing or an animation ({@code .svg},
 * {@code .gif}: logos, icons, spinners), a tracking pixel or a thumbnail set smaller than
 * {@value #MIN_SIDE} pixels or less by its attributes or its address, one whose address, class or text alternative names
 * a logo, an icon, an avatar or a placeholder, and one in navigation, a byline or an author box.
 */
final class LeadImages {

    /** A side given in the attributes below this is a thumbnail, an icon or a pixel. */
    static final int MIN_SIDE = 150;
    /** How many elements up a byline or author box around the picture is looked for. */
    private static final int LEVELS = 6;
    private static final Evaluator IMAGE = Selector.evaluatorOf("img, amp-img");
    private static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside", "button", "a");
    /** Words of an address or a text alternative that mark a picture as no article's. */
    private static final String[] DECORATION = {"logo", "icon", "avatar", "gravatar", "spinner", "placeholder", "pixel",
        "badge", "emoji", "sprite", "headshot"};
    /** Words of the class of a picture or of an element around it that mark the picture as no article's. */
    private static final String[] DECORATION_CLASSES = {"logo", "icon", "avatar", "author", "byline", "profile", "headshot",
        "user-picture", "badge", "emoji"};
    /** An image size written in the address ({@code /styles/150x150/}, {@code photo-120x80.jpg}). */
    private static final Pattern SIZE_IN_ADDRESS = Pattern.compile("(?<![0-9])([0-9]{2,4})x([0-9]{2,4})(?![0-9])");

    private LeadImages() {
    }

    /**
     * @param page the page
     * @param root the element the body text was read from, or {@code null}
     * @return the first picture of the article, as an absolute URL, or {@code null}
     */
    static Pick<String> inBody(Page page, Element root) {
        if (root == null) {
            return null;
        }
        for (Element img : root.select(IMAGE)) {
            String url = Figures.source(page, img);
            if (url != null && isPicture(img, url, root)) {
                return Pick.of(url, "body image");
            }
        }
        return null;
    }

    private static boolean isPicture(Element img, String url, Element root) {
        String path = url.toLowerCase(Locale.ROOT);
        int query = path.indexOf('?');
        String file = query < 0 ? path : path.substring(0, query);
        if (file.endsWith(".svg") || file.endsWith(".gif") || tooSmall(img.attr("width")) || tooSmall(img.attr("height"))
                || thumbnailAddress(file) || names(path, DECORATION) || names(img.attr("alt").toLowerCase(Locale.ROOT), DECORATION)
                || names(img.className().toLowerCase(Locale.ROOT), DECORATION_CLASSES)) {
            return false;
        }
        int level = 0;
        for (Element e = img.parent(); e != null && e != root; e = e.parent(), level++) {
            if (FURNITURE.contains(e.normalName()) && !isArticleLink(e) || Boilerplate.isHidden(e)
                    || level < LEVELS && names(e.className().toLowerCase(Locale.ROOT), DECORATION_CLASSES)) {
                return false;
            }
        }
        return true;
    }

    /** @return true for a link that only opens the picture itself (its full size), as galleries and block editors wrap it */
    private static boolean isArticleLink(Element e) {
        if (!e.normalName().equals("a")) {
            return false;
        }
        String href = e.attr("href").toLowerCase(Locale.ROOT);
        int query = href.indexOf('?');
        String file = query < 0 ? href : href.substring(0, query);
        return file.endsWith(".jpg") || file.endsWith(".jpeg") || file.endsWith(".png") || file.endsWith(".webp");
    }

    /** @return true when a side given in an attribute ({@code width="150"}, {@code "80px"}) is at most {@link #MIN_SIDE} */
    private static boolean tooSmall(String side) {
        String digits = side.trim();
        int end = 0;
        while (end < digits.length() && Character.isDigit(digits.charAt(end))) {
            end++;
        }
        return end > 0 && end < 6 && Integer.parseInt(digits.substring(0, end)) <= MIN_SIDE;
    }

    /** @return true when the address names a size of at most {@link #MIN_SIDE} on both sides, a thumbnail's */
    private static boolean thumbnailAddress(String file) {
        Matcher m = SIZE_IN_ADDRESS.matcher(file);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) <= MIN_SIDE && Integer.parseInt(m.group(2)) <= MIN_SIDE) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
