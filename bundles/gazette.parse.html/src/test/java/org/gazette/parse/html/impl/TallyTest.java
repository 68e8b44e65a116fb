package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Each element's counts are the sums of the blocks below it, however the blocks come. */
class TallyTest {

    private static final String LONG = "The council voted on Tuesday to keep the old market hall open for another ten years at least.";
    private static final String PAGE = "<body><div id=page><div id=main>Loose words before <p id=one>" + LONG + "</p>"
            + "<section id=side><p id=two>" + LONG + " <a href=/x>And a link to elsewhere</a></p><p id=three>Short line</p>"
            + "</section> and after</div><nav id=nav><a href=/>Home</a> <a href=/news>News</a></nav></div></body>";

    private final Document doc = Jsoup.parse(PAGE);
    private final List<Blocks.Block> blocks = Blocks.collect(doc.body());

    @Test
    void countsAreSumsOfTheBlocksBelowEachElement() {
        Tally tally = new Tally(blocks, doc.body());
        for (Element el : doc.body().getAllElements()) {
            assertCounts(expected(el, doc.body()), tally.of(el), el.id());
        }
        assertEquals(tally.of(doc.body()).chars, tally.total().chars);
    }

    @Test
    void elementsComeInDocumentOrder() {
        Tally tally = new Tally(blocks, doc.body());
        List<Element> counted = new ArrayList<>(tally.elements());
        List<Element> inDocumentOrder = new ArrayList<>(doc.body().getAllElements());
        inDocumentOrder.retainAll(counted);
        assertEquals(inDocumentOrder, counted);
    }

    @Test
    void blocksOutOfOrderOrOutsideTheRootAreCountedAllTheSame() {
        List<Blocks.Block> shuffled = new ArrayList<>(blocks);
        Collections.reverse(shuffled);
        Blocks.Block three = shuffled.remove(2); // #three's block after #one's: back into a section already left
        shuffled.add(4, three);
        Tally tally = new Tally(shuffled, doc.body());
        Element main = doc.getElementById("main");
        Tally inMain = new Tally(blocks, main);
        for (Element el : doc.body().getAllElements()) {
            assertCounts(expected(el, doc.body()), tally.of(el), el.id());
            assertCounts(expected(el, main), inMain.of(el), "below #main: " + el.id());
        }
        assertEquals(expected(main, main).chars, inMain.total().chars);
    }

    @Test
    void noBlocksCountNothing() {
        Tally tally = new Tally(List.of(), doc.body());
        assertEquals(0, tally.total().chars);
        assertEquals(List.of(doc.body()), tally.elements());
    }

    /** The counts by the definition: every block below the element, whose walk up to the root passes it. */
    private Tally.Counts expected(Element el, Element root) {
        Tally.Counts c = new Tally.Counts();
        for (Blocks.Block b : blocks) {
            for (Element e = b.owner(); e != null; e = e == root ? null : e.parent()) {
                if (e == el) {
                    boolean prose = Tally.isProse(b);
                    c.chars += b.ownChars();
                    c.prose += prose ? b.ownChars() : 0;
                    c.clutter += Tally.LINK_WEIGHT * b.linkChars() + (prose || b.heading() || !b.loose() ? 0 : b.ownChars());
                }
            }
        }
        return c;
    }

    private static void assertCounts(Tally.Counts expected, Tally.Counts actual, String what) {
        assertEquals(List.of(expected.chars, expected.prose, expected.clutter), List.of(actual.chars, actual.prose, actual.clutter), what);
    }
}
