package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.api.model.Article;
import org.gazette.api.model.Image;
import org.gazette.text.BoilerplateLines;
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
    /** A credit's word at the start of a text: "Photo", "Image credit", "Source", as a line that is all credit opens. */
    private static final Pattern WHOLE_CREDIT = Pattern.compile(
            "(?iu)[(\\[]?(?:photo|photograph|picture|image|foto|bild|imagen|immagine|crédit|credit|source|©)");
    /** A credit is shorter than this. */
    static final int MAX_CREDIT = 160;

    /** The separator and space between a caption and the credit after it. */
    private static final Pattern CAPTION_END = Pattern.compile("[\\s|·•—–-]+$");

    private Figures() {
    }

    /**
     * The images found and the elements they were read from (a figure, a picture), in document order.
     *
     * @param images the images, which {@link Article#images} holds
     * @param places for each image, its figure or picture
     */
    record Found(List<Image> images, List<Element> places) {

        /** Inserts the image in document order, unless {@link #MAX_IMAGES} are there. */
        private void add(Image image, Element place) {
            if (images.size() >= MAX_IMAGES) {
                return;
            }
            int at = places.size();
            while (at > 0 && Trees.precedes(place, places.get(at - 1))) {
                at--;
            }
            images.add(at, image);
            places.add(at, place);
        }

        /** @return the image found with the address, or {@code null} */
        private Image withUrl(String url) {
            for (Image image : images) {
                if (image.url.equals(url)) {
                    return image;
                }
            }
            return null;
        }
    }

    static Found find(Page page) {
        Found found = new Found(new ArrayList<>(), new ArrayList<>());
        if (page.doc().body() == null) {
            return found;
        }
        for (Element figure : figures(page)) {
            if (found.images().size() >= MAX_IMAGES || figure.closest(NAVIGATION) != null) {
                continue;
            }
            Element img = figure.is(AMP_IMG) ? figure : figure.selectFirst(IMAGE);
            String url = img == null ? null : PictureAddresses.of(page, img);
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
            describe(image, caption, credit);
            found.add(image, figure);
        }
        for (CaptionedPictures.Captioned captioned : CaptionedPictures.find(page)) {
            Image image = found.withUrl(captioned.image().url);
            if (image == null) {
                found.add(captioned.image(), captioned.picture());
            } else { // a figure without a figcaption, its caption after it
                boolean repeatsCredit = captioned.image().caption != null && captioned.image().caption.equals(image.credit);
                image.caption = image.caption == null && !repeatsCredit ? captioned.image().caption : image.caption;
                image.credit = image.credit == null ? captioned.image().credit : image.credit;
            }
        }
        return found;
    }

    /**
     * Gives an image the caption's text and the credit: the credit element's text, taken out of the caption's, or else
     * a credit at the caption's end in parentheses ("(Jordan Lee/The Ledger)") or after a credit's word ("Photo: Jane Roe").
     *
     * @param image the image, changed in place
     * @param caption the caption element, or {@code null}
     * @param credit the element naming the credit, inside the caption or beside it, or {@code null}
     */
    static void describe(Image image, Element caption, Element credit) {
        describe(image, caption == null ? null : caption.text(), credit == null ? null : credit.text());
    }

    /**
     * {@link #describe(Image, Element, Element)} for texts.
     *
     * @param caption the caption's text, or {@code null}
     * @param credit the credit's text, or {@code null}
     */
    static void describe(Image image, String caption, String credit) {
        if (credit != null && Text.normalise(credit).isEmpty()) {
            credit = null; // a template's empty credit element: no credit, and the caption may still end in one
        }
        if (caption != null) {
            String text = Text.normalise(caption);
            if (credit != null) {
                image.credit = Text.normalise(credit);
                text = Text.normalise(text.replace(image.credit, ""));
            } else {
                Matcher m = PARENTHESISED_CREDIT.matcher(text);
                if (!m.find() || m.start() == 0) {
                    m = CREDIT_TAIL.matcher(text);
                }
                if (m.find(0) && m.start() > 0) {
                    image.credit = m.group(1).trim();
                    text = CAPTION_END.matcher(text.substring(0, m.start())).replaceFirst("");
                }
            }
            image.caption = text.isEmpty() ? null : text;
        } else if (credit != null) {
            image.credit = Text.normalise(credit);
        }
    }

    /**
     * @param root a caption, which may be the credit itself ({@code <figcaption class="field--name-field-credit">}),
     *        or a figure, which is not
     * @return the first element of {@code root} whose class names a credit ("credit", "copyright", "source",
     *         "attribution") and which holds no picture, nor a caption when it is inside a figure's, and is short, as a
     *         credit is; {@code null} for none
     */
    static Element creditElement(Element root) {
        boolean figure = !root.is(FIGCAPTION);
        for (Element el : root.select(WITH_CLASS)) {
            if (!(figure && el == root) && namesCredit(el) && el.selectFirst(IMAGE) == null
                    && !(figure && el.selectFirst(FIGCAPTION) != null) && !LongText.exceeds(el, MAX_CREDIT)) {
                return el;
            }
        }
        return null;
    }

    /**
     * @return whether the whole text is a credit: it opens with a credit's word and has a credit's mark ("Image credit:
     *         Pexels", "Photo by Jane Roe on Unsplash", "Source: Acme Research", {@link BoilerplateLines#isCredit}); under
     *         a picture, a source is the picture's
     */
    static boolean isCredit(String text) {
        if (text == null || !BoilerplateLines.isCredit(text)) {
            return false;
        }
        return WHOLE_CREDIT.matcher(text).lookingAt();
    }

    /** @return whether the element's class names a credit ("credit", "copyright", "source", "attribution") */
    static boolean namesCredit(Element el) {
        return CREDIT_CLASS.matcher(el.className()).find();
    }

    /**
     * Gives the images the credit lines printed after pictures without a {@code <figure>}: the image
     * with the picture's address gets the credit (unless its figure gave one), or a new image is added
     * for it. A line with a caption before its credit ("Guests at the counter. | Photo by Jane Roe") gives both.
     *
     * @param page the page
     * @param found the images found so far (changed in place: a new one goes where its picture stands)
     * @param credits the credit lines and their pictures
     */
    static void addCredits(Page page, Found found, List<ImageCredits.Credit> credits) {
        for (ImageCredits.Credit credit : credits) {
            String url = PictureAddresses.of(page, credit.image());
            if (url == null) {
                continue;
            }
            Image image = found.withUrl(url);
            if (image == null && found.images().size() < MAX_IMAGES) {
                image = new Image();
                image.url = url;
                found.add(image, credit.image());
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

}
