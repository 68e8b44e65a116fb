package org.gazette.parse.html.impl;

import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * The address of a picture as a reader's browser ends up loading it. Lazy-loading scripts leave a placeholder in
 * {@code src} ({@code lazy_placeholder.gif}, {@code blank.gif}, a {@code data:} URI) and the real address in
 * {@code data-src}, {@code data-lazy-src}, {@code data-original} or a list ({@code data-srcset}, {@code srcset}); when
 * they leave none, a link around the picture to an image file (its full size, as WordPress galleries and block
 * editors wrap it) gives it.
 */
final class PictureAddresses {

    private static final String[] SRC_ATTRS = {"data-src", "data-lazy-src", "data-original", "src"};
    /** The attributes that lazy-loading scripts fill with a list of real addresses while {@code src} holds a placeholder. */
    private static final String[] SRCSET_ATTRS = {"data-srcset", "data-lazy-srcset", "srcset"};
    /** Whole words of a file name that mark a placeholder, not a picture. */
    private static final Set<String> PLACEHOLDER = Set.of("placeholder", "spacer", "lazy");
    /** Whole words that mark a placeholder only in a small drawing or animation's name ("blank.gif", not "pixel-9-review.jpg"). */
    private static final Set<String> PLACEHOLDER_DRAWING = Set.of("blank", "transparent", "pixel", "empty", "loading");
    private static final Set<String> DRAWINGS = Set.of(".gif", ".png", ".svg");
    /** A placeholder drawing's name is shorter than this. */
    private static final int MAX_DRAWING_NAME = 24;
    private static final Set<String> IMAGE_FILES = Set.of(".jpg", ".jpeg", ".png", ".webp", ".avif");

    private PictureAddresses() {
    }

    /**
     * @return the picture's address, resolved against the page's, a placeholder's replaced by the real one where the page gives
     *         it; {@code null} for none or a {@code data:} URI
     */
    static String of(Page page, Element img) {
        String url = declared(page, img);
        if (url == null || isPlaceholder(url)) {
            String listed = firstListed(page, img);
            url = listed != null ? listed : url;
        }
        if ((url == null || isPlaceholder(url)) && img.parent() != null && linksToImageFile(img.parent())) {
            url = img.parent().absUrl("href");
        }
        return url;
    }

    /** @return the first address of a lazy-loading script's list ({@code data-srcset}, {@code srcset}), resolved, or {@code null} */
    static String firstListed(Page page, Element img) {
        for (String attr : SRCSET_ATTRS) {
            String list = img.attr(attr).trim();
            if (!list.isEmpty() && !list.startsWith("data:")) {
                return page.absolute(list.split("[\\s,]+", 2)[0]);
            }
        }
        return null;
    }

    /** @return true for a link to an image file (the picture's full size, as galleries and block editors wrap it) */
    static boolean linksToImageFile(Element e) {
        if (!e.normalName().equals("a")) {
            return false;
        }
        String file = filePath(e.absUrl("href"));
        int dot = file.lastIndexOf('.');
        return dot >= 0 && IMAGE_FILES.contains(file.substring(dot));
    }

    /** @return the address's path in lower case, without the scheme, the host, the query and the fragment */
    static String filePath(String url) {
        return UrlPaths.pathOf(url).toLowerCase(Locale.ROOT);
    }

    /** @return the first of the picture's address attributes, lazy-loading ones first, resolved; {@code null} for none or a {@code data:} URI */
    private static String declared(Page page, Element img) {
        for (String attr : SRC_ATTRS) {
            String v = img.attr(attr);
            if (!v.isBlank() && !v.startsWith("data:")) {
                return page.absolute(v);
            }
        }
        return null;
    }

    private static boolean isPlaceholder(String url) {
        String file = filePath(url);
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        boolean drawing = dot >= 0 && DRAWINGS.contains(name.substring(dot)) && name.length() < MAX_DRAWING_NAME;
        for (String run : Text.letterRuns(name)) {
            if (PLACEHOLDER.contains(run) || drawing && PLACEHOLDER_DRAWING.contains(run)) {
                return true;
            }
        }
        return name.startsWith("1x1");
    }

    /** @return the address when it is an http(s) one, else {@code null} */
    static String web(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url : null;
    }
}
