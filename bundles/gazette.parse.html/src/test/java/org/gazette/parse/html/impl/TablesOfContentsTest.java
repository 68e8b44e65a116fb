package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A table of contents after an article's introduction ({@link TablesOfContents}), as TOC plugins
 * print it, and lists of links that are the article's own, which stay.
 */
class TablesOfContentsTest {

    private static final String INTRO = "Sourdough needs three things: a lively starter, patience, and an oven that holds its heat.";
    private static final String ONE = "Feed the starter twice a day for a week, until it doubles within six hours of every feed.";
    private static final String TWO = "Mix the flour and water first and let them rest for an hour before the starter goes in.";
    private static final String THREE = "Bake in a covered pot for twenty minutes, then uncover it so that the crust can darken.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(page("https://www.crumb-notes.example/sourdough", "Sourdough at home", "", body));
    }

    @Test
    void listOfLinksToTheSectionsIsNotBodyText() {
        String toc = "<div id=ez-toc-container class=ez-toc-v2_0 ><p class=ez-toc-title>Table of Contents</p><div class=ez-toc-list-wrap>"
                + "<ul class=ez-toc-list><li><a href=\"#the-starter\">1. The starter</a>"
                + "<ul><li><a href=\"#feeding\">1.1 Feeding</a></li></ul></li>"
                + "<li><a href=\"#the-dough\">2. The dough</a></li><li><a href=\"#baking\">3. Baking</a></li></ul></div></div>";
        Article a = parse("<article><div class=entry-content><p>" + INTRO + "</p>" + toc
                + "<h2 id=the-starter>The starter</h2><p>" + ONE + "</p><h2 id=the-dough>The dough</h2><p>" + TWO
                + "</p><h2 id=baking>Baking</h2><p>" + THREE + "</p></div></article>");
        assertEquals(String.join("\n\n", INTRO, "The starter", ONE, "The dough", TWO, "Baking", THREE), a.text);
    }

    @Test
    void listOfLinksToTheSectionsByThePagesFullAddressIsNotBodyText() {
        String page = "https://www.crumb-notes.example/sourdough";
        String toc = "<div class=\"wp-block-toc toc-box\"><ul><li><a href=\"" + page + "#the-starter\">1. How do I keep a starter alive?</a></li>"
                + "<li><a href=\"" + page + "#the-dough\">2. When is the dough ready to shape?</a></li>"
                + "<li><a href=\"" + page + "#baking\">3. How hot should the oven be?</a></li></ul></div>";
        Article a = parse("<article><div class=entry-content><p>" + INTRO + "</p>" + toc
                + "<h2 id=the-starter>The starter</h2><p>" + ONE + "</p><h2 id=the-dough>The dough</h2><p>" + TWO
                + "</p><h2 id=baking>Baking</h2><p>" + THREE + "</p></div></article>");
        assertEquals(String.join("\n\n", INTRO, "The starter", ONE, "The dough", TWO, "Baking", THREE), a.text);
    }

    @Test
    void listOfSectionsOfOtherPagesStays() {
        String list = "<ul><li><a href=\"https://www.crumb-notes.example/rye#starter\">A starter for dark rye bread</a></li>"
                + "<li><a href=\"https://www.crumb-notes.example/spelt#starter\">A starter for whole spelt bread</a></li>"
                + "<li><a href=\"https://www.crumb-notes.example/bagels#starter\">A starter for chewy bagels</a></li></ul>";
        Article a = parse("<article><p>" + INTRO + "</p>" + paragraphs(ONE) + list + paragraphs(TWO, THREE) + "</article>");
        assertTrue(a.text.contains("A starter for dark rye bread\n\nA starter for whole spelt bread"), a.text);
    }

    @Test
    void listOfSectionsOfOneOtherGuideStays() {
        String list = "<ul><li><a href=\"/rye-guide#starter\">The starter for dark rye bread</a></li>"
                + "<li><a href=\"/rye-guide#dough\">The dough for dark rye bread</a></li>"
                + "<li><a href=\"/rye-guide#baking\">Baking dark rye bread slowly</a></li></ul>";
        Article a = parse("<article><p>" + INTRO + "</p>" + paragraphs(ONE) + list + paragraphs(TWO, THREE) + "</article>");
        assertTrue(a.text.contains("The starter for dark rye bread\n\nThe dough for dark rye bread"), a.text);
    }

    @Test
    void listOfLinksToTheSectionsByTheCanonicalAddressIsNotBodyText() {
        // the page as fetched from its AMP address; the TOC links to the canonical one, relative or whole
        String toc = "<div class=toc-box><ul><li><a href=\"/sourdough/#the-starter\">1. The starter</a></li>"
                + "<li><a href=\"https://www.crumb-notes.example/sourdough#the-dough\">2. The dough</a></li>"
                + "<li><a href=\"#baking\">3. Baking</a></li></ul></div>";
        Article a = parser.parse(page("https://www.crumb-notes.example/amp/sourdough", "Sourdough at home",
                "<link rel=canonical href=\"https://www.crumb-notes.example/sourdough/\">",
                "<article><div class=entry-content><p>" + INTRO + "</p>" + toc + "<h2 id=the-starter>The starter</h2><p>" + ONE
                        + "</p><h2 id=the-dough>The dough</h2><p>" + TWO + "</p><h2 id=baking>Baking</h2><p>" + THREE
                        + "</p></div></article>"));
        assertEquals(String.join("\n\n", INTRO, "The starter", ONE, "The dough", TWO, "Baking", THREE), a.text);
    }

    @Test
    void listsOfLinksElsewhereStay() {
        String list = "<ul><li><a href=\"https://flour.example/rye\">Dark rye flour</a></li>"
                + "<li><a href=\"https://flour.example/spelt\">Whole spelt flour</a></li>"
                + "<li><a href=\"https://flour.example/bread\">Strong bread flour</a></li></ul>";
        Article a = parse("<article><p>" + INTRO + "</p>" + list + paragraphs(ONE, TWO, THREE) + "</article>");
        assertTrue(a.text.contains("Dark rye flour\n\nWhole spelt flour\n\nStrong bread flour"), a.text);
    }

    @Test
    void listWithTextBesideItsAnchorsStays() {
        String notes = "<ol><li><a href=\"#r1\">^</a> Starter ratios from a week of trial bakes in a cold kitchen.</li>"
                + "<li><a href=\"#r2\">^</a> Oven temperatures measured with a probe on the middle shelf.</li>"
                + "<li><a href=\"#r3\">^</a> Hydration given as water over flour, by weight.</li></ol>";
        Article a = parse("<article><p>" + INTRO + "</p>" + paragraphs(ONE, TWO) + notes + "<p>" + THREE + "</p></article>");
        assertTrue(a.text.contains("Oven temperatures measured with a probe"), a.text);
    }

    @Test
    void titleOfAListSetAsideAsNavigationGoesWithIt() {
        String toc = "<div class=toc-box><div class=toc-head><p class=toc-title>On this page:</p>"
                + "<span class=toc-toggle><a href=\"#\">hide</a></span></div>"
                + "<nav><ul><li><a href=\"#the-starter\">The starter</a></li><li><a href=\"#the-dough\">The dough</a></li>"
                + "<li><a href=\"#baking\">Baking</a></li></ul></nav></div>";
        Article a = parse("<article><div class=entry-content><p>" + INTRO + "</p>" + toc
                + "<h2 id=the-starter>The starter</h2><p>" + ONE + "</p><h2 id=the-dough>The dough</h2><p>" + TWO
                + "</p><h2 id=baking>Baking</h2><p>" + THREE + "</p></div></article>");
        assertEquals(String.join("\n\n", INTRO, "The starter", ONE, "The dough", TWO, "Baking", THREE), a.text);
    }

    @Test
    void titleOfAListBeforeTheTextGoesWithIt() {
        String toc = "<div class=guide-outline><h5>Overview</h5><ol><li><a href=\"#the-starter\">The starter</a></li>"
                + "<li><a href=\"#the-dough\">The dough</a></li><li><a href=\"#baking\">Baking</a></li></ol></div>";
        Article a = parse("<article><div class=entry-content>" + toc + "<p>" + INTRO + "</p>"
                + "<h2 id=the-starter>The starter</h2><p>" + ONE + "</p><h2 id=the-dough>The dough</h2><p>" + TWO
                + "</p><h2 id=baking>Baking</h2><p>" + THREE + "</p></div></article>");
        assertEquals(String.join("\n\n", INTRO, "The starter", ONE, "The dough", TWO, "Baking", THREE), a.text);
    }

    @Test
    void sectionHeadingAboveItsOwnLinksStays() {
        Article a = parse("<article><div class=entry-content><p>" + INTRO + "</p><p>" + ONE + "</p>"
                + "<div class=jump><h2>Jump to a step</h2><p>" + TWO + "</p><ul><li><a href=\"#s1\">Feeding</a></li>"
                + "<li><a href=\"#s2\">Mixing</a></li><li><a href=\"#s3\">Baking</a></li></ul></div>"
                + "<p>" + THREE + "</p></div></article>");
        assertTrue(a.text.contains("Jump to a step\n\n" + TWO), a.text);
    }
    @Test
    void listTheTextIntroducesWithASentenceAndAColonStays() {
        String lead = "Each loaf goes through three stages, so skip to the one you are at:";
        String list = "<ul><li><a href=\"#the-starter\">Keeping the starter lively</a></li>"
                + "<li><a href=\"#the-dough\">Mixing and folding the dough</a></li><li><a href=\"#baking\">Baking in a covered pot</a></li></ul>";
        Article a = parse("<article><div class=entry-content><p>" + INTRO + "</p><p>" + lead + "</p>" + list
                + "<h2 id=the-starter>The starter</h2><p>" + ONE + "</p><h2 id=the-dough>The dough</h2><p>" + TWO
                + "</p><h2 id=baking>Baking</h2><p>" + THREE + "</p></div></article>");
        assertTrue(a.text.contains(lead + "\n\nKeeping the starter lively\n\nMixing and folding the dough\n\nBaking in a covered pot\n\nThe starter"), a.text);
    }

    @Test
    void listUnderItsOwnShortTitleWithAColonGoes() {
        String toc = "<div class=toc-box><p>In this guide:</p><ul><li><a href=\"#the-starter\">Keeping the starter lively</a></li>"
                + "<li><a href=\"#the-dough\">Mixing and folding the dough</a></li><li><a href=\"#baking\">Baking in a covered pot</a></li></ul></div>";
        Article a = parse("<article><div class=entry-content><p>" + INTRO + "</p>" + toc
                + "<h2 id=the-starter>The starter</h2><p>" + ONE + "</p><h2 id=the-dough>The dough</h2><p>" + TWO
                + "</p><h2 id=baking>Baking</h2><p>" + THREE + "</p></div></article>");
        assertEquals(String.join("\n\n", INTRO, "The starter", ONE, "The dough", TWO, "Baking", THREE), a.text);
    }
}
