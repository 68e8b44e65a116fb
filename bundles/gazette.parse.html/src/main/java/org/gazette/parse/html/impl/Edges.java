package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gazette.text.Attributions;
import org.gazette.text.BoilerplateLines;
import org.gazette.text.Bylines;
import org.gazette.text.MailingLines;
import org.jsoup.nodes.Element;

/**
 * Trims what a template prints at the edges of an article inside its container, judged by where a
 * block stands relative to the article's prose:
 * <ul>
 * <li>before the first paragraph: date, byline (or an author's name alone), reading-time and
 * disclosure lines ("5 min read", "We may earn a commission..."), and meta lines that join a date
 * to a name or a section ({@link MetaLines}: "Jane Doe | Apr 21, 2017 | Products");</li>
 * <li>after most of the prose: from a copyright notice, a heading that names what follows an
 * article ("References", "Related articles", "About the author", "Quellen") or the author's bio
 * (a paragraph opening with an author's name, a byline line such as "Written by Jane Doe", or a
 * paragraph labelled "About the author: ...") or the writer's name alone signing off the text to the end;</li>
 * <li>after the element holding most of the paragraphs: what follows it when it is little prose
 * beside them (a call to action or a promotion in a box of its own), unless it asks and answers
 * questions (the article's FAQ in a box of its own); then a closing affiliate notice, the last
 * paragraph, and the social profiles listed under it ({@link SocialFollowLines}); then up to three short lines
 * after the last paragraph (a name, a date, "Tags"); then, after the last paragraph of prose printed
 * once, a paragraph the article already printed ({@link RepeatedTails}: a bio box per screen size, a
 * sign-off printed above and under the text);</li>
 * <li>anywhere: lines that are a widget's words as a whole ("Advertisement", "Share this article",
 * "Read more: ...") or a breadcrumb;</li>
 * <li>among the paragraphs: a list of links headed by a label that names what follows an article
 * ("More on the harbour:", "Recommended reading"), the label with its link lines;</li>
 * <li>headings left without text: a heading followed by a heading of the same or higher rank, or
 * by nothing, once the blocks under it were set aside (a "Table of contents" whose links went).</li>
 * </ul>
 * The wording cues are {@link BoilerplateLines}'s; none of them applies to a paragraph of prose
 * among the article's paragraphs.
 */
final class Edges {

    /** A tail cut needs at least this share of the prose (in percent) before it. */
    static final int TAIL_AFTER_PERCENT = 50;
    /** A label whose links went before goes too when at least this many link lines went under it. */
    static final int MIN_LABELLED_LINKS = 2;
    /** An author's bio stands after at least this share of the prose (in percent). */
    static final int BIO_AFTER_PERCENT = 70;
    /** An author's bio is followed by at most this many paragraphs of prose (the rest of the bio). */
    static final int BIO_LAST = 2;
    /** A label opening a paragraph ("About the author:") has fewer characters than this. */
    static final int LABEL_CHARS = 40;
    /** A line of at most this many words may be a label. */
    static final int LABEL_WORDS = 6;
    /** A line of at most this many words after the last paragraph, not ending a sentence, is a template's. */
    static final int STRAY_WORDS = 3;
    /** More short lines than this after the last paragraph are a list of the article's own (names, figures). */
    static final int STRAY_LINES = 3;
    /** A list's or a table's own items, whose short last entries belong to it. */
    private static final Set<String> LIST_CELLS = Set.of("li", "td", "th", "dd", "dt");
    /** How far above a block's owner its list item or cell may be ({@code td > div > p}). */
    private static final int CELL_DEPTH = 2;
    /**
     * What follows a tail cut holds at most this much prose (in percent of the prose before it):
     * teasers of other stories have short summaries; a box among the paragraphs is followed by the
     * rest of the article. A list of references may be longer.
     */
    static final int AFTER_END_PERCENT = 25;
    /** What follows a copyright notice holds at most this much prose (in percent of the prose before it). */
    static final int AFTER_COPYRIGHT_PERCENT = 50;

