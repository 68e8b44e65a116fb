package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.gazette.text.BoilerplateLines;
import org.jsoup.nodes.Element;

/**
 * The credit line a page prints right after a picture that has no {@code <figure>} of its own
 * ("Photo: Shutterstock", "Credit: Jane Roe/Agency", "Guests at the counter. | Photo by Jane Roe"):
 * a short line that reads as a credit ({@link BoilerplateLines#isCredit}), with nothing but the
 * picture before it (no text between them, however the template nests the two). It belongs to the
 * picture, as a {@code <figure>}'s credit does ({@link Figures}), not to the body text; the
 * development set's gold leaves such lines out. A "Source: ..." line is not taken: after a picture it
 * may name the picture's source or the article's ("Source: Anadolu Agency", an attribution the
 * parser reports as such).
 */
final class ImageCredits {

    /** A credit line is shorter than this. */
    static final int MAX_CHARS = 120;
    /** The words of {@link BoilerplateLines#isCredit} that credit a picture ("foto" also in "photo" and "fotografía"). */
    private static final String[] CREDIT_WORDS = {"photo", "image", "picture", "credit", "foto", "bild", "imagen", "immagine"};
    /** A line that names a source: the article's attribution as often as the picture's. */
    private static final Pattern SOURCE = Pattern.compile("(?iu)\\bsources?\\s*:");
    /** How many elements up from the line the picture is looked for before giving up. */
    private static final int MAX_STEPS = 12;

    /** A credit line and the picture it belongs to. */
    record Credit(Element image, String text) {
    }

    private ImageCredits() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place: the credit lines)
     * @return the credits found, in order
     */
    static List<Credit> drop(List<Blocks.Block> blocks, boolean[] dropped) {
        List<Credit> credits = List.of();
        for (int i = 0; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (dropped[i] || b.text().length() >= MAX_CHARS || !namesAPictureCredit(b.text())
                    || !BoilerplateLines.isCredit(b.text()) || SOURCE.matcher(b.text()).find()) {
                continue;
            }
            Element image = imageBefore(b.owner());
            if (image != null) {
                dropped[i] = true;
                credits = credits.isEmpty() ? new ArrayList<>() : credits;
                credits.add(new Credit(image, b.text()));
            }
        }
        return credits;
    }

    /**
     * @return whether a short line has a credit's word ("photo", "image", "picture", "credit", "foto",
     *         "bild", "imagen", "immagine") and a credit's mark after it (a colon, "by", "©", a slash): told
     *         with string searches, so that the pattern reads only such lines (it cost 4% of a parse on
     *         every short block)
     */
    private static boolean namesAPictureCredit(String text) {
        if (!hasCreditMark(text)) {
            return false; // nearly every line
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : CREDIT_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the text has a colon, a slash, a "©" or a "by " (one pass over its characters) */
    private static boolean hasCreditMark(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '/' || c == '\u00A9'
                    || (c == 'b' || c == 'B') && i + 2 < n && (text.charAt(i + 1) | 0x20) == 'y' && text.charAt(i + 2) == ' ') {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the picture that is the last thing printed before the element: the previous element (or
     *         the previous element of the nearest ancestor that has one) when it holds an {@code <img>} and
     *         no text, skipping empty elements; {@code null} when text comes first
     */
    static Element imageBefore(Element el) {
        Element at = el;
        for (int step = 0; step < MAX_STEPS && at != null; step++) {
            Element previous = at.previousElementSibling();
            while (previous == null) {
                at = at.parent();
                if (at == null) {
                    return null;
                }
                previous = at.previousElementSibling();
            }
            if (!previous.text().isBlank()) {
                return null; // text before the line: a caption of something else, or prose
            }
            Element img = previous.normalName().equals("img") ? previous : previous.selectFirst("img");
            if (img != null) {
                return img;
            }
            at = previous; // an empty element between (a spacer, a script's slot)
        }
        return null;
    }
}
