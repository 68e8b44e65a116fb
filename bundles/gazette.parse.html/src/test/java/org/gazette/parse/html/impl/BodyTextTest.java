package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.gazette.api.model.Article;
import org.gazette.api.model.PageKind;
import org.junit.jupiter.api.Test;

/** Body text on small pages built the way the layouts that defeat tag-based extraction are built. */
class BodyTextTest {

    private static final String NAV = "<header><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li>"
            + "<li><a href=/sport>Sport</a></li></ul></nav></header>";
    private static final String FOOTER = "<footer><p>Copyright 2024 The Example Post. All rights reserved.</p></footer>";
    private static final String ONE = "The county council voted on Tuesday to keep the old market hall open for another ten years.";
    private static final String TWO = "Traders had warned that closing the hall would cost the town centre more than forty jobs.";
    private static final String THREE = "The leader of the council said the repairs would be paid for from the reserves fund.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        String html = "<html><head><title>Market hall stays open</title>"
                + "<meta property=og:type content=website></head><body>" + body + "</body></html>";
        return parser.parse(document("https://example-post.example/market-hall", html));
    }

    @Test
    void headingRepeatingTheTitleAfterTheFirstParagraphIsASection() {
        Article a = parse(NAV + "<article><h1>Market hall stays open</h1><h2>Market hall stays open</h2><p>" + ONE
                + "</p><h2>Market hall stays open</h2><p>" + TWO + "</p><p>" + THREE + "</p><h2>The vote</h2><p>" + ONE
                + " Again.</p></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, "Market hall stays open", TWO, THREE, "The vote", ONE + " Again."), a.text);
    }

    @Test
    void linesSeparatedByBreaksAreParagraphs() {
        Article a = parse(NAV + "<div class=story><span class=label>Local</span><div class=text>" + ONE + "<br><br>" + TWO
                + "<br>" + THREE + "</div></div>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void pageBuilderWidgetsAreJoined() {
        StringBuilder body = new StringBuilder(NAV).append("<div class=builder>");
        body.append("<div class=row><div class=widget><div class=widget-inner><h2>Why it matters</h2></div></div></div>");
        for (String p : new String[] {ONE, TWO, THREE}) {
            body.append("<div class=row><div class=column><div class=widget><div class=widget-inner><p>").append(p)
                    .append("</p></div></div></div></div>");
        }
        body.append("</div><div class=row><div class=widget><p>Call us on 0100 000 000 for a quote today.</p></div></div>");
        Article a = parse(body.append(FOOTER).toString());
        assertEquals(String.join("\n\n", "Why it matters", ONE, TWO, THREE), a.text);
    }

    @Test
    void bodySplitAroundAnEmbeddedBoxIsJoined() {
        String four = "Work on the roof is due to start in the spring and should take about six months to finish.";
        String five = "Stallholders will be moved to the car park next door while the scaffolding is up.";
        Article a = parse(NAV + "<div class=post><div class=rich-text><p>" + ONE + "</p></div>"
                + "<div class=cta><div class=cta-title>Free download</div><a href=/guide>Get the guide</a></div>"
                + "<div class=rich-text><p>" + TWO + "</p><p>" + THREE + "</p><p>" + four + "</p><p>" + five
                + "</p></div></div><div class=more><p>Other stories from the town hall this week.</p></div>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, four, five), a.text);
    }

    /** The first part marked by one more class than the rest ({@code intro}) is a part too. */
    @Test
    void partWithAModifierClassIsJoined() {
        String four = "Work on the roof is due to start in the spring and should take about six months to finish.";
        String five = "Stallholders will be moved to the car park next door while the scaffolding is up.";
        Article a = parse(NAV + "<div class=post><div class='rich-text intro'><p>" + ONE + "</p></div>"
                + "<table><tr><td>Opens</td><td>Monday</td></tr><tr><td>Stalls</td><td>40</td></tr></table>"
                + "<div class=rich-text><p>" + TWO + "</p><p>" + THREE + "</p><p>" + four + "</p><p>" + five
                + "</p></div></div><div class=more><p>Other stories from the town hall this week.</p></div>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, four, five), a.text);
    }

    @Test
    void siblingOfAnotherShapeIsNotJoined() {
        String four = "Work on the roof is due to start in the spring and should take about six months to finish.";
        Article a = parse(NAV + "<div class=post><div class=teaser><p>Read our earlier report on the market hall vote and the traders.</p></div>"
                + "<div class=rich-text><p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE + "</p><p>" + four
                + "</p></div></div>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, four), a.text);
    }

    @Test
    void wrapperNamedAfterTheSidebarKeepsTheArticle() {
        Article a = parse(NAV + "<div class=content-sidebar-wrap><main class=content><p>" + ONE + "</p><p>" + TWO + "</p><p>"
                + THREE + "</p></main><div class=sidebar><ul><li><a href=/a>Most read story</a></li>"
                + "<li><a href=/b>Another popular story</a></li></ul></div></div>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void wrapperWhoseNameSaysTheSidebarIsOffKeepsTheArticle() {
        String four = "Work on the roof is due to start in the spring and should take about six months to finish.";
        Article a = parse(NAV + "<main><div class=\"story__main sidebar-enabled--false\"><p>" + ONE + "</p><p>" + TWO + "</p><p>"
                + THREE + "</p><p>" + four + "</p></div></main><div class=about-us><h2>About the Example Post</h2>"
                + "<p>The Example Post has reported on the town and its villages since 1921, every week of the year.</p>"
                + "<p>Our newsroom is owned by its readers, who elect the board that appoints the editor each spring.</p>"
                + "<p>Letters to the editor are welcome by post or e-mail and are printed in the Saturday paper.</p>"
                + "<p>Our photographers cover every match of the town's football and cricket clubs, home and away.</p>"
                + "<p>The paper is printed on recycled stock at the works by the canal, as it has been since 1958.</p></div>"
                + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, four), a.text);
    }

    @Test
    void hiddenChunkOfStreamedRenderingIsContent() {
        Article a = parse(NAV + "<main><div id=loading>Loading…</div></main><div hidden id=S:0><article><p>" + ONE
                + "</p><p>" + TWO + "</p></article></div><div hidden><p>" + THREE + " (hidden copy)</p></div>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO), a.text);
    }

    @Test
    void streamedChunksWithHexadecimalIdsAreContent() {
        Article a = parse(NAV + "<main><div class=loading>Loading…</div></main><div hidden id=S:a><section class=part><p>"
                + ONE + "</p></section></div><div hidden id=S:1f><section class=part><p>" + TWO + "</p></section></div>"
                + "<div hidden id=S:b><section class=part><p>" + THREE + "</p></section></div>"
                + "<div hidden><p>" + THREE + " (hidden copy)</p></div>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void asideWrappingTheWholeArticleIsKept() {
        Article a = parse(NAV + "<aside class=layout><div class=post><p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE
                + "</p></div><aside class=promo><p>Subscribe to our weekly newsletter for more local stories.</p></aside>"
                + "</aside>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void listArticleWithAnArticlePerItemIsAnArticle() {
        StringBuilder body = new StringBuilder(NAV).append("<div class=list>");
        String[] names = {"The Corner House", "Harbour Kitchen", "Olive and Vine", "The Old Bakery", "Little Saigon"};
        for (String name : names) {
            body.append("<article class=item><h2>").append(name).append("</h2><p>").append(name)
                    .append(" earned its first star this year after a menu built on produce from farms within twenty miles,"
                            + " and the inspectors praised a kitchen that changes its dishes every week. Booking is"
                            + " recommended for weekend evenings, when the dining room fills within an hour of opening."
                            + " The tasting menu runs to seven courses, and a shorter lunch menu is served on weekdays.</p></article>");
        }
        Article a = parse(body.append("</div>").append(FOOTER).toString());
        assertEquals(PageKind.ARTICLE, a.kind);
        assertEquals(10, a.text.split("\n\n").length);
        assertEquals("The Corner House", a.text.split("\n\n")[0]);
    }

    @Test
    void websiteTypeAloneDoesNotMakeAnIndex() {
        Article a = parse(NAV + "<div class=page><h1>Market hall stays open</h1><p>" + ONE + " " + TWO + "</p><p>" + THREE
                + " " + ONE + "</p></div>" + FOOTER);
        assertEquals(PageKind.ARTICLE, a.kind);
        assertEquals(null, a.metadata.get("parse.kindReason"));
    }

    @Test
    void linkListsAfterTheTextAreDroppedAndLinkedListsAmongItKept() {
        Article a = parse(NAV + "<main><div class=story><p>" + ONE + "</p><ul><li><a href=/a>Market hall opening hours</a></li>"
                + "<li><a href=/b>Market hall stall prices</a></li></ul><p>" + TWO + "</p><p>" + THREE + "</p></div>"
                + "<div class=more><h3>More from Local</h3><ul><li><a href=/c>Bus station to close for repairs</a></li>"
                + "<li><a href=/d>New library opens on Saturday</a></li></ul></div></main>" + FOOTER);
        // the box's heading goes with its links: nothing of the box is body text
        assertEquals(String.join("\n\n", ONE, "Market hall opening hours", "Market hall stall prices", TWO, THREE), a.text);
    }

    @Test
    void teaserCardsAfterTheTextAreDropped() {
        StringBuilder cards = new StringBuilder("<div class=grid>");
        for (String t : new String[] {"Bus station to close", "Library opens", "Bridge repairs start"}) {
            cards.append("<div class=card><a href=/x><span>").append(t).append("</span></a><p>")
                    .append(t).append(" after a vote by the council this week.</p></div>");
        }
        Article a = parse(NAV + "<main><p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE + "</p><p>" + ONE + " " + TWO
                + "</p>" + cards + "</div></main>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE, ONE + " " + TWO), a.text);
    }

    @Test
    void cardsFollowedByTextAreKept() {
        StringBuilder cards = new StringBuilder("<div class=grid>");
        for (String t : new String[] {"North gate", "South gate", "East gate"}) {
            cards.append("<div class=card><h3><a href=/x>").append(t).append("</a></h3><p>Open daily.</p></div>");
        }
        Article a = parse(NAV + "<main><p>" + ONE + "</p><p>" + TWO + "</p><p>" + ONE + " " + TWO + "</p>" + cards
                + "</div><p>" + THREE + "</p></main>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, ONE + " " + TWO, "North gate", "Open daily.", "South gate",
                "Open daily.", "East gate", "Open daily.", THREE), a.text);
    }

    @Test
    void tableInAFigureIsTextButItsCaptionIsNot() {
        Article a = parse(NAV + "<article><p>" + ONE + "</p><figure class=wp-block-table><table><tbody>"
                + "<tr><td>Stalls</td><td>42</td></tr><tr><td>Jobs</td><td>45</td></tr></tbody></table>"
                + "<figcaption>Source: council report</figcaption></figure><p>" + TWO + "</p><p>" + THREE + "</p>"
                + "<figure><img src=/hall.jpg><figcaption>The hall on market day, seen from the square.</figcaption></figure>"
                + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, "Stalls | 42", "Jobs | 45", TWO, THREE), a.text);
    }

    @Test
    void callToActionPaywallAndRatingBoxesAreNotText() {
        Article a = parse(NAV + "<article><p>" + ONE + "</p>"
                + "<div class=\"post-cta\"><p>Selling at the market? Book a stall online in two minutes and pay later.</p></div>"
                + "<p>" + TWO + "</p><div id=paywall-teaser><p>Subscribers read on: the full list of repairs and their costs.</p></div>"
                + "<p>" + THREE + "</p><div class=\"article-rating\"><p>Was this article helpful? Rate it from one to five.</p>"
                + "</div></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void collapsedAccordionPanelsAreTextAndOtherHiddenBoxesNot() {
        Article a = parse(NAV + "<article><p>" + ONE + "</p><div class=accordion>"
                + "<button aria-controls=step-1 aria-expanded=false>1. The vote</button>"
                + "<div id=step-1 style=\"display:none\"><p>" + TWO + "</p></div>"
                + "<button aria-controls=step-2 aria-expanded=false>2. The repairs</button>"
                + "<div id=step-2 hidden><p>" + THREE + "</p></div></div>"
                + "<div id=exit-offer style=\"display:none\"><p>Before you go: our weekly market letter is free for every reader.</p></div>"
                + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void sectionHiddenOnEveryScreenIsNotTextButOneHiddenOnSomeScreensIs() {
        String section = "<section class=\"elementor-section elementor-top-section%s\"><div class=elementor-container>"
                + "<div class=\"elementor-widget elementor-widget-text-editor\"><div class=elementor-widget-container>%s"
                + "</div></div></div></section>";
        Article a = parse(NAV + "<div class=\"elementor elementor-1201\">"
                + String.format(section, "", "<h2>Market hall stays open</h2><p>" + ONE + "</p>")
                + String.format(section, " elementor-hidden-mobile", "<p>" + TWO + "</p>")
                + String.format(section, " elementor-hidden-desktop elementor-hidden-tablet elementor-hidden-mobile",
                        "<h3>Stall fees (create header)</h3><p>Draft: the stall fees for next year go here once the"
                                + " council has agreed them, with the dates.</p><p>Draft: opening hours for the winter"
                                + " months, to be confirmed by the market manager.</p>")
                + String.format(section, "", "<p>" + THREE + "</p>") + "</div>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
        Article bootstrap = parse(NAV + "<div class=container><div class=row><div class=col-md-8><p>" + ONE + "</p>"
                + "<div class=\"stall-fees hidden-xs hidden-sm hidden-md hidden-lg\"><p>Draft: stall fees for next year go"
                + " here once the council has agreed them, with the dates and the rules.</p></div>"
                + "<div class=\"hidden-xs hidden-sm\"><p>" + TWO + "</p></div><p>" + THREE + "</p></div></div></div>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), bootstrap.text);
    }

    @Test
    void textThePublisherKeepsFromSearchSnippetsIsNotText() {
        Article a = parse(NAV + "<article><p>" + ONE + "</p><p>" + TWO + "</p>"
                + "<div class=custom-block data-nosnippet><div class=expandable><p>Expand: the full text of the council's"
                + " motion, as tabled on Tuesday, in the council's own words.</p><pre>Motion 14/2024<br>That the hall stay"
                + " open<br>Carried</pre></div></div>"
                + "<p>" + THREE + "</p><div class=comments data-nosnippet=true><p>Good news for the town, at last a"
                + " sensible decision from the council on this.</p></div></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void articleThePublisherWhollyKeepsFromSearchSnippetsIsStillTheText() {
        Article a = parse(NAV + "<main data-nosnippet><article><h1>Market hall stays open</h1><p>" + ONE + "</p><p>" + TWO
                + "</p><p>" + THREE + "</p></article></main>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
        Article inner = parse(NAV + "<article><h1>Market hall stays open</h1><div class=entry-content data-nosnippet><p>"
                + ONE + "</p><p>" + TWO + "</p><p>" + THREE + "</p></div></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), inner.text);
    }

    @Test
    void carouselOfPostsWithCutOffExcerptsAfterTheTextIsDropped() {
        StringBuilder cards = new StringBuilder("<div class=carousel><h2>From the blog</h2><div class=slides>");
        for (String t : new String[] {"Bus station to close", "Library opens", "Bridge repairs start", "Ferry fares"}) {
            cards.append("<div class=slide><div class=post-card><h3><a href=/x>").append(t).append("</a></h3>")
                    .append("<div class=excerpt>").append(TWO).append(" ").append(THREE).append(" The council met again")
                    .append(" on Thursday to...</div><div class=date>Mar 3, 2024</div></div></div>");
        }
        Article a = parse(NAV + "<main><p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE + "</p>" + cards
                + "</div></div></main>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void carouselWhoseLaterCardsPrintWholeSummariesIsDroppedAsAWhole() {
        StringBuilder cards = new StringBuilder("<div class=blog-carousel><h2>From the blog</h2><div class=slides>");
        String[] summaries = {TWO + " The council met again on Thursday to...", THREE + " It met again on Friday to...",
            "The ferry will keep its winter timetable until the end of March.", "The library opens late on Thursdays."};
        for (String summary : summaries) {
            cards.append("<div class=slide><div class=post-card><h3><a href=/x>A story from the town hall</a></h3>")
                    .append("<div class=excerpt>").append(summary).append("</div><div class=date>Mar 3, 2024</div></div></div>");
        }
        Article a = parse(NAV + "<main><p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE + "</p>" + cards
                + "</div></div></main>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void headingsInSectionHeadersAmongTheTextAreText() {
        Article a = parse(NAV + "<article><header class=story-header><h1>Market hall stays open</h1>"
                + "<p class=dek>What the vote means for the stallholders.</p></header><p>" + ONE + "</p>"
                + "<section class=listicle-item><header><h3>The stalls</h3></header><p>" + TWO + "</p></section>"
                + "<section class=listicle-item><header><h3>The repairs</h3></header><p>" + THREE + "</p></section>"
                + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, "The stalls", TWO, "The repairs", THREE), a.text);
    }

    @Test
    void quotationInAFigureIsTextWithItsAttribution() {
        String quote = "We kept the hall because the market is the reason people still come into the town on a Saturday.";
        String other = "The stallholders asked for a longer lease, and the council gave them ten years at the old rent.";
        Article a = parse(NAV + "<article><p>" + ONE + "</p><figure class=quote><div class=quote-content><blockquote><p>"
                + quote + "</p></blockquote></div><figcaption>Council leader, at the meeting</figcaption></figure><p>" + TWO
                + "</p><figure class=\"Quote_component__z7V4u\"><div class=\"Quote_content__SEJ2p\"><blockquote><p>" + other
                + "</p></blockquote><figcaption class=\"Quote_caption__dNL4P\">Ann Reed, Stallholders' Association</figcaption>"
                + "</div></figure><p>" + THREE + "</p><figure><img src=hall.jpg><figcaption>The market hall on Saturday</figcaption>"
                + "</figure></article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, quote, "Council leader, at the meeting", TWO, other,
                "Ann Reed, Stallholders' Association", THREE), a.text);
    }

    @Test
    void disclaimersTooltipsAndAuthorBoxPluginsAreNotText() {
        Article a = parse(NAV + "<article><p>" + ONE + "</p><p>" + TWO + "</p><div class=\"tooltip tooltip-content\" role=tooltip>"
                + "<p>Figures from the council's own report, published in May.</p></div>"
                + "<p>" + THREE + "</p><div class=\"cmp-richtext--disclaimer\"><p>Past decisions of the council are no guide"
                + " to what it will decide in the future.</p></div><div class=saboxplugin-wrap><div class=saboxplugin-desc>"
                + "<p>Jo Bloggs has covered the council for the paper since 2009 and lives above the market.</p></div></div>"
                + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void headingWhoseAnchorSpellsABoxNameIsText() {
        Article a = parse(NAV + "<article><p>" + ONE + "</p><h2 id=h-why-sharing-the-stalls-helps>Why sharing the stalls helps</h2>"
                + "<p>" + TWO + "</p><h2 id=related-costs>Related costs</h2><p>" + THREE + "</p>"
                + "<div id=related-stories><p>More stories from the town hall, the market and the council this week.</p></div>"
                + "</article>" + FOOTER);
        assertEquals(String.join("\n\n", ONE, "Why sharing the stalls helps", TWO, "Related costs", THREE), a.text);
    }

    @Test
    void excerpts() {
        assertEquals(true, Teasers.isExcerpt("The council met again on Thursday to..."));
        assertEquals(true, Teasers.isExcerpt("The council met again on Thursday to \u2026"));
        assertEquals(true, Teasers.isExcerpt("The council met again on Thursday to [\u2026]"));
        assertEquals(false, Teasers.isExcerpt("The council met again on Thursday."));
        assertEquals(false, Teasers.isExcerpt("Options: ..."));
    }
}
