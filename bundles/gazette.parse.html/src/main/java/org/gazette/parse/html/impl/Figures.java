package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.api.model.Image;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The images of an article with their captions and credits, which the body text leaves out:
 * each {@code <figure>} (or AMP {@code amp-img}) outside navigation and footers, its image URL
 * (resolved, lazy-loading attributes first), its {@code figcaption} without the credit, and the
 * credit from an element named for it ("credit", "copyright", "source") in the caption or beside it in the
 * figure (Brightspot's {@code Figure-credit}), or a "Photo: ..." or parenthesised tail ("(AP Photo/Jane Roe)").
 */
final class Figures {
    private static final Evaluator ANY = new Evaluator.AllElements();
    private static final Evaluator NAVIGATION = Selector.evaluatorOf("nav, footer, header nav");
    private static final Evaluator AMP_IMG = Selector.evaluatorOf("amp-img");
    private static final Evaluator IMAGE = Selector.evaluatorOf("img, amp-img");
    private static final Evaluator FIGCAPTION = Selector.evaluatorOf("figcaption");
    private static final Evaluator WITH_CLASS = Selector.evaluatorOf("[class]");
    private static final int MAX_IMAGES = 30;
    private static final String[] SRC_ATTRS = {"data-src", "data-lazy-src", "data-original", "src"};
    private static final Pattern CREDIT_CLASS = Pattern.compile("(?i)credit|copyright|source|attribution");
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            "(?iu)\\s*[(\\[]?((?:photo|photograph|picture|image|foto|bild|imagen|crédit|credit|©)\\s*:?\\s*[^()\\[\\]]{2,80})[)\\]]?\\s*$");

    /**
     * A credit in parentheses at the caption's end, as US papers and agencies print it: the photographer and the outlet
     * with a slash ("(Jordan Lee/The Ledger)", "(AP Photo/Evan Vucci)", "(Ann Reed / Valley Press)"), or a word that
     * credits ("(Courtesy of the Ellis family)", "(Getty Images)", "(Photo: Tom Baker)").
     */
    private static final Pattern PARENTHESISED_CREDIT = Pattern.compile(
            "(?u)\\s*\\(((?:[^()]*\\p{L}\\.? ?/ ?\\p{Lu}|(?i:[^()]*\\b(?:photo|photograph|courtesy|images?|credit|foto|bild)\\b)|©)[^()]{0,80})\\)\\s*$");
    /** A credit is shorter than this. */
    private static final int MAX_CREDIT = 160;

    /** The separator and space between a caption and the credit after it. */
    private static final Pattern CAPTION_END = Pattern.compile("[\\s|·•—–-]+$");

    private Figures() {
    }

    static List<Image> find(Page page) {
        List<Image> images = new ArrayList<>();
        if (page.doc().body() == null) {
            return images;
        }
        for (Element figure : figures(page)) {
            if (images.size() >= MAX_IMAGES || figure.closest(NAVIGATION) != null) {
                continue;
            }
            Element img = figure.is(AMP_IMG) ? figure : figure.selectFirst(IMAGE);
            String url = img == null ? null : source(page, img);
            if (url == null) {
                continue;
            }
            Image image = new Image();
            image.url = url;
            Element caption = figure.selectFirst(FIGCAPTION);
            Element credit = caption == null ? null : creditElement(caption);
            if (credit == null && !figure.is(AMP_IMG)) {
                credit = creditElement(figure); // beside the caption: <figure><img><figcaption>…</figcaption><div class="credit">
            }
            if (caption != null) {
                String text = Text.normalise(caption.text());
                if (credit != null) {
                    image.credit = Text.normalise(credit.text());
                    text = Text.normalise(text.replace(image.credit, ""));
                } else {
                    Matcher m = PARENTHESISED_CREDIT.matcher(text);
                    if (!m.find() || m.start() == 0) {
                        m = CREDIT_TAIL.matcher(text);
                    }
                    if (m.find(0) && m.start() > 0) {
                        image.credit = m.group(1).trim();
                        text = CAPTION_END.matcher(text.substring(0, m.start())).replaceFirst(""); // "Caption | © Jane Roe"
                    }
                }
                image.caption = text.isEmpty() ? null : text;
            } else if (credit != null) {
                image.credit = Text.normalise(credit.text());
            }
            images.add(image);
        }
        return images;
    }

    /**
     * @param root a caption, which may be the credit itself ({@code <figcaption class="field--name-field-credit">}),
     *        or a figure, which is not
     * @return the first element of {@code root} whose class names a credit ("credit", "copyright", "source",
     *         "attribution") and which holds no picture, nor a caption when it is inside a figure's, and is short, as a
     *         credit is; {@code null} for none
     */
    private static Element creditElement(Element root) {
        boolean figure = !root.is(FIGCAPTION);
        for (Element el : root.select(WITH_CLASS)) {
            if (!(figure && el == root) && CREDIT_CLASS.matcher(el.className()).find() && el.selectFirst(IMAGE) == null
                    && !(figure && el.selectFirst(FIGCAPTION) != null) && !LongText.exceeds(el, MAX_CREDIT)) {
                return el;
            }
        }
        return null;
    }

    /**
     * Gives the images the credit lines printed after pictures without a {@code <figure>}: the image
     * with the picture's address gets the credit (unless its figure gave one), or a new image is added
     * for it. A line with a caption before its credit ("Guests at the counter. | Photo by Jane Roe") gives both.
     *
     * @param page the page
     * @param images the images found so far (changed in place)
     * @param credits the credit lines and their pictures
     */
    static void addCredits(Page page, List<Image> images, List<ImageCredits.Credit> credits) {
        for (ImageCredits.Credit credit : credits) {
            String url = source(page, credit.image());
            if (url == null) {
                continue;
            }
            Image image = images.stream().filter(i -> url.equals(i.url)).findFirst().orElse(null);
            if (image == null && images.size() < MAX_IMAGES) {
                image = new Image();
                image.url = url;
                images.add(image);
            }
            if (image != null && image.credit == null) {
                Matcher m = CREDIT_TAIL.matcher(credit.text());
                if (m.find() && m.start() > 0) {
                    image.credit = m.group(1).trim();
                    String caption = CAPTION_END.matcher(credit.text().substring(0, m.start())).replaceFirst("");
                    image.caption = image.caption != null || caption.isEmpty() ? image.caption : caption;
                } else {
                    image.credit = credit.text();
                }
            }
        }
    }

    /**
     * @return what {@code body.select("figure, amp-img:not(figure amp-img)")} gives, read from the
     *         tag index instead of a walk of the whole tree (a walk was 1% of the parser's time)
     */
    static List<Element> figures(Page page) {
        List<Element> figures = new ArrayList<>();
        for (Element el : page.tags().select(page.doc().body(), ANY, "figure", "amp-img")) {
            if (el.normalName().equals("figure") || !insideFigure(el)) {
                figures.add(el);
            }
        }
        return figures;
    }

    private static boolean insideFigure(Element el) {
        for (Element parent = el.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals("figure")) {
                return true;
            }
        }
        return false;
    }

    /** @return the image's address, lazy-loading attributes first, resolved; {@code null} for none or a {@code data:} URI */
    static String source(Page page, Element img) {
        for (String attr : SRC_ATTRS) {
            String v = img.attr(attr);
            if (!v.isBlank() && !v.startsWith("data:")) {
                return page.absolute(v);
            }
        }
        return null;
    }
}