    private Edges() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     * @param authors the article's author names, possibly empty
     * @param description the page's description, possibly {@code null}
     */
    static void trim(List<Blocks.Block> blocks, boolean[] dropped, List<String> authors, String description) {
        int n = blocks.size();
        boolean[] copyright = Boilerplate.copyrightLines(blocks);
        Set<Element> legal = Boilerplate.legalNotices(blocks, copyright);
        long[] proseBefore = new long[n + 1];
        for (int i = 0; i < n; i++) {
            Blocks.Block b = blocks.get(i);
            boolean counts = !dropped[i] && Tally.isProse(b) && !legal.contains(b.owner().parent());
            proseBefore[i + 1] = proseBefore[i] + (counts ? b.ownChars() : 0);
        }
        long prose = proseBefore[n];
        RepeatedArticles.drop(blocks, dropped);
        AuthorNames names = new AuthorNames(authors);
        LinesAboveText.drop(blocks, dropped, description == null ? "" : Text.key(description), names);
        for (int i = 0; i < n; i++) {
            String text = blocks.get(i).text();
            if (!dropped[i] && (!Tally.isProse(blocks.get(i)) && (BoilerplateLines.isChrome(text) || BoilerplateLines.isNavigation(text))
                    || MailingLines.isChrome(text) || MailingLines.isNotice(text))) {
                dropped[i] = true; // a newsletter archive's lines for readers of the mail: "View it in your browser", "You received this email because"
            }
        }
        for (int i = 0; i < n && prose > 0; i++) {
            if (dropped[i] || proseBefore[i] * 100 < prose * TAIL_AFTER_PERCENT) {
                continue;
            }
            Blocks.Block b = blocks.get(i);
            long after = prose - proseBefore[i + 1];
            boolean fewAfter = after * 100 <= proseBefore[i] * AFTER_END_PERCENT;
            boolean bio = fewAfter && proseBefore[i] * 100 >= prose * BIO_AFTER_PERCENT
                    && proseBlocksAfter(blocks, dropped, i) <= BIO_LAST
                    && (names.opensBio(b) || isBylineLine(b) && !repeatsItemTemplate(blocks, dropped, i) || isLabelled(b) || isSignOff(b, names) && proseBlocksAfter(blocks, dropped, i) == 0);
            boolean cut = isReferences(b) || bio || fewAfter && isLabel(b) && BoilerplateLines.isEndOfArticle(b.text())
                    || after * 100 <= proseBefore[i] * AFTER_COPYRIGHT_PERCENT && copyright[i];
            int end = isReferences(b) ? ReferenceSections.end(blocks, dropped, i) : n;
            if (cut && end < n) {
                for (int j = i; j < end; j++) {
                    dropped[j] = true; // a list of references closing a section, with more of the article after it
                }
                i = end - 1;
                continue;
            }
            if (cut) {
                Element parent = b.owner().parent();
                for (int j = i - 1; j >= 0 && legal.contains(parent) && blocks.get(j).owner().parent() == parent; j--) {
                    dropped[j] = true; // the disclaimers beside the copyright line
                }
                for (int j = i; j < n; j++) {
                    dropped[j] = true;
                }
                break;
            }
        }
        linkLists(blocks, dropped);
        OutsideTails.drop(blocks, dropped);
        closingDisclosure(blocks, dropped);
        SocialFollowLines.drop(blocks, dropped);
        strayTail(blocks, dropped);
        RepeatedTails.drop(blocks, dropped);
        orphanHeadings(blocks, dropped);
    }

