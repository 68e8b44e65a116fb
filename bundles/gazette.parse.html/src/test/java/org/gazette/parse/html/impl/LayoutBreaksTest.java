package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gazette.api.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Inline elements a page lays out as blocks start a line of their own: no words glued across them. */
class LayoutBreaksTest {

    private static List<String> texts(String html) {
        return Blocks.collect(Jsoup.parse(html).body()).stream().map(Blocks.Block::text).toList();
    }

    @Test
    void aSpanStyledAsABlockIsALineOfItsOwn() {
        assertEquals(List.of("Packed weight: 1 lb. 4 oz.", "(tent body, poles, stakes)", "Floor area: 28 sq ft"),
                texts("<div class=\"spec\"><p><span class=\"font-bold\">Packed weight:</span> 1 lb. 4 oz.<span class=\"block text-sm\">"
                        + "(tent body, poles, stakes)</span>Floor area: 28 sq ft</p></div>"));
        // in code, such a span is a line of the same block (PreformattedTextTest)
        assertEquals(List.of("git init harbour-app\ncd harbour-app"),
                texts("<pre><code><span style=\"display: block\">git init harbour-app</span><span style=\"DISPLAY:block;\">"
                        + "cd harbour-app</span></code></pre>"));
    }

    @Test
    void inlineBlocksAndResponsiveClassesStayInTheLine() {
        assertEquals(List.of("Fares rise from June for day returns."),
                texts("<p>Fares rise <span class=\"inline-block\">from June</span> <span class=\"md:block\">for</span> "
                        + "<span style=\"display: inline-flex\">day</span> <span class=\"blocked\">returns</span>.</p>"));
    }

    @Test
    void classesAndStylesThatMakeABlock() {
        for (String html : new String[] {"<span class=\"block\">x</span>", "<span class=\"mt-1 flex items-center\">x</span>",
                "<a class=\"d-block\">x</a>", "<em class=\"grid\">x</em>", "<span style=\"color:red; display : flex\">x</span>",
                "<span style=\"display:list-item\">x</span>"}) {
            assertTrue(LayoutBreaks.styledAsBlock(element(html)), html);
        }
        for (String html : new String[] {"<span class=\"inline-block\">x</span>", "<span class=\"blocky\">x</span>",
                "<span class=\"lg:flex\">x</span>", "<span style=\"display:inline-block\">x</span>",
                "<span style=\"display-mode: block\">x</span>", "<span style=\"display:block; display:inline\">x</span>",
                "<span>x</span>"}) {
            assertFalse(LayoutBreaks.styledAsBlock(element(html)), html);
        }
    }

    @Test
    void aHeadlinesSubtitleStyledAsABlockIsSetApartByASpace() {
        Article a = new HtmlParser(config("10MB")).parse(document("https://harbour-gazette.example/ferries",
                "<head><title>Ferries</title></head><body><main><h1 class=\"text-center\">The Best Harbour Ferries"
                        + "<span class=\"block text-lg\">Routes, Fares and Timetables for the Summer</span></h1>"
                        + "<p>" + "The summer timetable adds evening crossings to both islands. ".repeat(8) + "</p></main></body>"));
        assertEquals("The Best Harbour Ferries Routes, Fares and Timetables for the Summer", a.title);
        assertFalse(a.text.contains("The Best Harbour Ferries"), a.text);
        for (String inner : new String[] {"Top Ferry Routes of 2025<br>Your Guide", "Top Ferry Routes of 2025<div>Your Guide</div>",
                "<span>Top Ferry Routes of 2025</span><span style=\"display:block\">Your Guide</span>"}) {
            Article b = new HtmlParser(config("10MB")).parse(document("https://harbour-gazette.example/routes",
                    "<head><title>Routes</title></head><body><main><h1>" + inner + "</h1><p>"
                            + "The summer timetable adds evening crossings to both islands. ".repeat(8) + "</p></main></body>"));
            assertEquals("Top Ferry Routes of 2025 Your Guide", b.title, inner);
        }
    }

    @Test
    void aPictureOnALineOfItsOwnEndsTheTextBeforeIt() {
        assertEquals(List.of("Updated: March 3, 2025", "If you are hiring a band, book it early."),
                texts("<div class=\"entry-content\">Updated: March 3, 2025<img src=\"band-1024.jpg\" "
                        + "srcset=\"band-300.jpg 300w, band-1024.jpg 1024w\" sizes=\"(max-width: 1024px) 100vw\">"
                        + "If you are hiring a band, book it early.</div>"));
        assertEquals(List.of("Watch the crossing:", "The ferry leaves at noon."),
                texts("<div>Watch the crossing:<iframe src=\"https://video.example/embed/1\"></iframe>The ferry leaves at noon.</div>"));
        assertEquals(List.of("Harbour map", "Ferry routes in summer."),
                texts("<div>Harbour map<img src=\"map.png\" width=\"640\" height=\"400\">Ferry routes in summer.</div>"));
    }

