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
    void aChineseHeadlineCountsItsWordsWithoutSpaces() {
        // the metadata title is rewritten for search; the page's only <h1> is the headline readers see
        Article a = parse("<head><meta property='og:title' content='滨江大桥通车'></head>"
                + "<body><h1>滨江大桥今日正式通车运营</h1><p>今天上午，滨江大桥正式通车。</p></body>");
        assertEquals("滨江大桥今日正式通车运营", a.title);
        assertEquals("h1, the only one", a.provenance.get("title"));
    }

    @Test
    void aHeadingWhoseCharactersABrokenEncodingLostGivesWayToTheMetadata() {
        Article a = parse("<head><meta property='og:title' content='Ferry planning: a beginner\u2019s guide to the new timetable'></head>"
                + "<body><h1>Ferry planning? a beginner?s guide to the new timetable</h1><p>The ferries change their timetable in June.</p>"
                + "<p>Ferry planning? a beginner?s guide to the new timetable</p></body>");
        assertEquals("Ferry planning: a beginner\u2019s guide to the new timetable", a.title);
        assertEquals("The ferries change their timetable in June.", a.text); // the mangled heading is the headline still
        assertEquals("Caf\u00e9 owners welcome the new ferry", title("Caf\u00e9 owners welcome the new ferry", "Caf\uFFFD owners welcome the new ferry"));
    }

    @Test
    void aHeadingsOwnQuestionMarkIsNoLostCharacter() {
        assertEquals("Ferry fares: what changes in June?", title("Ferry fares: what changes in June", "Ferry fares: what changes in June?"));
        assertEquals("Ferry fares: what changes in June? A guide",
                title("Ferry fares: what changes in June? A guide", "Ferry fares: what changes in June? A guide"));
    }

    /** @return the title of a page with that {@code og:title} and that {@code <h1>} */
    private String title(String metaTitle, String heading) {
        return parse("<head><meta property='og:title' content='" + metaTitle + "'></head><body><h1>" + heading
                + "</h1><p>Text.</p></body>").title;
    }

    @Test
    void aHeadlineEscapedTwiceIsDecoded() {
        assertEquals("Ferry fares & timetables change in June",
                title("Ferry fares &#x26; timetables change in June", "Ferry fares &amp;#x26; timetables change in June"));
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

    @Test
    void ofEquallyCloseHeadingsTheFirstIsTheHeadline() {
        // the template prints the headline again for small screens, restyled in title case
        Article a = parse("<head><meta property='og:title' content='Nine ferry routes worth taking this summer | Harbour Gazette'></head>"
                + "<body><div class='hero desktop-only'><h1 class='entry-title'>Nine ferry routes worth taking this summer</h1></div>"
                + "<div class='hero mobile-only'><h1>Nine Ferry Routes Worth Taking This Summer</h1></div><p>Text.</p></body>");
        assertEquals("Nine ferry routes worth taking this summer", a.title);
        assertEquals("h1, matching og:title", a.provenance.get("title"));
    }

    @Test
    void aHeadingInCapitalsGivesWayToTheMetadataSpellingThoughItsWordsDiffer() {
        Article a = parse("<head><meta property='og:title' content='Best Ferry Passes 2024: Tips From Island Commuters'></head>"
                + "<body><article><h1 class='post-title'>BEST FERRY PASSES IN 2024: TIPS FROM ISLAND COMMUTERS</h1>"
                + "<p>Commuters who cross to the islands every day told us which passes pay off and which do not.</p>"
                + "<p>A monthly pass pays off after eleven return crossings, the commuters found, and it can be shared.</p>"
                + "</article></body>");
        assertEquals("Best Ferry Passes 2024: Tips From Island Commuters", a.title);
        assertEquals("og:title, matching h1", a.provenance.get("title"));
        // the heading is the headline printed otherwise, no paragraph of the text
        assertEquals("Commuters who cross to the islands every day told us which passes pay off and which do not.\n\n"
                + "A monthly pass pays off after eleven return crossings, the commuters found, and it can be shared.", a.text);
        // a heading in capitals is kept when the metadata title is in capitals too
        Article shouted = parse("<head><meta property='og:title' content='FERRY PASSES: WHAT COMMUTERS PAY'></head>"
                + "<body><h1>FERRY PASSES: WHAT ISLAND COMMUTERS PAY</h1><p>Text.</p></body>");
        assertEquals("FERRY PASSES: WHAT ISLAND COMMUTERS PAY", shouted.title);
    }

    @Test
    void aKickerOrACommentCountInTheHeadingIsNoPartOfTheHeadline() {
        Article label = parse("<head><meta property='og:title' content='Nine ferry routes worth taking this summer | Harbour Gazette'></head>"
                + "<body><h1 class='headline'><strong>Guide:</strong> Nine ferry routes worth taking this summer</h1><p>Text.</p></body>");
        assertEquals("Nine ferry routes worth taking this summer", label.title);
        assertEquals("h1 part, matching og:title", label.provenance.get("title"));

        Article aggregated = parse("<head><meta property='og:site_name' content='Harbour Links'><meta property='og:title' content='Island ferry fares rise for the first time in a decade - Harbour Links'>"
                + "</head><body><h1 class='story'><span class='story-title'><a href='/story/1'>Island ferry fares rise for the first time"
                + " in a decade</a> <span class='extlnk'><a href='https://news.example/fares'>(news.example)</a></span></span>"
                + " <span class='comment-bubble'><a href='/story/1#comments'>42</a></span></h1><p>Text.</p></body>");
        assertEquals("Island ferry fares rise for the first time in a decade", aggregated.title);

        // a subtitle that runs on in the heading's own text is part of the headline, and so is a longer one
        Article subtitle = parse("<head><meta property='og:title' content='Nine ferry routes | Harbour Gazette'></head>"
                + "<body><h1>Nine ferry routes \u2013 <em>with maps</em></h1><p>Text.</p></body>");
        assertEquals("Nine ferry routes \u2013 with maps", subtitle.title);
        Article longer = parse("<head><meta property='og:title' content='Nine ferry routes | Harbour Gazette'></head>"
                + "<body><h1>Nine ferry routes <span class='sub'>and where to eat on board</span></h1><p>Text.</p></body>");
        assertEquals("Nine ferry routes and where to eat on board", longer.title);
    }

    @Test
    void aHeadingEndingWithAColonIntroducesABoxAndIsNoHeadline() {
        // the only <h1> is the lead-in of a promotion box beside the article
        Article a = parse("<head><meta property='og:site_name' content='Harbour Gazette'>"
                + "<meta property='og:title' content='Why the island ferries run late in winter - Harbour Gazette'></head>"
                + "<body><article><p>Text.</p></article><aside class='promo'><h1>A note from Ann Reed, editor of Harbour Gazette:</h1>"
                + "<p>Support our journalism.</p></aside></body>");
        assertEquals("Why the island ferries run late in winter", a.title);
        assertEquals("og:title", a.provenance.get("title"));
    }

    @Test
    void theOnlyHeadingInTheArticleIsTheHeadlineBesideTheLogoAndWidgets() {
        // the logo and the next-story widgets are <h1>s too; the social title was rewritten
        Article a = parse("<head><meta property='og:title' content='Our favourite crossings this year'>"
                + "<meta property='og:site_name' content='Harbour Gazette'></head><body>"
                + "<header><h1 class='logo'><a href='/'>Harbour Gazette</a></h1></header>"
                + "<article class='story'><h1 class='headline'>The Best Ferry Routes and Harbours for a Day Trip</h1><p>Text.</p></article>"
                + "<section class='next'><h1 class='widget__title'>Next in your guide to the islands</h1></section></body>");
        assertEquals("The Best Ferry Routes and Harbours for a Day Trip", a.title);
        assertEquals("h1, the only one", a.provenance.get("title"));
        // two headings in the article: neither is known to be the headline
        Article two = parse("<head><meta property='og:title' content='Our favourite crossings this year'></head><body>"
                + "<article><h1>The Best Ferry Routes for a Day Trip</h1><p>Text.</p></article>"
                + "<article><h1>The Best Harbour Cafes for a Rainy Day</h1><p>Text.</p></article></body>");
        assertEquals("Our favourite crossings this year", two.title);
        // a teaser card after a headline in the header band is no headline
        Article teaser = parse("<head><meta property='og:title' content='Our favourite crossings this year'></head><body>"
                + "<header class='band'><h1>The Best Ferry Routes for a Day Trip</h1></header><p>Text.</p>"
                + "<aside><article class='card'><h1>The Best Harbour Cafes for a Rainy Day</h1></article></aside></body>");
        assertEquals("Our favourite crossings this year", teaser.title);
    }

    @Test
    void aShortCapitalisedPartAfterADashIsALabel() {
        // a series number on a blog without og:title; the headline is printed above the text with it
        Article series = parse("<head><title>Rebuilding the island ferry timetable in a weekend - Part 2 | Harbour Notes</title>"
                + "<meta name='application-name' content='Harbour Notes'></head>"
                + "<body><header><h1>Harbour Notes</h1></header><main><h2>Rebuilding the island ferry timetable in a weekend - Part 2</h2>"
                + "<p>Last week we parsed the old timetable; this week we print it again.</p></main></body>");
        assertEquals("Rebuilding the island ferry timetable in a weekend", series.title);
        assertEquals("Last week we parsed the old timetable; this week we print it again.", series.text);
        // a tag line joined to the page's only heading
        Article tagLine = parse("<head><meta property='og:title' content='Ferry passes for commuters \u2014 Island Travel | Harbour Gazette'></head>"
                + "<body><h1 class='entry-title'>Ferry passes for commuters \u2014 Island Travel</h1><p>Text.</p></body>");
        assertEquals("Ferry passes for commuters", tagLine.title);
        // a subtitle after a short headline, a sentence that runs on, and a longer part all stay
        assertEquals("Ferry Passes - A Beginner's Guide", Titles.withoutDashLabel("Ferry Passes - A Beginner's Guide"));
        assertEquals("The ferry fares rose in 2024 \u2013 and again", Titles.withoutDashLabel("The ferry fares rose in 2024 \u2013 and again"));
        assertEquals("Why the ferries run late - Four Reasons From the Crew",
                Titles.withoutDashLabel("Why the ferries run late - Four Reasons From the Crew"));
        assertEquals("Ferry fares rise this summer", Titles.withoutDashLabel("Ferry fares rise this summer - Infographic"));
    }
}
