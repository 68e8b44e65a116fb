package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;

/**
 * Extracts the body text of an article: cuts the page into text blocks ({@link Blocks}), sets aside
 * those inside furniture and boilerplate-named elements ({@link Boilerplate}) unless such an element
 * holds most of the page's text, chooses the element that holds the article ({@link Containers}) and
 * gives its blocks in reading order.
 */
final class BodyText {

    /**
     * @param paragraphs the paragraphs in reading order
     * @param container a description of the element they came from ({@code article}, {@code densest:div})
     * @param words how many words they have together
     * @param linkDensity the share of the container's text that is link text (0 to 1)
     * @param teasers how many {@code <article>} elements inside the container (besides itself) hold
     *        its text: the teasers of an index page, or the items of a list article
     * @param root the element the paragraphs were read from (the container, or around it when its
     *        opening or its other parts lie beside it)
     */
    record Body(List<String> paragraphs, String container, int words, double linkDensity, int teasers, Element root) {
    }

    /**
     * A block with a larger share of link text than this is a link, not a paragraph; such blocks
     * before the first or after the last prose block are dropped, those among the paragraphs kept
     * (a linked product list in a buying guide).
     */
    static final double LINK_BLOCK_SHARE = 0.9;

    private static final String DENSEST = "densest:";

    /** Characters a repeated title may have beyond twice the title's length (spaces, punctuation). */
    private static final int TITLE_SLACK = 20;

    private BodyText() {
    }

    /** The headline as the title gives it and as the page's {@code <h1>} printed it, if otherwise. */
    private static final class Repeats {
        private final String[] keys;
        private final int limit;

        Repeats(String title, String heading) {
            keys = new String[] {title == null ? "" : Text.key(title), heading == null ? "" : Text.key(heading)};
            // longer text cannot repeat either
            limit = 2 * Math.max(title == null ? 0 : title.length(), heading == null ? 0 : heading.length()) + TITLE_SLACK;
        }

