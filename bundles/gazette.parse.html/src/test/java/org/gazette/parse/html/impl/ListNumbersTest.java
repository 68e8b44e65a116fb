package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gazette.api.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The numbers a browser prints before the items of an ordered list. */
class ListNumbersTest {

    private static List<String> texts(String html) {
        Element body = Jsoup.parse("<html><body>" + html + "</body></html>").body();
        ListNumbers numbers = new ListNumbers();
        List<String> out = new ArrayList<>();
        for (Blocks.Block b : Blocks.collect(body)) {
            out.add(numbers.text(b, body));
        }
        return out;
    }

    @Test
    void orderedItemsAreNumberedAndBulletsAreNot() {
        assertEquals(List.of("Ingredients", "Flour", "Water", "Method", "1. Mix the flour and water.",
                "2. Leave the dough to rest.", "3. Bake for forty minutes."),
                texts("<h3>Ingredients</h3><ul><li>Flour</li><li>Water</li></ul><h3>Method</h3><ol>"
                        + "<li>Mix the flour and water.</li><li>Leave the dough to rest.</li>"
                        + "<li>Bake for forty minutes.</li></ol>"));
    }

    @Test
    void startReversedAndValueAreFollowed() {
        assertEquals(List.of("4. Four", "5. Five", "3. Three", "2. Two", "1. One", "10. Ten", "11. Eleven"),
                texts("<ol start=4><li>Four</li><li>Five</li></ol><ol reversed><li>Three</li><li>Two</li>"
                        + "<li>One</li></ol><ol><li value=10>Ten</li><li>Eleven</li></ol>"));
    }

    @Test
    void onlyTheFirstBlockOfAnItemIsNumbered() {
        assertEquals(List.of("1. Choose a pot", "Any pot with a hole in its base will do.", "1. A clay pot",
                "2. A plastic pot", "2. Fill it with compost"),
                texts("<ol><li><h4>Choose a pot</h4><p>Any pot with a hole in its base will do.</p>"
                        + "<ol><li>A clay pot</li><li>A plastic pot</li></ol></li>"
                        + "<li><p>Fill it with compost</p></li></ol>"));
    }

    @Test
    void itemsThatPrintTheirOwnNumbersAreLeftAlone() {
        assertEquals(List.of("1. Preheat the oven.", "2) Grease the tin.", "Step", "Stir well.",
                "3. 2024 was a dry year."),
                texts("<ol><li>1. Preheat the oven.</li><li>2) Grease the tin.</li></ol>"
                        + "<ol style=\"list-style: none\"><li><span>Step</span><br>Stir well.</li></ol>"
                        + "<ol start=3><li>2024 was a dry year.</li></ol>"));
    }

    @Test
    void theBodyTextShowsTheNumbers() {
        String one = "Repotting a houseplant once a year keeps its roots healthy and gives it fresh soil to grow in.";
        String two = "Most plants are best repotted in spring, just before they start to grow again after winter.";
        String html = "<html><head><title>How to repot a plant</title></head><body><article><h1>How to repot a plant</h1>"
                + "<p>" + one + "</p><p>" + two + "</p><ol><li>Water the plant the day before.</li>"
                + "<li>Ease it out of the old pot.</li><li>Set it in the new pot and fill around it.</li></ol>"
                + "</article></body></html>";
        Article a = new HtmlParser(config("10MB")).parse(document("https://plants.example/repot",
                html.getBytes(StandardCharsets.UTF_8)));
        assertEquals(String.join("\n\n", one, two, "1. Water the plant the day before.", "2. Ease it out of the old pot.",
                "3. Set it in the new pot and fill around it."), a.text);
    }
}
