package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * What templates print at the edges of an article ({@link Edges}), the legal footer of a page
 * builder and the post grid beside an article ({@link Containers}), on small pages written the way
 * news and blog CMS templates lay them out.
 */
class EdgesTest {

    private static final String NAV = "<header><nav><a href=/>Home</a> <a href=/news>News</a></nav></header>";
    private static final String FOOTER = "<footer><p>Contact us</p></footer>";
    private static final String ONE = "The river authority opened the new flood barrier on Monday after three years of building work.";
    private static final String TWO = "Engineers say the barrier can hold back a surge half a metre higher than the record of 1953.";
    private static final String THREE = "Residents of the lower town had asked for better protection since the floods of last winter.";
    private static final String FOUR = "The authority will test the gates every month and publish the results on its noticeboards.";
    private static final String DEK = "A barrier three years in the making now guards the lower town against the next winter storm.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String head, String body) {
        return parser.parse(page("https://river-news.example/barrier", "Flood barrier opens", head, body));
    }

    private Article parse(String body) {
        return parse("", body);
    }


    @Test
    void readingTimeDateAndDisclosureLinesBeforeTheTextAreDropped() {
        Article a = parse(NAV + "<article><h1>Flood barrier opens</h1><div class=meta><span>12 March 2024</span></div>"
                + "<div class=info>4 min read</div>"
                + "<p class=note>This post contains affiliate links; we may earn a commission when you buy through them.</p>"
                + paragraphs(ONE, TWO, THREE) + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void metaLineOfPartsWithADateBeforeTheTextIsDropped() {
        Article a = parse(NAV + "<article><h1>Flood barrier opens</h1>"
                + "<p>On behalf of <a href=/about-us>Lower Town Office</a> | Mar 12, 2024 | Local Works</p>"
                + "<p>Ann Reed • 12.03.2024</p>"
                + paragraphs(ONE, TWO, THREE) + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void headlineNamingAYearBesideABarIsNoMetaLine() {
        assertEquals(false, MetaLines.isMetaLine("Best flood barriers of 2024 | Our top 7 picks"));
        assertEquals(false, MetaLines.isMetaLine("Mar 12, 2024 | The authority opened the new flood barrier on Monday morning"));
        assertEquals(true, MetaLines.isMetaLine("Ann Reed • March 12th, 2024"));
    }

    @Test
    void labelledListOfLinksAmongTheParagraphsIsDropped() {
        Article a = parse(NAV + "<article><h1>Flood barrier opens</h1>" + paragraphs(ONE, TWO)
                + "<p><strong>More on the lower town:</strong></p><ul><li><a href=/lower-town/market>A market hall for the "
                + "lower town</a></li><li><a href=/lower-town/ferry>The ferry returns after the winter</a></li></ul>"
                + paragraphs(THREE, FOUR) + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void linkedListOfTheArticlesOwnUnderAnOrdinaryLabelIsKept() {
        Article a = parse(NAV + "<article><h1>Flood barrier opens</h1>" + paragraphs(ONE, TWO)
                + "<p><strong>Where to read the test results:</strong></p><ul><li><a href=/notices/barrier>The authority's "
                + "noticeboard</a></li><li><a href=/library>The town library</a></li></ul>"
                + paragraphs(THREE, FOUR) + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, "Where to read the test results:", "The authority's noticeboard",
                "The town library", THREE, FOUR), a.text);
    }

    @Test
    void standfirstSetAsAHeadingAboveTheTextStaysWhenTheButtonBesideItGoes() {
        Article a = parse(NAV + "<main><section class=masthead><h1>Flood barrier opens</h1><h2>" + DEK + "</h2>"
                + "<div class=masthead__actions><a href=/barrier-report.pdf>Download</a></div></section>"
                + "<h2>How the gates work</h2>" + paragraphs(ONE, TWO, THREE, FOUR) + "</main>" + FOOTER);
        assertEquals(String.join("\n\n", DEK, "How the gates work", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void tagsLineAfterTheTextIsDropped() {
        Article a = parse(NAV + "<article><h1>Flood barrier opens</h1>" + paragraphs(ONE, TWO, THREE)
                + "<p>Tags: <a href=/tag/flood-barrier>flood barrier</a>, <a href=/tag/lower-town>lower town</a></p>"
                + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void standfirstRepeatingTheDescriptionIsDropped() {
        Article a = parse("<meta name=description content=\"" + DEK + "\">", NAV + "<article><header class=intro><h1>Flood "
                + "barrier opens</h1><p class=dek>" + DEK + "</p></header><div class=body>" + paragraphs(ONE, TWO, THREE)
                + "</div></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void leadParagraphThatIsAlsoTheDescriptionIsKept() {
        Article a = parse("<meta name=description content=\"" + ONE + "\">", NAV + "<article><div class=body>"
                + paragraphs(ONE, TWO, THREE) + "</div></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void referencesAfterTheTextAreDropped() {
        Article a = parse(NAV + "<article>" + paragraphs(ONE, TWO, THREE) + "<h2>References</h2><ol>"
                + "<li>River Authority (2021). Annual report on flood defences of the lower valley, pages 12 to 48.</li>"
                + "<li>Doe, J. and Roe, R. (2019). Storm surges on tidal rivers, a survey of the last century of records.</li>"
                + "</ol></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void relatedStoriesAfterTheTextAreDropped() {
        Article a = parse(NAV + "<article>" + paragraphs(ONE, TWO, THREE, FOUR) + "<section><h2>Related articles</h2>"
                + "<h3>Bridge repairs start next week</h3><p>Work on the old bridge begins on Monday.</p></section>"
                + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void boxAmongTheParagraphsDoesNotEndTheArticle() {
        Article a = parse(NAV + "<article>" + paragraphs(ONE, TWO) + "<div class=box><h3>Related</h3><ul><li><a href=/b>Bridge"
                + " repairs start next week</a></li></ul></div>" + paragraphs(THREE, FOUR, ONE + " " + TWO) + "</article>" + FOOTER);
        // the box's links go (a labelled list of links among the paragraphs), the article goes on after it
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR, ONE + " " + TWO), a.text);
    }

    @Test
    void copyrightLineEndsTheArticle() {
        Article a = parse(NAV + "<article>" + paragraphs(ONE, TWO, THREE, FOUR) + "<p>© 2024 River News Ltd.</p>"
                + "<p>Reproduction of this story in whole or in part is prohibited without written permission of the publisher.</p>"
                + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void legalFooterOfAPageBuilderIsNotTheArticle() {
        String disclaimer = "This material is for general information only and is not advice. Always consult a qualified"
                + " adviser before acting on it. The publisher accepts no liability for decisions made on the basis of it.";
        Article a = parse("<div class=builder><div class=row><div class=col><div class=text><h1>Flood barrier opens</h1>"
                + "<p>" + ONE + "</p><ul><li>Gates</li><li>Pumps</li><li>Walls</li></ul></div></div></div>"
                + "<div class=row><div class=col><div class=text><p>Our offices</p><p>12 High Street</p></div></div></div>"
                + "<div class=row><div class=col><div class=text><p>" + disclaimer + "</p><p>" + disclaimer + " " + disclaimer
                + "</p><p>Copyright © 2024 River News. All rights reserved.</p></div></div></div></div>");
        assertEquals(String.join("\n\n", ONE, "Gates", "Pumps", "Walls"), a.text);
    }

    @Test
    void authorBioAtTheEndIsDroppedAndACaptionNamingTheAuthorKept() {
        String caption = "Jane Doe walking along the new barrier on the opening day, with the gates closed for a test.";
        String bio = "Jane Doe is the environment reporter of River News and has covered the valley's floods since 2015.";
        Article a = parse("<meta name=author content=\"Jane Doe\">", NAV + "<article>" + paragraphs(ONE, caption, TWO, THREE, FOUR)
                + "<div class=end><p>" + bio + "</p></div></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, caption, TWO, THREE, FOUR), a.text);
    }

    @Test
    void writersSignOffUnderAShortLastParagraphIsDropped() {
        String closing = "The gates open again at six.";
        Article a = parse("<meta name=author content=\"Jane Doe\">", NAV + "<article>" + paragraphs(ONE, TWO, THREE, FOUR, closing)
                + "<p style=\"text-align:right\"><strong>Jane Doe</strong></p></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR, closing), a.text);
    }

    @Test
    void authorsNameHeadingTheirBioIsNoSignOff() {
        String bio = "She has reported on the valley's rivers for ten years, and wrote a book about the great flood.";
        Article a = parse("<meta name=author content=\"Jane Doe\">", NAV + "<article>" + paragraphs(ONE, TWO, THREE, FOUR)
                + "<hr><p><strong>Jane Doe</strong></p><p>" + bio + "</p></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR, "Jane Doe", bio), a.text);
    }

    @Test
    void closingParagraphOpeningWithTheBrandThatWroteThePostIsNoBio() {
        String closing = "RNX is already testing gates of this kind on two smaller rivers, with sensors that report the water level.";
        Article a = parse("<meta name=author content=\"RNX Engineering\">", NAV + "<article>" + paragraphs(ONE, TWO, THREE, FOUR, closing)
                + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR, closing), a.text);
    }

    @Test
    void closingParagraphOpeningWithTheOrganisationCreditedAsAuthorIsNoBio() {
        // the JSON-LD credits only the company; its closing pitch under a heading is the article's own ending
        String pitch = "Rivergate is built to make flood protection simple, with surveys, fitting and support from engineers who know the valley.";
        Article a = parse("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                + "\"headline\":\"Flood barrier opens\",\"author\":{\"@type\":\"Organization\",\"name\":\"Rivergate\"}}</script>",
                NAV + "<article>" + paragraphs(ONE, TWO, THREE, FOUR) + "<h2>Ready to protect your home?</h2><p>" + pitch + "</p></article>" + FOOTER);
        assertEquals(java.util.List.of("Rivergate"), a.authors);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR, "Ready to protect your home?", pitch), a.text);
    }

    @Test
    void callToActionInABoxAfterTheArticleIsDropped() {
        String pitch = "Ready to protect your home? Our surveyors check your flood risk for free and send you a plan within a week.";
        String[] text = {ONE, TWO, THREE, FOUR, ONE + " " + THREE, TWO + " " + FOUR};
        Article a = parse(NAV + "<main><div class=post><div class=post-body>" + paragraphs(text) + "</div>"
                + "<div class=wp-block-group><div class=inner><h3>Get your free survey</h3><p>" + pitch + "</p>"
                + "<p><a class=button href=/survey>Book now</a></p></div></div></div></main>" + FOOTER);
        assertEquals(String.join("\n\n", text), a.text);
    }

    @Test
    void lastSectionInItsOwnWrapperIsKeptWhenItIsLong() {
        Article a = parse(NAV + "<article><div class=part>" + paragraphs(ONE, TWO) + "</div><div class=part>" + paragraphs(THREE, FOUR)
                + "</div></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void shortLinesAfterTheLastParagraphAreDropped() {
        Article a = parse(NAV + "<article>" + paragraphs(ONE, TWO, THREE) + "<div class=meta-bottom><span>Filed under</span></div>"
                + "<div>Jane Doe</div></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void shortLastLinesThatEndASentenceOrAListAreKept() {
        Article a = parse(NAV + "<article>" + paragraphs(ONE, TWO, THREE, "See you there!") + "<ul><li>Gates</li><li>Pumps</li></ul>"
                + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, "See you there!", "Gates", "Pumps"), a.text);
    }

    @Test
    void captionsNamedByClassAreNotBodyText() {
        Article a = parse(NAV + "<article>" + paragraphs(ONE, TWO) + "<div id=attachment_12 class=\"wp-caption aligncenter\">"
                + "<img src=/gates.jpg><p class=wp-caption-text>The new gates seen from the lower town bridge at dawn. Photo: Ann Reed</p>"
                + "</div>" + paragraphs(THREE, FOUR) + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void headingWhoseLinksWentIsDropped() {
        Article a = parse(NAV + "<article><h2>Table of contents</h2><ul><li><a href=#a>The gates</a></li>"
                + "<li><a href=#b>The pumps</a></li></ul><h2>The gates</h2>" + paragraphs(ONE, TWO) + "<h2>The pumps</h2>" + paragraphs(THREE)
                + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", "The gates", ONE, TWO, "The pumps", THREE), a.text);
    }

    @Test
    void widgetLinesAreDropped() {
        Article a = parse(NAV + "<article>" + paragraphs(ONE) + "<div class=slot>Advertisement</div>" + paragraphs(TWO)
                + "<p>Read more: Barrier costs rise again</p>" + paragraphs(THREE) + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void articlePrintedOncePerScreenSizeIsGivenOnce() {
        String copy = "<div class=variant><h2>The gates</h2>" + paragraphs(ONE, TWO, THREE) + "</div>";
        Article a = parse(NAV + "<div class=page>" + copy + copy + copy + "</div>" + FOOTER);
        assertEquals(String.join("\n\n", "The gates", ONE, TWO, THREE), a.text);
    }

    @Test
    void paragraphRepeatedWithinTheArticleIsKept() {
        String step = "Warm up for ten minutes with an easy jog along the river path before the intervals begin.";
        Article a = parse(NAV + "<article><h2>Monday</h2>" + paragraphs(step, ONE) + "<h2>Wednesday</h2>" + paragraphs(step, TWO)
                + "<h2>Friday</h2>" + paragraphs(step, THREE) + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", "Monday", step, ONE, "Wednesday", step, TWO, "Friday", step, THREE), a.text);
    }

    @Test
    void gridOfOtherPostsBesideTheTextIsNotTakenIn() {
        StringBuilder grid = new StringBuilder("<div class=widget><h2>Latest posts</h2><div class=posts>");
        for (String t : new String[] {"Bridge repairs", "Ferry timetable", "Harbour dredging"}) {
            grid.append("<article class=post><h3><a href=/x>").append(t).append("</a></h3><p>").append(t)
                    .append(" are discussed in this post, with the views of residents, traders and the council on the"
                            + " plans, the costs and the timetable for the work in the coming year.</p></article>");
        }
        grid.append("</div></div>");
        Article a = parse(NAV + "<div class=builder><div class=widget><div class=text>" + paragraphs(ONE, TWO, THREE)
                + "</div></div>" + grid + "</div>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void authorBoxOpeningWithABylineAfterTheArticleIsDropped() {
        String bio = "She has covered the valley's rivers, harbours and floods for the paper since 2015.";
        Article a = parse(NAV + "<article>" + paragraphs(ONE, TWO, THREE, FOUR) + "<div class=box><h4 class=name>Written by Jane Doe"
                + "</h4><p>" + bio + "</p></div></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    /** A list article captions each entry with its maker: the last entry's caption heads no author box. */
    @Test
    void bylineLineRepeatedOverEachItemOfAListIsNoAuthorBox() {
        String[] makers = {"Published by Northwind Games", "Published by Harbour Press", "Published by Lantern Studio"};
        String[] reviews = {"A trading game for four players that fits in a pocket and plays in twenty minutes flat.",
            "Two players race their boats around the harbour, and the wind card decides who gets there first.",
            "Players light the lanterns of a festival street together; nobody wins unless every house is lit."};
        StringBuilder items = new StringBuilder();
        StringBuilder expected = new StringBuilder(String.join("\n\n", ONE, TWO, THREE));
        for (int k = 0; k < makers.length; k++) {
            items.append("<div class=entry><h2>Game ").append(k + 1).append("</h2><p class=entry-maker>").append(makers[k])
                    .append("</p><p>").append(reviews[k]).append("</p></div>");
            expected.append("\n\nGame ").append(k + 1).append("\n\n").append(makers[k]).append("\n\n").append(reviews[k]);
        }
        Article a = parse(NAV + "<article>" + paragraphs(ONE, TWO, THREE) + items + "</article>" + FOOTER);
        assertEquals(expected.toString(), a.text);
    }

    @Test
    void paragraphLabelledAsTheAuthorsBioAfterTheArticleIsDropped() {
        String bio = "About the author: Jane Doe is a photographer and writer living by the river in the lower town.";
        Article a = parse(NAV + "<article>" + paragraphs(ONE, TWO, THREE, FOUR, bio) + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void disclosureNamingCommissionOrCompensationBeforeTheTextIsDropped() {
        Article a = parse(NAV + "<article><p class=disclaimer>Products are chosen independently by our editors. Purchases "
                + "made through our links may earn us a commission.</p>" + paragraphs(ONE, TWO, THREE) + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void authorsBareNameBeforeTheTextIsDropped() {
        Article a = parse("<meta name=author content=\"Jane Doe\">", NAV + "<article><div class=meta><p class=name>Jane Doe</p>"
                + "</div>" + paragraphs(ONE, TWO, THREE) + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void labelsOfMetaFieldsGoWithTheirValues() {
        Article a = parse("<meta name=author content=\"Ann Reed\">", NAV + "<main><h1>Flood barrier opens</h1><div class=\"flex gap-6\">"
                + "<div class=text-lg><p class=mb-1>Last updated</p><time class=text-grey>Mar 12, 2024</time></div>"
                + "<div class=text-lg><p class=mb-1>Written by</p><p class=text-grey>Ann Reed</p></div></div>"
                + "<div class=body>" + paragraphs(ONE, TWO, THREE) + "</div></main>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void labelAboveALineThatStaysStaysToo() {
        String credits = "River Authority engineers, Lower Town volunteers and the harbour trust";
        Article a = parse(NAV + "<article><h1>Flood barrier opens</h1><div class=credits><p>By:</p><p>" + credits + "</p></div>"
                + paragraphs(ONE, TWO, THREE) + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", "By:", credits, ONE, TWO, THREE), a.text);
    }
    /**
     * A table that ends the article keeps its last row's short cells, also when each is set in a
     * paragraph of its own ({@code <td><p>Monthly</p></td>}), as editors paste tables: they are the
     * article's own last lines, not a template's name, date or button words under it.
     */
    @Test
    void shortCellsEndingATableInParagraphsStay() {
        String longCell = "Inspection of the upstream sluice gates, with a written report to the town council";
        Article a = parse(NAV + "<article><h1>Flood barrier opens</h1>" + paragraphs(ONE, TWO, THREE)
                + "<table><tr><td><p>Gate test</p></td><td><p>" + longCell + "</p></td><td><p>Monthly</p></td></tr></table>"
                + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, "Gate test | " + longCell + " | Monthly"), a.text);
    }
}
