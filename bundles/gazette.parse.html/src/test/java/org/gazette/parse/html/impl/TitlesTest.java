package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

class TitlesTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String html) {
        return parser.parse(document("https://harbour-gazette.example/2024/05/story", html));
    }

    @Test
    void aHeadlineEscapedTwiceIsDecoded() {
        Article a = parse("<head><meta property='og:title' content='Ferry fares &#x26; timetables change in June'></head>"
                + "<body><h1>Ferry fares &amp;#x26; timetables change in June</h1><p>Text.</p></body>");
        assertEquals("Ferry fares & timetables change in June", a.title);
    }

    @Test
    void chineseAndJapaneseTitlesJoinTheSiteWithoutSpaces() {
        Article zh = parse("<head><title>滨江新区首座跨江大桥正式通车_滨江日报</title><meta property='og:site_name' content='滨江日报'></head>"
                + "<body><p>Text.</p></body>");
        assertEquals("滨江新区首座跨江大桥正式通车", zh.title);
        Article ja = parse("<head><title>市立図書館が全面改装、来月から夜間開館へ｜みなと新聞</title><meta property='og:site_name' content='みなと新聞'></head>"
                + "<body><p>Text.</p></body>");
        assertEquals("市立図書館が全面改装、来月から夜間開館へ", ja.title);
        Article colon = parse("<head><title>市長：来月から夜間開館へ</title><meta property='og:site_name' content='みなと新聞'></head>"
                + "<body><p>Text.</p></body>");
        assertEquals("市長：来月から夜間開館へ", colon.title); // a colon in the headline, no site after it
    }

    @Test
    void aHeadingThatRepeatsTheSiteNameLosesIt() {
        Article a = parse("<head><meta property='og:site_name' content='Harbour Gazette'>"
                + "<meta property='og:title' content='Ferry fares change in June – Harbour Gazette - Harbour Gazette'></head>"
                + "<body><h1>Ferry fares change in June – Harbour Gazette</h1><p>Text.</p></body>");
        assertEquals("Ferry fares change in June", a.title);
        assertEquals("h1, matching og:title", a.provenance.get("title"));
    }

    @Test
    void aSoleHeadingWithAPermalinkIsASectionNotTheHeadline() {
        String body = "<p>Text.</p><h1 id='what-the-survey-asked-about-ferries'>"
                + "<a class='anchor' href='#what-the-survey-asked-about-ferries' aria-hidden='true'></a>"
                + "What the survey asked about ferries</h1><p>More text.</p>";
        Article blog = parse("<head><title>Why islanders still love the old ferry | Harbour Notes</title></head><body>" + body + "</body>");
        assertEquals("Why islanders still love the old ferry", blog.title);

        Article plain = parse("<head><title>Why islanders still love the old ferry | Harbour Notes</title></head><body>"
                + body.replace("<a class='anchor' href='#what-the-survey-asked-about-ferries' aria-hidden='true'></a>", "")
                + "</body>");
        assertEquals("What the survey asked about ferries", plain.title);
    }

    @Test
    void theRegisteredDomainNamesTheSiteOnASubdomain() {
        Article a = parser.parse(document("https://offers.harbour-gazette.example/summer",
                ("<head><title>Ferry deals | Harbour-Gazette.example</title></head>"
                        + "<body><p>Text.</p></body>").getBytes(StandardCharsets.UTF_8)));
        assertEquals("Ferry deals", a.title);
        assertEquals("harbour-gazette.co.uk", RegisteredDomains.of("shop.harbour-gazette.co.uk", "harbour-gazette"));
        assertEquals("harbour-gazette.example", RegisteredDomains.of("harbour-gazette.example", "harbour-gazette"));
        assertEquals(null, RegisteredDomains.of("harbour.example", ""));
    }

    @Test
    void anAmpersandIsNoWordOfATrailingLabel() {
        Article a = parse("<head><meta property='og:site_name' content='Harbour Gazette'>"
                + "<meta property='og:title' content='Nine ferry routes worth taking this summer | Tides, Fares &amp; Food | Harbour Gazette'></head>"
                + "<body><h1>Nine ferry routes worth taking this summer | Tides, Fares &amp; Food</h1><p>Text.</p></body>");
        assertEquals("Nine ferry routes worth taking this summer", a.title);
        // four words of their own are more than a label
        Article longer = parse("<head><meta property='og:title' content='Nine ferry routes | Tides, fares and island food'></head>"
                + "<body><p>Text.</p></body>");
        assertEquals("Nine ferry routes | Tides, fares and island food", longer.title);
    }

    @Test
    void aTitleBuiltOfPageSectionAndSiteKeepsThePage() {
        Article a = parse("<head><title>How to keep a ferry timetable at home | Travel Guides | Island Transport Authority</title></head>"
                + "<body><h1>How to keep a ferry timetable at home | Travel Guides | Island Transport Authority</h1><p>Text.</p></body>");
        assertEquals("How to keep a ferry timetable at home", a.title);
        // the first part is not the longest: a site or section name first, the headline after it
        assertEquals("Harbour Gazette Weekly | News | Why islanders still love the old ferry",
                Titles.withoutLabel("Harbour Gazette Weekly | News | Why islanders still love the old ferry"));
        assertEquals("Ferries, fares and tides", Titles.withoutLabel("Ferries, fares and tides | Guides \u2022 Harbour Gazette"));
    }

    @Test
    void aParagraphSetAsTheOnlyHeadingIsNoHeadline() {
        String intro = "Find out which ferry routes give you the best views of the islands and how to plan your trip. We explain"
                + " what to book, when to travel and what it costs, so you can enjoy every crossing of the season.";
        Article a = parse("<head><meta property='og:title' content='The 9 Most Scenic Ferry Routes of 2024 | Harbour Gazette'>"
                + "<meta property='og:site_name' content='Harbour Gazette'></head>"
                + "<body><header class='hero'><h1>" + intro + "</h1></header><p>Text.</p></body>");
        assertEquals("The 9 Most Scenic Ferry Routes of 2024", a.title);
        assertEquals("og:title", a.provenance.get("title"));
        // a long headline is still the headline
        Article b = parse("<head><meta property='og:title' content='Ferry routes | Harbour Gazette'></head>"
                + "<body><h1>To Find the Most Scenic Ferry Route, I Rode 17 of the Island Crossings in One Summer and Got Seasick Twice</h1>"
                + "<p>Text.</p></body>");
        assertEquals("To Find the Most Scenic Ferry Route, I Rode 17 of the Island Crossings in One Summer and Got Seasick Twice", b.title);
    }
}
