package org.gazette.parse.html.impl;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Finds a table of contents among an article's paragraphs: a list whose items are links to the
 * page's own sections ({@code <a href="#how-it-works">}), as the TOC plugins of every CMS print
 * one after the introduction. Its lines repeat the headings below, so they are not text of their
 * own. The cue is the links' targets, not their words: any language, any class name. A list with
 * text beside its links (footnotes that link back, a glossary) stays, and so does a list that the
 * text introduces with a sentence of its own ending in a colon ("Click to jump to the courses:"):
 * the writer set it among the paragraphs, where a plugin's list comes under a title of its own.
 */
final class TablesOfContents {

    /** A table of contents has at least this many links. */
    static final int MIN_LINKS = 3;
    /** The box around the list may add this many lines of its own (a title, a toggle's words). */
    static final int TITLE_LINES = 2;
    /** Such a line has at most this many words. */
    static final int TITLE_WORDS = 4;
    /** How many elements above the list may be its box. */
    static final int BOX_LEVELS = 3;
    /** Room for the title and a toggle's words beside the links of a box. */
    static final int TITLE_CHARS = 60;
    /** A line that introduces the list has at least this many words ("Great! Let's do this:"; not "Contents:", "In this article:"). */
    static final int INTRO_WORDS = 4;

    private TablesOfContents() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     * @param root the element holding the article
     * @param canonicalUrl the page's canonical address, or {@code null}
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped, Element root, String canonicalUrl) {
        String location = root.ownerDocument() == null ? "" : root.ownerDocument().location();
        UrlPaths addresses = UrlPaths.against(location);
        Set<String> ownPages = new HashSet<>();
        for (String own : new String[] {location, canonicalUrl}) {
            String page = addresses.page(own);
            if (page != null) {
                ownPages.add(page);
            }
        }
        Map<Element, Boolean> verdicts = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (dropped[i] || b.linkChars() < b.text().length() * LinkLines.LINK_BLOCK_SHARE) {
                continue;
            }
            Element list = outerList(b.owner(), root);
            int first = i;
            if (list == null || !verdicts.computeIfAbsent(list,
                    l -> isTableOfContents(l, blocks, addresses, ownPages) && !introduced(first, blocks, dropped))) {
                continue;
            }
            Element box = box(list, i, blocks, root);
            int from = i;
            while (from > 0 && Trees.within(blocks.get(from - 1).owner(), box)) {
                from--;
            }
            for (int j = from; j < blocks.size() && Trees.within(blocks.get(j).owner(), box); j++) {
                dropped[j] = true; // the box's blocks stand together in reading order
            }
        }
        dropOrphanTitles(blocks, dropped, root);
    }

    /**
     * @param first the index of the list's first block with links
     * @return true when the text right before the list is a sentence of the article that ends with
     *         a colon, as a writer introduces the list of sections it goes on to ("These are the top
     *         trends for 2025:", "Click to jump to the corresponding courses:"); a contents list of a
     *         plugin stands under its own short title ("Table of Contents", "In this post:") or none
     */
    private static boolean introduced(int first, List<Blocks.Block> blocks, boolean[] dropped) {
        if (first == 0 || dropped[first - 1]) {
            return false;
        }
        String text = blocks.get(first - 1).text();
        return Text.introducesWhatFollows(text) && Text.words(text) >= INTRO_WORDS;
    }

    /**
     * Drops the title of a table of contents whose list is gone already: set aside as furniture
     * (TOC plugins wrap it in {@code <nav>}) or as a link line before the first paragraph, which
     * leaves "Contents", "In this article:" alone above the text. The title is a short line, not a link, whose
     * box, up to {@value #BOX_LEVELS} levels up, holds no other kept text than one more such line
     * and holds a list of links to the page's own sections.
     */
    private static void dropOrphanTitles(List<Blocks.Block> blocks, boolean[] dropped, Element root) {
        for (int i = 0; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (dropped[i] || Tally.isProse(b) || Text.words(b.text()) > TITLE_WORDS
                    || b.linkChars() * 2 > b.text().length()) {
                continue; // a linked line is no title: a code listing's line numbers that link to their lines
            }
            Element box = b.owner();
            for (int level = 0; level < BOX_LEVELS; level++) {
                box = box.parent();
                if (box == null || box == root || !titleOnly(box, i, blocks, dropped)) {
                    break;
                }
                if (holdsTableOfContents(box)) {
                    for (int j = i; j >= 0 && Trees.within(blocks.get(j).owner(), box); j--) {
                        dropped[j] = true;
                    }
                    for (int j = i + 1; j < blocks.size() && Trees.within(blocks.get(j).owner(), box); j++) {
                        dropped[j] = true;
                    }
                    break;
                }
            }
        }
    }

    /** @return true when the blocks of {@code box} still kept are at most {@value #TITLE_LINES} short lines */
    private static boolean titleOnly(Element box, int at, List<Blocks.Block> blocks, boolean[] dropped) {
        int lines = 0;
        for (int step = -1; step <= 1; step += 2) {
            for (int j = step < 0 ? at : at + 1; j >= 0 && j < blocks.size() && Trees.within(blocks.get(j).owner(), box); j += step) {
                Blocks.Block b = blocks.get(j);
                if (dropped[j]) {
                    continue;
                }
                lines++;
                if (lines > TITLE_LINES || Tally.isProse(b) || Text.words(b.text()) > TITLE_WORDS) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * @return true when the element's links that lead somewhere all lead to places on the page, at
     *         least {@value #MIN_LINKS} of them, and they are most of its text (a toggle's {@code href="#"} aside)
     */
    private static boolean holdsTableOfContents(Element box) {
        int inPage = 0;
        int linkChars = 0;
        for (Element a : box.getElementsByTag("a")) {
            String href = a.attr("href");
            if (href.length() >= 2 && href.charAt(0) == '#') {
                inPage++;
                linkChars += a.text().length();
            } else if (!href.isEmpty() && !href.equals("#")) {
                return false;
            }
        }
        return inPage >= MIN_LINKS && linkChars >= (box.text().length() - TITLE_CHARS) * LinkLines.LINK_BLOCK_SHARE;
    }

    /**
     * @param first the index of the list's first block
     * @return the list, or the box around it that adds only its title ("Contents", "Inhalt", a
     *         toggle's "hide"): at most {@value #TITLE_LINES} short lines, up to {@value #BOX_LEVELS} levels up
     */
    private static Element box(Element list, int first, List<Blocks.Block> blocks, Element root) {
        Element box = list;
        for (int level = 0; level < BOX_LEVELS; level++) {
            Element parent = box.parent();
            if (parent == null || parent == root) {
                break;
            }
            int lines = 0;
            boolean titleOnly = true;
            for (int step = -1; step <= 1 && titleOnly; step += 2) {
                for (int j = first + step; j >= 0 && j < blocks.size() && Trees.within(blocks.get(j).owner(), parent); j += step) {
                    Blocks.Block b = blocks.get(j);
                    if (Trees.within(b.owner(), box)) {
                        continue;
                    }
                    lines++;
                    if (lines > TITLE_LINES || Tally.isProse(b) || Text.words(b.text()) > TITLE_WORDS) {
                        titleOnly = false;
                        break;
                    }
                }
            }
            if (!titleOnly) {
                break;
            }
            box = parent;
        }
        return box;
    }

    /** @return the outermost list of the nested lists around a list item, below the root; {@code null} if none */
    private static Element outerList(Element owner, Element root) {
        Element list = null;
        for (Element e = owner; e != null && e != root; e = e.parent()) {
            String name = e.normalName();
            if (name.equals("ul") || name.equals("ol")) {
                list = e;
            } else if (!name.equals("li") && !name.equals("a") && !name.equals("span")) {
                break;
            }
        }
        return list;
    }

    /**
     * @return true when every link of the list leads to a section of this page and its text is
     *         links: {@code href="#baking"}, or the page's own or canonical address with the section
     *         after it ({@code href="https://example.com/guide/#baking"}), as some TOC plugins print
     *         the links; sections of another page are a list of that guide's parts
     */
    private static boolean isTableOfContents(Element list, List<Blocks.Block> blocks, UrlPaths addresses, Set<String> ownPages) {
        List<Element> links = list.getElementsByTag("a");
        if (links.size() < MIN_LINKS) {
            return false;
        }
        for (Element a : links) {
            String href = a.attr("href").trim();
            int hash = href.indexOf('#');
            if (hash < 0 || hash == href.length() - 1) {
                return false;
            }
            if (hash > 0 && !ownPages.contains(addresses.page(href.substring(0, hash)))) {
                return false; // sections of another page
            }
        }
        int chars = 0;
        int linked = 0;
        for (Blocks.Block b : blocks) {
            if (Trees.within(b.owner(), list)) {
                chars += b.text().length();
                linked += b.linkChars();
            }
        }
        return chars > 0 && linked >= chars * LinkLines.LINK_BLOCK_SHARE;
    }
}
