package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;

import org.gazette.api.model.Image;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The pictures a page captions without a {@code <figure>}: an element whose class names a caption
 * printed right after a picture, as classic WordPress does ({@code <div class="wp-caption"><img><p
 * class="wp-caption-text">}, the older {@code <dl class="wp-caption"><dt><img></dt><dd
 * class="wp-caption-dd">}) and as Drupal fields and many CMS templates print it ({@code <div
 * class="field--name-field-image"><img></div><div class="field--name-field-image-caption">},
 * {@code image-caption}, {@code photoCaption}). The body text leaves such captions out (their class
 * is boilerplate's, {@link Boilerplate}); this gives them to the picture, as {@link Figures} gives a
 * figcaption. The caption is the next thing printed after the picture (no text between): among the
 * few elements after it or after its wrappers when they hold nothing else, or the first element of
 * one when it is all that one says; a picture in a figure too, when the figure holds nothing else
 * (its figcaption is {@link Figures}' own);
 * not in navigation, a footer, an aside or a comment section, nor a teaser's (a caption inside a
 * link, or mostly a link's text beside a linked picture, titles another page), nor a decoration's (a
 * logo, an avatar, a byline's portrait, {@link LeadImages#decorates}), nor a caption that holds a
 * heading, two paragraphs or a picture (a card, a box, a wrapper). The credit is split off as a
 * figcaption's ({@link Figures#describe}), or is a credit-named element right after the caption
 * (Drupal's {@code field--name-field-credit}); a field's label ("Caption", "Photo Credit") is no part
 * of either. On the dev pages: 71 images, 77 captions and 27 credits more on 24 pages, the body text unchanged.
 */
final class CaptionedPictures {

    /** A caption is shorter than this; a longer element so named holds more than a caption. */
    static final int MAX_CHARS = 500;
    /** How many empty elements after the picture (siblings, or its wrapper's) may come before the caption. */
    private static final int MAX_STEPS = 3;
    /** How many wrappers up from the picture its caption is looked for beside ({@code picture}, {@code figure}, a link, a box). */
    private static final int MAX_WRAPPERS = 4;
    /** How many elements down into the element after the picture its caption is looked for. */
    private static final int MAX_DEPTH = 2;
    private static final Evaluator ANY = new Evaluator.AllElements();
    private static final Evaluator IMAGE = Selector.evaluatorOf("img, amp-img");
    private static final Evaluator PICTURE_OR_PARAGRAPHS = Selector.evaluatorOf("img, amp-img, p + p");
    private static final Evaluator FIGCAPTION = Selector.evaluatorOf("figcaption");
    private static final Evaluator HEADING = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
    private static final Evaluator WITH_CLASS = Selector.evaluatorOf("[class]");
    /** Not the article's pictures. */
    private static final Evaluator OUTSIDE_ARTICLE = Selector.evaluatorOf("nav, footer, aside");
    private static final String CAPTION = "caption";
    private static final String LABEL = "label";

    /** A captioned picture: the picture's element and its image. */
    record Captioned(Element picture, Image image) {
    }

    private CaptionedPictures() {
    }

    /**
     * @param page the page, its tree as indexed
     * @return the captioned pictures, in document order (one in a figure when the figure holds nothing else and the
     *         caption follows it)
     */
    static List<Captioned> find(Page page) {
        List<Captioned> found = List.of();
        for (Element picture : page.tags().select(page.doc().body(), ANY, "img", "amp-img")) {
            Element caption = captionAfter(picture);
            if (caption == null || isFiguresOwn(caption, picture) || picture.closest(OUTSIDE_ARTICLE) != null || LongText.exceeds(caption, MAX_CHARS)
                    || caption.selectFirst(PICTURE_OR_PARAGRAPHS) != null || holdsHeading(caption) || Text.printsNothing(caption.text())
                    || CommentSections.contain(caption)) {
                continue;
            }
            String url = PictureAddresses.of(page, picture);
            if (url == null || isTeaser(caption, picture) || LeadImages.decorates(picture, url)) {
                continue;
            }
            Image image = new Image();
            image.url = url;
            Element credit = Figures.creditElement(caption);
            if (credit == null && Figures.namesCredit(caption)) {
                Figures.describe(image, null, unlabelled(caption));
            } else {
                credit = credit != null ? credit : creditAfter(caption);
                Figures.describe(image, unlabelled(caption), credit == null ? null : unlabelled(credit));
            }
            if (image.credit == null && Figures.isCredit(image.caption)) {
                image.credit = image.caption; // "Image credit: Pexels", "Photo by Jane Roe on Unsplash": a credit, not a caption
                image.caption = null;
            }
            found = found.isEmpty() ? new ArrayList<>() : found;
            found.add(new Captioned(picture, image));
        }
        return found;
    }

    /** @return whether the caption is the figcaption of the picture's figure, which {@link Figures} reads */
    private static boolean isFiguresOwn(Element caption, Element picture) {
        Element parent = caption.parent();
        return caption.is(FIGCAPTION) && parent != null && parent.normalName().equals("figure") && Trees.within(picture, parent);
    }

    /**
     * @return whether the element holds a heading other than a field's label (Drupal's {@code <h2 class="field__label
     *         visually-hidden">Caption</h2>}): a card's or a box's, not a caption
     */
    private static boolean holdsHeading(Element caption) {
        for (Element heading : caption.select(HEADING)) {
            if (!NameParts.has(heading.className(), LABEL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the element's text without the label a CMS field prints before its value (an element whose class names
     *         a label: "Caption", "Photo Credit")
     */
    static String unlabelled(Element el) {
        String text = Text.normalise(el.text());
        for (Element label : el.select(WITH_CLASS)) {
            if (label != el && NameParts.has(label.className(), LABEL)) {
                String name = Text.normalise(label.text());
                return text.startsWith(name) ? text.substring(name.length()).replaceFirst("^[\\s:]+", "") : text;
            }
        }
        return text;
    }

    /**
     * @return the element right after the caption when its class names a credit and it is short and holds no picture
     *         (Drupal's {@code field--name-field-credit} after its caption field); {@code null} for none
     */
    private static Element creditAfter(Element caption) {
        Element next = caption.nextElementSibling();
        return next != null && Figures.namesCredit(next) && next.selectFirst(IMAGE) == null
                && !LongText.exceeds(next, Figures.MAX_CREDIT) ? next : null;
    }

    /**
     * @return whether a class of the element names a caption: a part "caption" ({@code wp-caption-text},
     *         {@code field--name-field-image-caption}, {@code styles_caption__x1}) or a camel-case word "Caption"
     *         ({@code imageCaption}); told without a regular expression, since every element with attributes is asked
     */
    static boolean namesCaption(Element el) {
        String classes = el.className();
        int at = classes.indexOf("aption");
        if (at < 1) {
            return false; // nearly every element
        }
        return NameParts.has(classes, CAPTION) || camelCaseCaption(classes, at);
    }

    private static boolean camelCaseCaption(String classes, int from) {
        for (int at = from; at > 0; at = classes.indexOf("aption", at + 1)) {
            if (classes.charAt(at - 1) == 'C' && at > 1 && Character.isLowerCase(classes.charAt(at - 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the element named as a caption that is the next thing printed after the picture: one of the few elements
     *         after it (skipping empty ones), or after its wrappers when they hold nothing else, or the first element of
     *         such an element when it is all that element says ({@code <div><p class="caption">}); {@code null} when text
     *         or another picture comes first. Looks for a caption's name nearby first, by class names alone: most
     *         pictures have none, and reading the text between is dearer
     */
    static Element captionAfter(Element picture) {
        return namedCaptionNear(picture) ? nextCaption(picture) : null;
    }

    /**
     * @return whether an element named as a caption comes among the few elements after the picture, or after its
     *         wrappers when those elements end them, whatever the text between
     */
    private static boolean namedCaptionNear(Element picture) {
        Element at = picture;
        for (int steps = 0, wrappers = 0; steps < MAX_STEPS; ) {
            Element next = at.nextElementSibling();
            if (next == null) {
                at = at.parent();
                if (at == null || ++wrappers > MAX_WRAPPERS) {
                    return false;
                }
                continue;
            }
            if (namedCaption(next) != null) {
                return true;
            }
            at = next;
            steps++;
        }
        return false;
    }

    /** @return {@link #captionAfter}'s caption, the text and pictures between read */
    private static Element nextCaption(Element picture) {
        Element at = picture;
        for (int steps = 0, wrappers = 0; steps < MAX_STEPS; ) {
            Element next = at.nextElementSibling();
            if (next == null) {
                at = at.parent();
                if (at == null || ++wrappers > MAX_WRAPPERS || LongText.exceeds(at, 0)) {
                    return null; // text beside the picture in its wrapper: an inline picture, or the article's own box
                }
                continue;
            }
            Element caption = captionOpening(next);
            if (caption != null) {
                return caption;
            }
            if (LongText.exceeds(next, 0) || !next.normalName().equals("noscript") && (next.is(IMAGE) || next.selectFirst(IMAGE) != null)) {
                return null; // prose, a caption of something else, another picture (not the copy a lazy loader's noscript holds)
            }
            at = next; // an empty element between (a spacer, a script's slot)
            steps++;
        }
        return null;
    }

    /** @return the element or its first element a level or two down when it names a caption, or {@code null} */
    private static Element namedCaption(Element el) {
        Element at = el;
        for (int level = 0; level <= MAX_DEPTH && at != null; level++, at = at.firstElementChild()) {
            if (at.attributesSize() > 0 && namesCaption(at)) {
                return at;
            }
        }
        return null;
    }

    /** @return the element or its first element a level or two down when it names a caption and says all the element says */
    private static Element captionOpening(Element el) {
        Element caption = namedCaption(el);
        return caption == null || caption == el || !LongText.exceeds(el, Text.normalise(caption.text()).length()) ? caption : null;
    }

    /**
     * @return whether the caption is a teaser's title, not a caption: inside a link (a menu's or a card's), or mostly a
     *         link's text beside a linked picture
     */
    private static boolean isTeaser(Element caption, Element picture) {
        if (caption.closest("a") != null) {
            return true;
        }
        int linked = 0;
        for (Element a : caption.select("a")) {
            linked += a.text().length();
        }
        return linked * 2 > caption.text().length() && picture.closest("a") != null;
    }
}
