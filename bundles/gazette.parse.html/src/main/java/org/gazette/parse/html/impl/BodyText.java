package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Extracts the body text of an article: cuts the page into text blocks ({@link Blocks}), sets aside
 * those inside furniture and boilerplate-named elements ({@link BoilerplateBlocks}) unless such an element
 * holds most of the page's text, chooses the element that holds the article ({@link Containers}) and
 * gives its blocks in reading order, without the loose labels ({@link LooseLines}), the link lines at
 * the edges ({@link LinkLines}), the repeated headline ({@link HeadlineRepeats}) and what the passes
 * named in {@link #extract} drop. {@link #extract} is the pipeline's table of contents; each step's
 * rule lives in a class of its own.
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
     * @param credits the credit lines printed after pictures without a {@code <figure>}, left out of
     *        the paragraphs ({@link ImageCredits})
     */
    record Body(List<String> paragraphs, String container, int words, double linkDensity, int teasers, Element root,
            List<ImageCredits.Credit> credits) {
    }

    private static final String DENSEST = "densest:";

    private BodyText() {
    }

    /**
     * @param body the page's body; sign-up boxes are removed from it in place (and put back when they
     *        held all its text)
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
        SignupBoxes.Removed boxes = SignupBoxes.remove(body, tags);
        Body text = extractFrom(body, tags, title, heading, authors, description, canonicalUrl);
        if (text.paragraphs().isEmpty() && !boxes.isEmpty()) {
            // the boxes were all the text there was (a contact page, a portfolio with a quote form): give them
            boxes.restore();
            text = extractFrom(body, tags, title, heading, authors, description, canonicalUrl);
        }
        return text;
    }

    private static Body extractFrom(Element body, TagIndex tags, String title, String heading, List<String> authors,
            String description, String canonicalUrl) {
        List<Blocks.Block> all = Blocks.collect(body);
        List<Blocks.Block> visible = BoilerplateBlocks.withoutFurniture(all, body, new AccordionPanels(body, tags));
        BoilerplateBlocks.Names names = new BoilerplateBlocks.Names();
        List<Blocks.Block> named = BoilerplateBlocks.withoutNamed(visible, body, names);
        Containers.Choice choice = Containers.choose(body, named, new Tally(named, body));
        Element container = choice.element();
        Set<Element> parts = choice.description().startsWith(DENSEST) ? SplitParts.of(container, visible) : Set.of();
        Ledes.Opening opening = choice.wholeArticle() ? null : Ledes.of(all, named, container);
        Element root = opening != null ? opening.root() : parts.isEmpty() ? container : container.parent();
        List<Blocks.Block> inside = insideArticle(all, visible, container, parts, opening, root, tags);
        List<Blocks.Block> kept = BoilerplateBlocks.withoutNamed(inside, root, names);
        kept = Teasers.without(kept, root);
        HeadlineRepeats headline = new HeadlineRepeats(title, heading);
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
        int introduced = LinkLines.introduced(kept, dropped, last);
        boolean[] looseLines = LooseLines.toDrop(kept);
        for (int i = 0; i < kept.size(); i++) {
            Blocks.Block b = kept.get(i);
            if (looseLines[i]) {
                dropped[i] = true; // a label, a price or a button's words beside the paragraphs
                continue;
            }
            chars += b.text().length();
            linked += b.linkChars();
            if (b.linkChars() > b.text().length() * LinkLines.LINK_BLOCK_SHARE && (i < first || i > last && i > introduced)) {
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
        List<ImageCredits.Credit> credits = ImageCredits.drop(kept, dropped);
        CommentThreads.drop(kept, dropped, root);
        Edges.trim(kept, dropped, authors, description);
        LinkLines.dropOutsideProse(kept, dropped); // again, now that the rules above set aside prose at the edges
        List<String> paragraphs = new ArrayList<>();
        List<Blocks.Block> given = new ArrayList<>();
        int words = 0;
        String previous = null;
        Element previousOwner = null;
        ListNumbers numbers = new ListNumbers();
        boolean proseGiven = false;
        for (int i = 0; i < kept.size(); i++) {
            Blocks.Block b = kept.get(i);
            if (!dropped[i] && printsSomething(b) && (!b.text().equals(previous) || TableCells.areTwoCells(previousOwner, b.owner()))
                    && (proseGiven && HeadlineRepeats.isSubheading(b) || !headline.repeatedBy(b.text()))
                    && (i > first || !headline.labelledBy(b.text()))) {
                proseGiven = proseGiven || Tally.isProse(b);
                paragraphs.add(numbers.text(b, root));
                given.add(b);
                words += words(b.text());
                previous = b.text();
                previousOwner = b.owner();
            }
        }
        return new Body(TableCells.rowsJoined(given, paragraphs), choice.description(), words, chars == 0 ? 0 : (double) linked / chars,
                teasers(kept, container), root, credits);
    }

    /**
     * @param all the page's blocks
     * @param visible those outside furniture, a subsequence of {@code all}
     * @param parts the container's sibling parts ({@link SplitParts}), possibly empty
     * @param opening the article's opening beside the container ({@link Ledes}), possibly {@code null}
     * @param root the element the paragraphs are read from
     * @return the blocks of the article in reading order: those inside the container, its parts and its
     *         opening, outside furniture but for asides among the text ({@link InlineAsides}) and section
     *         headers ({@link SectionHeaders})
     */
    private static List<Blocks.Block> insideArticle(List<Blocks.Block> all, List<Blocks.Block> visible, Element container,
            Set<Element> parts, Ledes.Opening opening, Element root, TagIndex tags) {
        List<Blocks.Block> inside = new ArrayList<>();
        boolean afterProse = false;
        Set<Blocks.Block> asides = InlineAsides.of(all, visible, container, tags);
        for (int i = 0, v = 0; i < all.size(); i++) {
            Blocks.Block b = all.get(i);
            boolean shown = v < visible.size() && visible.get(v) == b; // visible is a subsequence of all
            v += shown ? 1 : 0;
            shown = shown || asides.contains(b);
            if (!shown && !(afterProse && b.heading())
                    || !Trees.within(b.owner(), container) && (parts.isEmpty() || !SplitParts.inPart(b.owner(), container.parent(), parts))
                            && (opening == null || !opening.holds(i, b.owner()))
                    || !shown && !SectionHeaders.isSectionHeading(b.owner(), root)) {
                continue; // outside the article, or furniture other than a section's header among its text
            }
            inside.add(b);
            afterProse = afterProse || Tally.isProse(b);
        }
        return inside;
    }

    /**
     * @return false for a block that prints no word and no sign ({@link Text#printsNothing}: "___", a lone
     *         zero-width joiner), unless it is a table's cell, where a "#" or a "—" holds its column
     */
    private static boolean printsSomething(Blocks.Block b) {
        return !Text.printsNothing(b.text()) || TableCells.isCell(b.owner());
    }

    /** @return how many {@code <article>} elements inside the container (besides itself) hold the blocks */
    private static int teasers(List<Blocks.Block> kept, Element container) {
        Set<Element> teasers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Blocks.Block b : kept) {
            for (Element e = b.owner(); e != null && e != container; e = e.parent()) {
                if (e.normalName().equals("article")) {
                    teasers.add(e);
                }
            }
        }
        return teasers.size();
    }

    /**
     * @return the number of words in normalised text: runs of non-space characters, and in scripts
     *         written without spaces, two characters to a word ({@link UnspacedScripts})
     */
    static int words(String text) {
        return UnspacedScripts.words(text);
    }

}