    @Test
    void smallImagesSitInsideTheirLine() {
        assertEquals(List.of("Rated 5 by readers, add us on Google as a source today."),
                texts("<p>Rated <img class=\"emoji\" alt=\"⭐\" src=\"star.svg\">5 by readers, add us on "
                        + "<img src=\"g.png\" srcset=\"g@2x.png 2x\" width=\"16\">Google as a source "
                        + "<img src=\"dot.gif\">today.</p>"));
    }

    @Test
    void linksToTwoPlacesSideBySideAreTwoWords() {
        assertEquals(List.of("$349 Now $325 on Harbourmart Check Price - Quaystore", "$98 on Harbourmart $119 on Quaystore",
                "WHAT IS A FERRY? ROUTES AND FARES"),
                texts("<p><a href=\"/go/1\"><s>$349</s> Now $325 on Harbourmart</a><a class=\"btn\" href=\"/go/2\"><span>Check Price - "
                        + "Quaystore</span></a></p><p><a href=\"/go/3\">$98 on Harbourmart</a><a href=\"/go/4\">$119 on Quaystore</a></p>"
                        + "<p><a href=\"#a\">WHAT IS A FERRY?</a><a href=\"#b\">ROUTES AND FARES</a></p>"));
    }

    @Test
    void oneLinkSplitInTwoAndPunctuationAfterALinkStayGlued() {
        assertEquals(List.of("Contact us now to book a crossing.", "Download the timetable here.", "Watch ferry.mp4"),
                texts("<p><a href=\"/contact\">Co</a><a href=\"/contact\">ntact us</a> now to book a crossing.</p>"
                        + "<p>Download the timetable <a href=\"/t.pdf\">here</a><a href=\"/t.pdf#p\">.</a></p>"
                        + "<p>Watch <a href=\"/files/ferry.mp4\">ferry.mp</a><a href=\"http://ferry.mp/\">4</a></p>"));
    }

    @Test
    void inlineElementsSideBySideWithACapitalAfterAreTwoWords() {
        assertEquals(List.of("Gaz Williams Shipwreck Rack Records", "Did You Know? Ferries run all night."),
                texts("<h3><span><a href=\"/artist/gaz\">Gaz Williams</a><em>Shipwreck</em><span class=\"label\">Rack Records</span>"
                        + "</span></h3><p><strong>Did You Know?</strong><a href=\"/night\">Ferries</a> run all night.</p>"));
    }

    @Test
    void wordsSplitAcrossElementsFootnotesAndCodeStayGlued() {
        assertEquals(List.of("ACTUARIAL work, “The harbour” at 8%.", "Ferries are loved.2", "const newTimetable = load();",
                "Price: Us$11.99"),
                texts("<p><span class=\"dropcap\">AC</span><span>TUARIAL</span> work, <span>“</span><span>The harbour”</span> at "
                        + "<span>8</span><span>%</span>.</p><p>Ferries are <em>loved.</em><sup>2</sup></p>"
                        + "<pre><code><span class=\"kw\">const</span> <span>new</span><span>Timetable</span> = load();</code></pre>"
                        + "<p>Price: <span>Us$</span><span>11.99</span></p>"));
    }

    @Test
    void aSentenceEndingAtAnElementBoundaryIsFollowedByASpace() {
        assertEquals(List.of("A member may be any legal entity. How Do I Form a Company? Founders file a form.",
                "Abstract: Ferries carry more people than bridges.", "Made in the U.S.Army surplus, see notes.2 and e.g.3"),
                texts("<p>A member may be any legal entity.<strong>How Do I Form a Company?</strong>Founders file a form.</p>"
                        + "<p><strong>Abstract:</strong>Ferries carry more people than bridges.</p>"
                        + "<p>Made in the <em>U.S.</em>Army surplus, see notes.<sup>2</sup> and e.g.<b>3</b></p>"));
        assertEquals(List.of("01. Which ferry runs at night?", "Version 2.5 is out."),
                texts("<div class=\"faq-item\"><div class=\"faq-title\"><span class=\"counter\">01.</span>Which ferry runs at night?"
                        + "</div></div><p>Version 2.<b>5</b> is out.</p>"));
        assertEquals(List.of("obj.Method();"), texts("<pre>obj.<span class=\"fn\">Method</span>();</pre>"));
    }

    private static Element element(String html) {
        return Jsoup.parse(html).body().child(0);
    }
}
