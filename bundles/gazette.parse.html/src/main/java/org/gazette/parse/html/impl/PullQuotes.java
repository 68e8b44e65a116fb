package org.gazette.parse.html.impl;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Finds the pull quotes among an article's paragraphs: a sentence of the text printed again in
 * large type between the paragraphs, set as a quotation ({@code <blockquote>}, {@code <q>}) whose
 * words a paragraph outside any quotation already holds ("… As you add more customers, your
 * revenue grows. …" and, beside it, {@code <blockquote>"As you add more customers, your revenue
 * grows."</blockquote>}). The reader reads it once; the development set's gold keeps it once, in
 * its paragraph, on 7 pages of 7 sites out of 8. Told by the markup and the repeated words, in any
 * language. A quotation that repeats another quotation (an essay quoted in full, then a sentence
 * of it quoted again to discuss it) stays, and so does one that no paragraph repeats: a quote the
 * article cites.
 */
final class PullQuotes {

    /** A pull quote has at least this many words: a shorter quotation is a phrase any paragraph may hold. */
    static final int MIN_WORDS = 6;
    /** How many elements from a block's own up may be the quotation (a paragraph or a heading inside it). */
    private static final int QUOTE_LEVELS = 3;
    /**
     * At most this many quotations are compared with the paragraphs: each is compared with every
     * paragraph, and a forum thread quoting thousands of replies holds no pull quote.
     */
    static final int MAX_QUOTES = 50;

    private PullQuotes() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     * @param root the element holding the article
     * @param tags the index of the page's tree as parsed (elements were removed since, none added)
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped, Element root, TagIndex tags) {
        boolean inline = tags.has("q");
        if (!inline && !tags.has("blockquote")) {
            return; // most pages quote nothing
        }
        Map<Element, Integer> inlineQuotes = inline ? new IdentityHashMap<>() : null;
        boolean[] quoted = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped[i] && (inQuotation(blocks.get(i).owner(), root) || inline && isQuotation(blocks.get(i), inlineQuotes))) {
                if (quoted == null) {
                    quoted = new boolean[blocks.size()];
                }
                quoted[i] = true;
            }
        }
        if (quoted == null) {
            return; // most articles quote nothing: no keys to make
        }
        String[] keys = new String[blocks.size()];
        int compared = 0;
        for (int i = 0; i < blocks.size() && compared < MAX_QUOTES; i++) {
            if (quoted[i] && !dropped[i] && Text.words(blocks.get(i).text()) >= MIN_WORDS && Text.endsSentence(blocks.get(i).text())) {
                // a pull quote is a sentence; a bold line heading a quoted box ("Key insight") may open the next paragraph
                compared++;
                dropped[i] = repeatsParagraph(i, blocks, dropped, quoted, keys);
            }
        }
    }

    /** @return true when a paragraph outside any quotation holds all the quotation's words, and more */
    private static boolean repeatsParagraph(int quote, List<Blocks.Block> blocks, boolean[] dropped, boolean[] quoted,
            String[] keys) {
        String key = key(quote, blocks, keys);
        for (int j = 0; j < blocks.size(); j++) {
            if (j != quote && !quoted[j] && !dropped[j] && blocks.get(j).text().length() > blocks.get(quote).text().length()
                    && key(j, blocks, keys).contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** @return the block's {@link Text#key}, made once */
    private static String key(int i, List<Blocks.Block> blocks, String[] keys) {
        if (keys[i] == null) {
            keys[i] = Text.key(blocks.get(i).text());
        }
        return keys[i];
    }

    /**
     * @return true when an inline quotation ({@code <q>}) holds the whole of the block's text: a
     *         pull quote's box that prints the quotation beside an icon, {@code <div><span
     *         class="icon-quote"></span><q>...</q></div>}, whose block belongs to the box
     * @param inlineQuotes for each owner already looked at, the length of its first {@code <q>}
     *        child's text, -1 if none: blocks of loose text share their owner, which may have
     *        thousands of children ({@code <br>} lines)
     */
    private static boolean isQuotation(Blocks.Block b, Map<Element, Integer> inlineQuotes) {
        int quote = inlineQuotes.computeIfAbsent(b.owner(), PullQuotes::firstInlineQuote);
        return quote >= 0 && quote * 10 >= b.text().length() * 9;
    }

    /** @return the length of the text of the element's first {@code <q>} child, -1 if it has none */
    private static int firstInlineQuote(Element owner) {
        for (Element child = owner.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.normalName().equals("q")) {
                return child.text().length();
            }
        }
        return -1;
    }

    /** @return true when the element, or one of the {@value #QUOTE_LEVELS} elements from it up below the root, is a quotation */
    private static boolean inQuotation(Element owner, Element root) {
        Element e = owner;
        for (int level = 0; level < QUOTE_LEVELS && e != null && e != root; level++, e = e.parent()) {
            String name = e.normalName();
            if (name.equals("blockquote") || name.equals("q")) {
                return true;
            }
        }
        return false;
    }
}