        boolean repeatedBy(String text) {
            if (text.length() > limit) {
                return false;
            }
            String key = null;
            for (String k : keys) {
                if (!k.isEmpty()) {
                    key = key == null ? Text.key(text) : key;
                    if (key.equals(k)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** @return true when the text is the headline, a separator and a short label ({@link LabelledHeadlines}) */
        boolean labelledBy(String text) {
            for (String k : keys) {
                if (LabelledHeadlines.isLabelled(text, k)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * @param body the page's body; sign-up boxes are removed from it in place
     * @param tags the index of the page's tree, as yet unchanged
     * @param title the article's title, dropped when a paragraph repeats it
     * @param heading the {@code <h1>} that printed the title differently (in capitals, with a kicker),
     *        dropped as the title is; possibly {@code null}
     * @param authors the article's author names, whose bio at the end is not body text
     * @param description the page's description, which a standfirst above the text repeats; possibly {@code null}
     * @param canonicalUrl the page's canonical address, or {@code null}: links to its sections are its table of contents
     * @return the body text
     */
    static Body extract(Element body, TagIndex tags, String title, String heading, List<String> authors,
            String description, String canonicalUrl) {
        SignupBoxes.remove(body, tags);
        List<Blocks.Block> all = Blocks.collect(body);
        List<Blocks.Block> visible = withoutFurniture(all, body, new AccordionPanels(body, tags));
        BoilerplateNames names = new BoilerplateNames();
        List<Blocks.Block> named = withoutNamed(visible, body, names);
        Containers.Choice choice = Containers.choose(body, named, new Tally(named, body));
        Element container = choice.element();
        Set<Element> parts = choice.description().startsWith(DENSEST) ? splitParts(container, visible) : Set.of();
        Ledes.Opening opening = choice.wholeArticle() ? null : Ledes.of(all, named, container);
        Element root = opening != null ? opening.root() : parts.isEmpty() ? container : container.parent();
        List<Blocks.Block> inside = new ArrayList<>();
        boolean afterProse = false;
        Set<Blocks.Block> asides = InlineAsides.of(all, visible, container, tags);
        for (int i = 0, v = 0; i < all.size(); i++) {
            Blocks.Block b = all.get(i);
            boolean shown = v < visible.size() && visible.get(v) == b; // visible is a subsequence of all
            v += shown ? 1 : 0;
            shown = shown || asides.contains(b);
            if (!shown && !(afterProse && b.heading())
                    || !Trees.within(b.owner(), container) && (parts.isEmpty() || !inPart(b.owner(), container.parent(), parts))
                            && (opening == null || !opening.holds(i, b.owner()))
                    || !shown && !SectionHeaders.isSectionHeading(b.owner(), root)) {
                continue; // outside the article, or furniture other than a section's header among its text
            }
            inside.add(b);
            afterProse = afterProse || Tally.isProse(b);
        }
        List<Blocks.Block> kept = withoutNamed(inside, root, names);
        kept = Teasers.without(kept, root);
        boolean looseText = looseText(kept);
        Repeats headline = new Repeats(title, heading);
        int chars = 0;
        int linked = 0;
        int first = kept.size();
        int last = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (Tally.isProse(kept.get(i))) {
                first = Math.min(first, i);
                last = i;
            }
        }
        boolean[] dropped = new boolean[kept.size()];
        int introduced = introducedLinks(kept, dropped, last);
        boolean[] amongProse = LineBreakParagraphs.amongProse(kept);
        boolean[] questions = AnsweredQuestions.of(kept);
        boolean[] listLabels = ListLabels.of(kept);
        boolean[] captions = ItemCaptions.of(kept);
        for (int i = 0; i < kept.size(); i++) {
            Blocks.Block b = kept.get(i);
            if (b.loose() && !looseText && !b.heading() && !Tally.isProse(b) && !amongProse[i] && !questions[i]
                    && !listLabels[i] && !captions[i]) {
                dropped[i] = true; // a label, a price or a button's words beside the paragraphs
                continue;
            }
            chars += b.text().length();
            linked += b.linkChars();
            if (b.linkChars() > b.text().length() * LINK_BLOCK_SHARE && (i < first || i > last && i > introduced)) {
                dropped[i] = true; // a link line before or after the prose: related links, sources, a section's list
            }
        }
        CallsToAction.drop(kept, dropped, root);
        Excerpts.drop(kept, dropped, root);
        TablesOfContents.drop(kept, dropped, root, canonicalUrl);
        LinkedCards.drop(kept, dropped, root);
        PullQuotes.drop(kept, dropped, root, tags);
        PlaceholderText.drop(kept, dropped, root, title);
        BracketedAsides.drop(kept, dropped);
        CommentThreads.drop(kept, dropped, root);
        Edges.trim(kept, dropped, authors, description);
        dropLinkLinesOutsideProse(kept, dropped); // again, now that the rules above set aside prose at the edges
        List<String> paragraphs = new ArrayList<>();
        int words = 0;
        String previous = null;
        Element previousOwner = null;
        ListNumbers numbers = new ListNumbers();
        boolean proseGiven = false;
        for (int i = 0; i < kept.size(); i++) {
            Blocks.Block b = kept.get(i);
            if (!dropped[i] && (!b.text().equals(previous) || TableCells.areTwoCells(previousOwner, b.owner()))
                    && (proseGiven && isSubheading(b) || !headline.repeatedBy(b.text()))
                    && (i > first || !headline.labelledBy(b.text()))) {
                proseGiven = proseGiven || Tally.isProse(b);
                paragraphs.add(numbers.text(b, root));
                words += words(b.text());
                previous = b.text();
                previousOwner = b.owner();
            }
        }
        Set<Element> teasers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Blocks.Block b : kept) {
            for (Element e = b.owner(); e != null && e != container; e = e.parent()) {
                if (e.normalName().equals("article")) {
                    teasers.add(e);
                }
            }
        }
        return new Body(paragraphs, choice.description(), words, chars == 0 ? 0 : (double) linked / chars, teasers.size(), root);
    }

    /**
     * The other parts of an article body that a page builder split around an embedded box (a call
     * to action, a form, a figure): earlier or later siblings of the chosen element with the same
     * tag and classes, each holding prose of its own. A sibling may have classes more, which mark
     * one part among the others ({@code div.rich-text.intro} before the {@code div.rich-text} of the
     * rest). Only the densest element is widened this way; a named container ({@code article},
     * {@code main}) already holds what belongs to it.
     *
     * @return the sibling parts, empty when there are none
     */
    static Set<Element> splitParts(Element container, List<Blocks.Block> blocks) {
        Element parent = container.parent();
        if (parent == null || container.className().isEmpty()) {
            return Set.of();
        }
        Set<Element> parts = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> classes = container.classNames();
        for (Blocks.Block b : blocks) {
            if (!Tally.isProse(b)) {
                continue;
            }
            Element e = b.owner();
            while (e != null && e.parent() != parent) {
                e = e.parent();
            }
            if (e != null && e != container && e.normalName().equals(container.normalName())
                    && e.classNames().containsAll(classes)) {
                parts.add(e);
            }
        }
        if (!parts.isEmpty()) {
            parts.add(container);
        }
        return parts;
    }

    private static boolean inPart(Element owner, Element parent, Set<Element> parts) {
        Element e = owner;
        while (e != null && e.parent() != parent) {
            e = e.parent();
        }
        return e != null && parts.contains(e);
    }

    /**
     * @param panels the hidden panels that buttons open, possibly {@code null}: a collapsed
     *        accordion's or tab's text is the article's, though hidden until clicked
     * @return the blocks outside furniture ({@code nav}, {@code aside}, hidden elements, ...), see {@link #without}
     */
    private static List<Blocks.Block> withoutFurniture(List<Blocks.Block> blocks, Element root, AccordionPanels panels) {
        return without(blocks, root, el -> Boilerplate.isFurniture(el) && (panels == null || !panels.isPanel(el)));
    }

    /**
     * @param names the boilerplate names judged so far, shared by the passes over the page's and the container's blocks
     * @return the blocks outside elements named as boilerplate, see {@link #without}
     */
    private static List<Blocks.Block> withoutNamed(List<Blocks.Block> blocks, Element root, BoilerplateNames names) {
        return without(blocks, root, names::test);
    }

    /**
     * {@link Boilerplate#isBoilerplateName} of each element asked, kept: the passes over the page's and
     * then the container's blocks ask it of mostly the same elements, and reading every class name
     * part by part costs more than a look-up.
     */
    private static final class BoilerplateNames {
        private final Map<Element, Boolean> verdicts = new IdentityHashMap<>();

        boolean test(Element el) {
            Boolean known = verdicts.get(el);
            if (known == null) {
                known = Boilerplate.isBoilerplateName(el);
                verdicts.put(el, known);
            }
            return known;
        }
    }

    /**
     * The blocks outside the elements a test sets aside: furniture ({@code nav}, {@code aside}, hidden
     * elements, ...) or elements named as boilerplate. Such an element holding at least half the text
     * below the root is not furniture but the article (a page-wide {@code form}, a mis-nested
     * {@code aside}, a layout wrapper called {@code sidebar-content}).
     *
     * @param blocks blocks below the root
     * @param root the page's body or the article's container
     * @param setsAside whether an element's blocks go, unless it holds most of the text
     */
    private static List<Blocks.Block> without(List<Blocks.Block> blocks, Element root, Predicate<Element> setsAside) {
        SubtreeText text = new SubtreeText(blocks, root);
        Verdict verdict = (el, first) -> setsAside.test(el) && !text.holdsMost(el, first);
        Map<Element, Boolean> inside = new IdentityHashMap<>(blocks.size() * 4);
        List<Element> path = new ArrayList<>(); // reused from block to block
        List<Blocks.Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!inside(blocks.get(i).owner(), i, root, verdict, inside, path)) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    /** Whether an element sets its blocks aside. */
    private interface Verdict {
        /**
         * @param el an element below the root
         * @param first the index of the first block inside it
         */
        boolean test(Element el, int first);
    }

    /**
     * @param block the index of the block whose owner the element is
     * @param known whether each element looked at lies in an element of the verdict below the root
     *        (itself included); filled in here, so that each element is judged once and the blocks
     *        of one box need not each walk up to the root. An element is thus judged at its first
     *        block, as the verdict needs.
     * @param path a list to hold the elements looked at, emptied first (one list for all blocks)
     * @return true when the element or one of its ancestors below the root has the verdict
     */
    private static boolean inside(Element el, int block, Element root, Verdict verdict, Map<Element, Boolean> known,
            List<Element> path) {
        path.clear();
        boolean inside = false;
        for (Element e = el; e != null && e != root; e = e.parent()) {
            Boolean k = known.get(e);
            if (k != null) {
                inside = k;
                break;
            }
            path.add(e);
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            inside = inside || verdict.test(path.get(i), block);
            known.put(path.get(i), inside);
        }
        return inside;
    }

    /**
     * Drops the link lines before the first and after the last prose block still kept: once a
     * promotion or a bio below the article is set aside, the list of links above it (other guides,
     * a section's stories) ends the text and goes as the link lines after the prose do.
     */
    private static void dropLinkLinesOutsideProse(List<Blocks.Block> blocks, boolean[] dropped) {
        int first = blocks.size();
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped[i] && Tally.isProse(blocks.get(i))) {
                first = Math.min(first, i);
                last = i;
            }
        }
        int introduced = introducedLinks(blocks, dropped, last);
        for (int i = 0; i < blocks.size() && last >= 0; i++) {
            Blocks.Block b = blocks.get(i);
            if ((i < first || i > last && i > introduced) && b.linkChars() > b.text().length() * LINK_BLOCK_SHARE) {
                dropped[i] = true;
            }
        }
    }

    /**
     * @return the index of the last link line in the run right after the last paragraph of prose
     *         when that paragraph ends with a colon, which introduces them ("you can find the project
     *         here:" and the link; "I'd suggest these for learning more:" and a list of links); -1
     *         when the paragraph ends otherwise
     */
    private static int introducedLinks(List<Blocks.Block> blocks, boolean[] dropped, int last) {
        if (last < 0 || !Text.introducesWhatFollows(blocks.get(last).text())) {
            return -1;
        }
        int end = last;
        for (int i = last + 1; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (dropped[i]) {
                continue;
            }
            if (b.linkChars() <= b.text().length() * LINK_BLOCK_SHARE) {
                break;
            }
            end = i;
        }
        return end;
    }

    /**
     * @return true for a heading below the headline's rank ({@code h2} to {@code h6}): one that
     *         repeats the title after the article's first paragraph is a section the author wrote
     *         under that name (a recipe card's name, "What is mesh WiFi?" asked again before its
     *         answer), which the development set's gold keeps, not the headline printed again
     */
    private static boolean isSubheading(Blocks.Block b) {
        return b.heading() && !b.owner().normalName().equals("h1");
    }

    /** @return true when most prose of the blocks is loose text, outside paragraph elements */
    private static boolean looseText(List<Blocks.Block> blocks) {
        int prose = 0;
        int loose = 0;
        for (Blocks.Block b : blocks) {
            if (Tally.isProse(b)) {
                prose += b.ownChars();
                loose += b.loose() ? b.ownChars() : 0;
            }
        }
        return loose * 2 > prose;
    }

    /**
     * @return the number of words in normalised text: runs of non-space characters, and in scripts
     *         written without spaces, two characters to a word ({@link UnspacedScripts})
     */
    static int words(String text) {
        return UnspacedScripts.words(text);
    }

}