    /**
     * Drops a list of links to other pages among the paragraphs when a label that names what
     * follows an article heads it ("More on the harbour:", "Recommended reading", "Related",
     * "Lesen Sie auch"): the links a template or an editor puts between two sections point away
     * from the article. The label goes with the link lines under it, up to the next block that is
     * not a link as a whole, and alone when those links went before (a "Recommended" box of teaser cards among the
     * paragraphs, as news templates embed them: its title would stand over the next paragraph); a label followed by
     * prose stays (the tail rule judges it).
     */
    private static void linkLists(List<Blocks.Block> blocks, boolean[] dropped) {
        for (int i = 0; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (dropped[i] || !isLabel(b) || isLinkLine(b) || !BoilerplateLines.isEndOfArticle(b.text())) {
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && (dropped[end] || isLinkLine(blocks.get(end)))) {
                end++;
            }
            int links = 0;
            int droppedLinks = 0;
            for (int j = i + 1; j < end; j++) {
                links += dropped[j] ? 0 : 1;
                droppedLinks += dropped[j] && isLinkLine(blocks.get(j)) ? 1 : 0;
            }
            if (links > 0) {
                for (int j = i; j < end; j++) {
                    dropped[j] = true;
                }
                i = end - 1;
            } else if (droppedLinks >= MIN_LABELLED_LINKS) {
                dropped[i] = true; // its links went before (teaser cards): the label alone would head the next section
            }
        }
    }

    /** @return true for a block that is a link as a whole */
    private static boolean isLinkLine(Blocks.Block b) {
        return b.linkChars() > b.text().length() * LinkLines.LINK_BLOCK_SHARE;
    }

