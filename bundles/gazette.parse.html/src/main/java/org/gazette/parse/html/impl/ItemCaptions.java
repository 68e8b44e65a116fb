package org.gazette.parse.html.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.gazette.text.BoilerplateLines;
import org.gazette.text.WrittenDates;
import org.jsoup.nodes.Element;

/**
 * Tells the captions of an article's repeated items from the labels beside its paragraphs: a short
 * loose line of plain text (its element holds no other element) whose element's tag and classes
 * mark at least {@link #MIN_REPEATS} of the article's blocks, and which a paragraph of prose follows
 * at once, is the caption that a list article's item template prints over each entry (a product's
 * name over its review, a rating or a "Published by" line over a game's write-up, a slide's
 * headline over its text), and the development set's gold keeps it with the entry. A price, a
 * button's words or a badge appears once, is drawn with an icon or a link beside its words, or has
 * no prose after it (the figures of a stat grid), and stays a label; so does a line printed the same
 * in every block of its template, as a long story's ad breaks are labelled ("Article continues
 * after this message"): captions name their items, each its own. A picture's credit ("Photo:
 * Reuters") or a time over each entry of a live page ("10:32 GMT") varies like a caption but goes
 * with the pictures or is the entries' metadata, and stays a label too.
 * <p>
 * The signal is markup only: the template's repeated element and the prose after it. Of the lines
 * the loose-line step dropped on the development pages (711), these tests pass 113 that are gold
 * text (1.9k characters, ten sites' product, review and list boxes) against 26 that are not (0.35k:
 * two sites' pros and cons, a stat grid, a few badges). Three repeats let through pricing and
 * feature cards printed two or three times, which the gold leaves out.
 */
final class ItemCaptions {

    /** A clock time with at most a few words beside it: "10:32 GMT", "Updated 10:45 am", "14h05", "14.05 Uhr"; not "Model 3.50". */
    private static final Pattern TIME = Pattern.compile(
            "(?iu)(?:\\p{L}+\\s){0,2}\\d{1,2}(?::\\d{2}|h\\d{2}|\\.\\d{2}\\s?uhr)(?:\\s?[ap]\\.?m\\.?)?(?:\\s\\p{L}{1,5})?");

    /** Blocks an element's tag and classes must mark before they are an item template's (a list of four entries or more). */
    static final int MIN_REPEATS = 4;

    private ItemCaptions() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @return for each block, true when it is a plain loose line captioning a repeated item whose prose follows
     */
    static boolean[] of(List<Blocks.Block> blocks) {
        boolean[] captions = new boolean[blocks.size()];
        Map<String, Template> templates = null;
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            Element owner = b.owner();
            if (!b.loose() || b.heading() || owner.childrenSize() > 0
                    || owner.className().isEmpty() || !Tally.isProse(blocks.get(i + 1))) {
                continue;
            }
            templates = templates == null ? templates(blocks) : templates;
            Template template = templates.get(key(owner));
            captions[i] = template.blocks >= MIN_REPEATS && template.varies && !isCreditOrTime(b);
        }
        return captions;
    }

    /**
     * @return true for a picture's credit over each entry ("Photo: Reuters"), which goes with the
     *         pictures, or a time or date stamped on each entry of a live page ("10:32 GMT", "Updated
     *         10:45", a line in a date box), which is the entries' metadata
     */
    private static boolean isCreditOrTime(Blocks.Block b) {
        String text = b.text();
        return BoilerplateLines.isCredit(text) || WrittenDates.parse(text) != null || DateBoxLines.isDateBoxLine(b)
                || TIME.matcher(text).matches();
    }

    /**
     * The blocks of one tag and class attribute: how many, and whether their texts differ. Captions
     * name their items, each its own; a label printed the same at every break ("Article continues
     * after this message", "Sponsored content" between the paragraphs of a long story) is the page's.
     */
    private static final class Template {
        private final String firstText;
        private int blocks;
        private boolean varies;

        Template(String firstText) {
            this.firstText = firstText;
        }

        void add(String text) {
            blocks++;
            varies = varies || !text.equals(firstText);
        }
    }

    /** @return the blocks of each tag and class attribute */
    private static Map<String, Template> templates(List<Blocks.Block> blocks) {
        Map<String, Template> templates = new HashMap<>();
        for (Blocks.Block b : blocks) {
            templates.computeIfAbsent(key(b.owner()), k -> new Template(b.text())).add(b.text());
        }
        return templates;
    }

    private static String key(Element e) {
        return e.normalName() + ' ' + e.className();
    }
}
