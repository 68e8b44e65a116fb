package org.gazette.parse.html.impl;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Finds the placeholder text a template was published with: "Lorem ipsum dolor sit amet, …", the
 * pseudo-Latin filler that designers put in a component before its words are written, and that a
 * page builder prints when a section was left unfilled or is kept for later. No reader reads it as
 * the article, whatever the page's language. A filler paragraph is dropped with the box around it:
 * the largest element below the article's own whose blocks are at least half filler by characters
 * and hold no prose but the filler, so that the component's own stand-in headings ("Head Line 1")
 * and its "Learn More" button go with it, while a real section that quotes the filler once keeps
 * its other paragraphs, and a wrapper around the article and an unfilled box keeps the article. An article
 * about placeholder text (its title names "lorem") keeps its quotations.
 */
final class PlaceholderText {

    /**
     * The words of the classic passage and those the common filler generators draw on. A block is
     * filler when most of its words are among them and it names "ipsum".
     */
    private static final Set<String> FILLER = Set.of("a", "ac", "ad", "adipiscing", "aenean", "aliqua", "aliquam",
            "aliquet", "aliquip", "amet", "anim", "ante", "arcu", "at", "auctor", "augue", "aute", "bibendum",
            "blandit", "cillum", "commodo", "condimentum", "congue", "consectetur", "consequat", "convallis", "cras",
            "culpa", "cupidatat", "curabitur", "cursus", "dapibus", "deserunt", "diam", "dictum", "dignissim", "do",
            "dolor", "dolore", "donec", "dui", "duis", "ea", "egestas", "eget", "eiusmod", "eleifend", "elementum",
            "elit", "enim", "erat", "eros", "esse", "est", "et", "etiam", "eu", "euismod", "ex", "excepteur",
            "exercitation", "facilisis", "fames", "faucibus", "felis", "fermentum", "feugiat", "fringilla", "fugiat",
            "fusce", "gravida", "habitant", "hendrerit", "iaculis", "id", "imperdiet", "in", "incididunt", "integer",
            "interdum", "ipsum", "irure", "justo", "labore", "laboris", "laborum", "lacinia", "lacus", "laoreet",
            "lectus", "leo", "libero", "ligula", "lobortis", "lorem", "luctus", "maecenas", "magna", "malesuada",
            "massa", "mattis", "mauris", "metus", "mi", "minim", "molestie", "mollis", "morbi", "nam", "nec", "neque",
            "nibh", "nisi", "nisl", "non", "nostrud", "nulla", "nullam", "nunc", "occaecat", "odio", "officia",
            "orci", "ornare", "pariatur", "pellentesque", "pharetra", "phasellus", "placerat", "porta", "porttitor",
            "posuere", "praesent", "pretium", "proident", "pulvinar", "purus", "quam", "qui", "quis", "quisque",
            "rhoncus", "risus", "rutrum", "sagittis", "sapien", "scelerisque", "sed", "sem", "semper", "sint", "sit",
            "sodales", "sollicitudin", "suscipit", "suspendisse", "tellus", "tempor", "tempus", "tincidunt",
            "tortor", "tristique", "turpis", "ullamco", "ullamcorper", "ultrices", "ultricies", "urna", "ut",
            "varius", "vehicula", "vel", "velit", "venenatis", "veniam", "vestibulum", "vitae", "vivamus",
            "viverra", "voluptate", "volutpat", "vulputate");

    /** A filler paragraph that does not open with "Lorem ipsum" has at least this many words. */
    static final int MIN_WORDS = 4;

    private PlaceholderText() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     * @param root the element holding the article: never dropped as a box
     * @param title the article's title, or {@code null}
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped, Element root, String title) {
        if (title != null && title.toLowerCase(Locale.ROOT).contains("lorem")) {
            return; // an article about the filler quotes it
        }
        boolean[] filler = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped[i] && isFiller(blocks.get(i).text())) {
                filler = filler == null ? new boolean[blocks.size()] : filler;
                filler[i] = true;
            }
        }
        if (filler == null) {
            return; // nearly every page
        }
        Map<Element, int[]> chars = charsByAncestor(blocks, dropped, filler, root);
        Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            if (filler[i]) {
                Element box = blocks.get(i).owner();
                for (Element up = box.parent(); up != null && up != root; up = up.parent()) {
                    int[] c = chars.get(up);
                    if (c == null || c[1] * 2 < c[0] || c[2] > 0) {
                        break; // mostly real text, or any paragraph of it: the article around an unfilled box
                    }
                    box = up;
                }
                boxes.add(box);
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            dropped[i] = dropped[i] || filler[i] || inBox(blocks.get(i).owner(), boxes, root);
        }
    }

    /**
     * @return for each element between a kept block and the root: its blocks' characters, the filler's among
     *         them, and how many of its blocks are prose that is no filler
     */
    private static Map<Element, int[]> charsByAncestor(List<Blocks.Block> blocks, boolean[] dropped, boolean[] filler,
            Element root) {
        Map<Element, int[]> chars = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (dropped[i]) {
                continue;
            }
            int length = blocks.get(i).text().length();
            boolean prose = !filler[i] && Tally.isProse(blocks.get(i));
            for (Element e = blocks.get(i).owner().parent(); e != null && e != root; e = e.parent()) {
                int[] c = chars.computeIfAbsent(e, k -> new int[3]);
                c[0] += length;
                c[1] += filler[i] ? length : 0;
                c[2] += prose ? 1 : 0;
            }
        }
        return chars;
    }

    private static boolean inBox(Element el, Set<Element> boxes, Element root) {
        for (Element e = el; e != null && e != root; e = e.parent()) {
            if (boxes.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when the text opens with "Lorem ipsum" and most of its words are the filler's, or names
     *         "ipsum" among at least {@value #MIN_WORDS} words mostly the filler's (a generator's paragraph
     *         that starts elsewhere); "Ipsum et al." or a firm called "Ipsum Partners" is none
     */
    static boolean isFiller(String text) {
        if (text.indexOf("psum") < 0 && text.indexOf("PSUM") < 0) {
            return false; // told without splitting the words of every block
        }
        List<String> runs = Text.letterRuns(text);
        int words = runs.size();
        int filler = 0;
        for (String run : runs) {
            filler += FILLER.contains(run.toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        boolean opens = text.regionMatches(true, 0, "lorem ipsum", 0, 11);
        return (opens || words >= MIN_WORDS) && words >= 2 && filler * 10 >= words * 6;
    }
}