    /**
     * Drops the last paragraph of prose when it is an affiliate or sponsorship notice
     * ({@link BoilerplateLines#isDisclosure}: "Disclosure: As an affiliate I earn from qualifying
     * purchases...", "*Affiliate links are used in this post..."): the notice a blog template or its
     * author puts under every post, not the article's conclusion. A list item stays (a product the
     * author names with "(affiliate link)" is the article's), and so does a notice that is the
     * only paragraph.
     */
    private static void closingDisclosure(List<Blocks.Block> blocks, boolean[] dropped) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Blocks.Block b = blocks.get(i);
            if (dropped[i] || !Tally.isProse(b)) {
                continue; // the short lines after it are strayTail's
            }
            if (!LIST_CELLS.contains(b.owner().normalName()) && BoilerplateLines.isDisclosure(b.text())
                    && proseBefore(blocks, dropped, i)) {
                dropped[i] = true;
            }
            return;
        }
    }

    /** @return true when a paragraph of prose comes before the block */
    private static boolean proseBefore(List<Blocks.Block> blocks, boolean[] dropped, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!dropped[j] && Tally.isProse(blocks.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when a block is an author's name alone, not a heading: the writer's sign-off under
     *         the last paragraph (Vietnamese and Spanish-language papers print it in bold, right-aligned,
     *         inside the body), after which only the template's lines come; with prose after it, the
     *         name is the heading of the author's bio, which stays
     */
    private static boolean isSignOff(Blocks.Block b, AuthorNames names) {
        return !b.heading() && names.isName(b.text());
    }

    /**
     * Drops the short lines after the last paragraph of prose: a few words that do not end a
     * sentence (a name, a date, a price, "Tags", a button's words) are what a template prints
     * below an article, not its last line. Link lines right after a paragraph that ends with a
     * colon stay: the paragraph introduces them ("you can find the project here:" and the bare URL).
     */
    private static void strayTail(List<Blocks.Block> blocks, boolean[] dropped) {
        List<Integer> stray = new ArrayList<>();
        int proseIndex = -1;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (dropped[i]) {
                continue;
            }
            Blocks.Block b = blocks.get(i);
            if (Tally.isProse(b)) {
                proseIndex = i;
                break;
            }
            if (Text.words(b.text()) > STRAY_WORDS || Text.endsSentence(b.text()) || isListCell(b.owner())
                    || Attributions.of(b.text()) != null) {
                return; // the article's own last line, list item or source line
            }
            stray.add(i);
            if (stray.size() > STRAY_LINES) {
                return; // a list of names or figures that ends the article
            }
        }
        if (proseIndex < 0) {
            return; // no paragraph before the lines: they are the text
        }
        boolean introduces = Text.introducesWhatFollows(blocks.get(proseIndex).text());
        for (int k = stray.size() - 1; k >= 0; k--) {
            int i = stray.get(k);
            if (introduces && isLinkLine(blocks.get(i))) {
                continue; // the link the last paragraph introduces: "you can find the project here:"
            }
            introduces = false;
            dropped[i] = true;
        }
    }

    /**
     * @return true for a list item or a table cell, or a paragraph set inside one ({@code <td><p>Capsule</p></td>},
     *         as editors paste tables and lists): the short last entries of the article's own table
     */
    private static boolean isListCell(Element owner) {
        Element e = owner;
        for (int i = 0; e != null && i <= CELL_DEPTH; i++, e = e.parent()) {
            if (LIST_CELLS.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** @return true for the heading of a list of references or sources */
    private static boolean isReferences(Blocks.Block b) {
        return isLabel(b) && BoilerplateLines.isReferences(b.text());
    }

    /** @return true for a heading, or a line of a few words that does not end a sentence */
    private static boolean isLabel(Blocks.Block b) {
        return b.heading() || !Tally.isProse(b) && Text.words(b.text()) <= LABEL_WORDS && !b.text().endsWith(".");
    }

    /** @return true for a line that is a byline as a whole ("Written by Jane Doe"): the head of an author box */
    private static boolean isBylineLine(Blocks.Block b) {
        return !Tally.isProse(b) && !Bylines.fromLine(b.text()).isEmpty();
    }

    /**
     * @return true when an earlier kept block is a byline line too, in an element of the same tag
     *         and classes: the line is one more item's caption in a list article ("Published by ..."
     *         over each game's review), not the head of an author box, which a
     *         page prints once
     */
    private static boolean repeatsItemTemplate(List<Blocks.Block> blocks, boolean[] dropped, int i) {
        Element owner = blocks.get(i).owner();
        String classes = owner.className();
        if (classes.isEmpty()) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            Element other = blocks.get(j).owner();
            if (!dropped[j] && other != owner && other.normalName().equals(owner.normalName())
                    && other.className().equals(classes) && isBylineLine(blocks.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** @return true for a paragraph opening with the label of what follows an article ("About the author: ...") */
    private static boolean isLabelled(Blocks.Block b) {
        int colon = b.text().indexOf(':');
        return colon > 0 && colon < LABEL_CHARS && BoilerplateLines.isEndOfArticle(b.text().substring(0, colon));
    }

    private static int proseBlocksAfter(List<Blocks.Block> blocks, boolean[] dropped, int i) {
        int count = 0;
        for (int j = i + 1; j < blocks.size(); j++) {
            count += !dropped[j] && Tally.isProse(blocks.get(j)) ? 1 : 0;
        }
        return count;
    }

    /**
     * Drops a heading whose section lost all its blocks: followed, among the kept blocks, by a
     * heading of the same or higher rank or by nothing, with set-aside blocks between. A heading
     * above the first paragraph that is prose itself ({@link Tally#isProse}: a sentence of 60 and
     * more characters, not a link) stays: a standfirst that a template sets as an {@code h2} under
     * the headline, with a button beside it whose words went, is no empty section's title.
     */
    private static void orphanHeadings(List<Blocks.Block> blocks, boolean[] dropped) {
        int n = blocks.size();
        int firstParagraph = n;
        for (int i = 0; i < n && firstParagraph == n; i++) {
            if (!dropped[i] && !blocks.get(i).heading() && Tally.isProse(blocks.get(i))) {
                firstParagraph = i;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (dropped[i] || !blocks.get(i).heading() || i < firstParagraph && Tally.isProse(blocks.get(i))) {
                continue; // a heading of prose above the text is a standfirst set as a heading, no section's title
            }
            int rank = rank(blocks.get(i).owner());
            boolean lost = false;
            int j = i + 1;
            for (; j < n && dropped[j]; j++) {
                lost = true;
            }
            if (!lost) {
                continue;
            }
            if (j == n || blocks.get(j).heading() && rank(blocks.get(j).owner()) <= rank) {
                dropped[i] = true;
            }
        }
    }

    /** @return the heading rank (1 to 6) of the heading element around an element, 7 if none */
    static int rank(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            String name = e.normalName();
            if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                return name.charAt(1) - '0';
            }
        }
        return 7;
    }
}
