package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * {@link SubtreeText} tells from an element's first block whether it holds most of the text, as
 * the {@link Tally} of the same blocks does, on random trees of nested blocks, inline elements and
 * links, before and after it runs out of blocks to look at.
 */
class SubtreeTextTest {

    private static final String[] TAGS = {"div", "section", "p", "li", "span", "a", "h2", "br"};
    private static final String[] WORDS = {"The council met again on Thursday to talk about the market hall.", "Home",
        "Short line", " ", "A much longer paragraph of prose that goes on for a while and then some more, to be counted as prose."};

    @Test
    void agreesWithTheTallyForEveryElementAtItsFirstBlock() {
        Random random = new Random(11);
        int compared = 0;
        for (int t = 0; t < 2_000; t++) {
            Element body = new Element("body");
            grow(body, random, 4);
            List<Blocks.Block> blocks = Blocks.collect(body);
            Tally tally = new Tally(blocks, body);
            SubtreeText text = new SubtreeText(blocks, body); // asked about every element: it takes the tally midway
            for (Element el : body.getAllElements()) {
                int first = firstBlock(blocks, el);
                if (el == body || first < 0) {
                    continue;
                }
                boolean expected = tally.of(el).chars * 2 >= tally.total().chars && tally.total().chars > 0;
                assertEquals(expected, text.holdsMost(el, first), () -> body.outerHtml());
                compared++;
            }
        }
        assertEquals(true, compared > 10_000, "elements compared: " + compared);
    }

    private static int firstBlock(List<Blocks.Block> blocks, Element el) {
        for (int i = 0; i < blocks.size(); i++) {
            if (Trees.within(blocks.get(i).owner(), el)) {
                return i;
            }
        }
        return -1;
    }

    private static void grow(Element parent, Random random, int depth) {
        for (int n = random.nextInt(4); n >= 0; n--) {
            if (depth == 0 || random.nextInt(3) == 0) {
                parent.appendChild(new TextNode(WORDS[random.nextInt(WORDS.length)]));
            } else {
                grow(parent.appendElement(TAGS[random.nextInt(TAGS.length)]), random, depth - 1);
            }
        }
    }
}
