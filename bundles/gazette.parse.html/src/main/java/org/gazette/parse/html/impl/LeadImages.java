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
 * {@code .gif}: logos, icons, spinners), a tracking pixel or a thumbnail whose attributes or address
 * set it at {@value #MIN_SIDE} pixels or less, one whose file name or text alternative names a logo,
 * an icon, an avatar or a placeholder (whole words: not "iconic"), one in an element named as a
 * logo, an avatar, a byline or an author box, and one in navigation, a footer, an aside, a button
 * or a link to another page (a teaser's picture). Only http(s) addresses other than the page's own.
 */
final class LeadImages {

    /** A side given in the attributes or the address at or below this is a thumbnail's, an icon's or a pixel's. */
    static final int MIN_SIDE = 150;
    /** How many elements up a byline or author box around the picture is looked for. */
    private static final int LEVELS = 6;
    private static final Evaluator IMAGE = Selector.evaluatorOf("img, amp-img");
    private static final Evaluator HEADLINE = Selector.evaluatorOf("h1");
    private static final Set<String> FURNITURE = Set.of("nav", "footer", "aside", "button", "a");
    /** Whole words of a file name or a text alternative that mark a picture as no article's. */
    private static final Set<String> DECORATION = Set.of("logo", "logos", "icon", "icons", "avatar", "avatars", "gravatar",
            "placeholder", "blank", "spacer", "transparent", "sprite", "emoji", "badge");
    /** Whole words of the class of a picture or of an element around it that mark the picture as no article's. */
    private static final Set<String> DECORATION_CLASSES = Set.of("logo", "icon", "avatar", "gravatar", "author", "byline",
            "profile", "headshot", "badge", "emoji");
    /** Starts of CMS classes that carry a post's taxonomy ({@code tag-logo-design}), not the element's role. */
    private static final String[] TAXONOMY_PREFIXES = {"tag-", "category-", "categories-", "topic-", "section-"};
    /** An image size written in the address ({@code /styles/150x150/}, {@code photo-120x80.jpg}, {@code 1x1.png}). */
    private static final Pattern SIZE_IN_ADDRESS = Pattern.compile("(?<![0-9])([0-9]{1,4})x([0-9]{1,4})(?![0-9])");

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
        String own = withoutFragment(page.doc().location());
        for (Element img : root.select(IMAGE)) {
            String url = address(page, img);
            if (url != null && !withoutFragment(url).equals(own) && isPicture(img, url, root)) {
                return Pick.of(url, "body image");
            }
        }
        return null;
    }

    /**
     * @return the picture's address ({@link PictureAddresses}), or the first of a lazy-loading script's list when the
     *         address is a decoration's ({@code logo.png}) or a thumbnail's ({@code 1x1.png}); {@code null} when it is none of http(s)
     */
    private static String address(Page page, Element img) {
        String url = PictureAddresses.of(page, img);
        if (url != null && isDecorationFile(PictureAddresses.filePath(url))) {
            String listed = PictureAddresses.firstListed(page, img);
            url = listed != null ? listed : url;
        }
        return PictureAddresses.web(url);
    }

    private static boolean isDecorationFile(String file) {
        return hasWord(file, DECORATION) || thumbnailAddress(file);
    }

    /**
     * @return whether a picture only decorates or labels by its address, size, text alternative or class, or the class of
     *         one of the few elements around it (a logo, an icon, an avatar, a placeholder, a byline's or an author box's
     *         portrait), whatever the elements further up
     */
    static boolean decorates(Element img, String url) {
        if (isDecorationFile(PictureAddresses.filePath(url)) || tooSmall(img, "width") || tooSmall(img, "height")
                || hasWord(img.attr("alt").toLowerCase(Locale.ROOT), DECORATION) || namesDecoration(img)) {
            return true;
        }
        Element e = img.parent();
        for (int level = 0; level < LEVELS && e != null; e = e.parent(), level++) {
            if (namesDecoration(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPicture(Element img, String url, Element root) {
        String file = PictureAddresses.filePath(url);
        if (file.endsWith(".svg") || file.endsWith(".gif") || isDecorationFile(file) || tooSmall(img, "width")
                || tooSmall(img, "height") || hasWord(img.attr("alt").toLowerCase(Locale.ROOT), DECORATION)
                || namesDecoration(img)) {
            return false;
        }
        int level = 0;
        for (Element e = img.parent(); e != null && e != root; e = e.parent(), level++) {
            if (FURNITURE.contains(e.normalName()) && !PictureAddresses.linksToImageFile(e) || isSiteHeader(e) || Boilerplate.isHidden(e)
                    || level < LEVELS && namesDecoration(e)) {
                return false;
            }
        }
        return true;
    }

    /** @return true for a {@code header} that is the site's banner, not the article's own header around its headline */
    private static boolean isSiteHeader(Element e) {
        return e.normalName().equals("header") && e.selectFirst(HEADLINE) == null;
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /**
     * @return true when a side given in an attribute ({@code width="150"}, {@code "80px"}) is at most
     *         {@link #MIN_SIDE}: not a share ({@code "100%"}), nor an AMP picture's aspect ratio ({@code layout=responsive})
     */
    private static boolean tooSmall(Element img, String attr) {
        String side = img.attr(attr).trim();
        String layout = img.attr("layout");
        if (side.endsWith("%") || layout.equalsIgnoreCase("responsive") || layout.equalsIgnoreCase("fill")
                || layout.equalsIgnoreCase("intrinsic")) {
            return false;
        }
        int end = 0;
        while (end < side.length() && side.charAt(end) >= '0' && side.charAt(end) <= '9') {
            end++;
        }
        return end > 0 && end < 6 && (end == side.length() || side.startsWith("px", end))
                && Integer.parseInt(side.substring(0, end)) <= MIN_SIDE;
    }

    /** @return true when the file name gives a size of at most {@link #MIN_SIDE} on both sides, a thumbnail's or a pixel's */
    private static boolean thumbnailAddress(String file) {
        Matcher m = SIZE_IN_ADDRESS.matcher(file);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) <= MIN_SIDE && Integer.parseInt(m.group(2)) <= MIN_SIDE) {
                return true;
            }
        }
        return false;
    }

    /** @return true when a class name of the element, split into words ({@code site-logo}, {@code authorBox}), names a decoration */
    private static boolean namesDecoration(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        for (String name : e.classNames()) {
            if (!isTaxonomy(name) && hasWord(splitCamelCase(name), DECORATION_CLASSES)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTaxonomy(String name) {
        for (String prefix : TAXONOMY_PREFIXES) {
            if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** @return the name in lower case, with a hyphen before each capital that follows a lower-case letter */
    private static String splitCamelCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1))) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** @return true when one of the words is a whole word of the lower-case text ({@link Text#letterRuns}) */
    private static boolean hasWord(String text, Set<String> words) {
        for (String run : Text.letterRuns(text)) {
            if (words.contains(run)) {
                return true;
            }
        }
        return false;
    }
}
