package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A block's text is its text nodes' text, whitespace collapsed across them as {@link Text#normalise} does. */
class BlocksTest {

    private static final String[] PIECES = {" ", "  ", "\n", "\t", "\u00A0", "\u200B", "\u0001", "word", "x", "caf\u00e9", "."};

    @Test
    void whitespaceIsCollapsedAcrossInlineElements() {
        Element body = Jsoup.parse("<p> The <b>harbour\n</b> \u00A0bridge <a href=/x> reopened </a>\ttoday. </p>").body();
        List<Blocks.Block> blocks = Blocks.collect(body);
        assertEquals(1, blocks.size());
        assertEquals("The harbour bridge reopened today.", blocks.get(0).text());
        assertEquals("reopened".length(), blocks.get(0).linkChars());
    }

    @Test
    void wordsAnIconFontDrawsAreNoText() {
        Element body = Jsoup.parse("<div class=accordion-header><div class=title>Which permits do I need? "
                + "<span class=\"material-icons\">chevron_right</span></div></div>"
                + "<p>Read the <a href=/permits>permit guide<i class=\"material-symbols-outlined\">open_in_new</i></a> first.</p>"
                + "<p>Icons named <span class=icon-material>chevron_right</span> by another font stay words.</p>").body();
        List<Blocks.Block> blocks = Blocks.collect(body);
        assertEquals("Which permits do I need?", blocks.get(0).text());
        assertEquals("Read the permit guide first.", blocks.get(1).text());
        assertEquals("Icons named chevron_right by another font stay words.", blocks.get(2).text());
    }

    @Test
    void randomTextNodesGiveTheNormalisedTextOfTheirConcatenation() {
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder html = new StringBuilder("<p>");
            for (int k = random.nextInt(6); k >= 0; k--) {
                html.append(random.nextBoolean() ? "<span>" : "<em>");
                for (int i = random.nextInt(4); i >= 0; i--) {
                    html.append(PIECES[random.nextInt(PIECES.length)]);
                }
                html.append(random.nextBoolean() ? "</span>" : "</em>");
                html.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Element body = Jsoup.parse(html.append("</p>").toString()).body();
            String expected = Text.normalise(body.selectFirst("p").wholeText()); // every text node below, as written
            List<Blocks.Block> blocks = Blocks.collect(body);
            assertEquals(expected, blocks.isEmpty() ? "" : blocks.get(0).text(), html.toString());
            assertEquals(blocks.isEmpty() ? 0 : 1, blocks.size(), html.toString());
        }
    }
}
