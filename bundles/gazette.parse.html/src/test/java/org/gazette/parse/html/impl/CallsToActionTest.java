package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Promotional boxes among an article's paragraphs ({@link CallsToAction}), on small pages written
 * the way block editors and page builders lay out a pitch with a button, and the product cards
 * an article lists, which stay.
 */
class CallsToActionTest {

    private static final String NAV = "<header><nav><a href=/>Home</a> <a href=/guides>Guides</a></nav></header>";
    private static final String ONE = "A rain garden takes the water running off a roof and lets it soak into the ground slowly.";
    private static final String TWO = "Dig the bed at least ten metres from the house so the water does not reach the foundations.";
    private static final String THREE = "Plants with deep roots, such as sedges and asters, keep the soil open and drain it fastest.";
    private static final String FOUR = "Water the new plants every week during their first summer, until their roots are established.";
    private static final String PITCH = "Plan every bed of your garden on a map that knows your soil.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(page("https://www.garden-notes.example/rain-garden", "How to build a rain garden", "", body));
    }


    private static String box(String href) {
        return "<div class=\"wp-block-group has-background\"><div class=wp-block-group__inner-container>"
                + "<h3>Your garden, planned</h3><p>" + PITCH + "</p><div class=wp-block-buttons><div class=wp-block-button>"
                + "<a class=wp-block-button__link href=\"" + href + "\">Try it free</a></div></div></div></div>";
    }

    @Test
    void pitchWithAButtonAmongTheParagraphsIsNotBodyText() {
        Article a = parse(NAV + "<article><h1>How to build a rain garden</h1><div class=entry-content>" + paragraphs(ONE, TWO)
                + box("https://app.plotplanner.example/signup") + paragraphs(THREE, FOUR) + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void calloutWithAButtonInItsLastParagraphIsNotBodyText() {
        Article a = parse(NAV + "<article><h1>How to build a rain garden</h1><div class=entry-content>" + paragraphs(ONE, TWO)
                + "<div class=\"callout callout-green\"><p><strong>Your garden, planned</strong></p><p>" + PITCH + "</p>"
                + "<p><a class=\"btn btn-lg\" href=\"/planner/pricing\">Start planning</a></p></div>" + paragraphs(THREE, FOUR)
                + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void rowOfProductCardsStays() {
        String card = "<div class=\"product-card\"><h3>%s</h3><p>%s</p><a class=\"btn btn-primary\" href=\"https://shop.example/%s\">"
                + "Check price</a></div>";
        String sedge = "A clumping sedge that takes standing water in spring and drought in August.";
        String aster = "A tall aster whose purple flowers feed bees well into the autumn months.";
        Article a = parse(NAV + "<article><h1>How to build a rain garden</h1><div class=entry-content>" + paragraphs(ONE, TWO)
                + "<div class=product-grid>" + String.format(card, "Fox sedge", sedge, "sedge")
                + String.format(card, "New England aster", aster, "aster") + "</div>" + paragraphs(THREE, FOUR) + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, "Fox sedge", sedge, "New England aster", aster, THREE, FOUR), a.text);
    }

    @Test
    void cardsThatStayLoseTheirButtonsWords() {
        String card = "<div class=\"nursery-card\"><h3>%s</h3><p>%s</p><p class=button-wrapper>"
                + "<a class=\"button primary\" href=\"https://%s.example/plants?ref=garden-notes\" rel=sponsored>Visit the nursery</a>"
                + "</p></div>";
        String marsh = "Grows its sedges and rushes in open beds, so the plants arrive used to wet feet and cold nights.";
        String prairie = "Sells plugs of native asters and milkweed by the tray, cheaper than pots for a bed of any size.";
        Article a = parse(NAV + "<article><h1>How to build a rain garden</h1><div class=entry-content>" + paragraphs(ONE, TWO)
                + "<div class=nursery-list>" + String.format(card, "Marsh Hollow Nursery", marsh, "marshhollow")
                + String.format(card, "Prairie Plugs", prairie, "prairieplugs") + "</div>" + paragraphs(THREE, FOUR)
                + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, "Marsh Hollow Nursery", marsh, "Prairie Plugs", prairie, THREE, FOUR),
                a.text);
    }

    @Test
    void buttonBesideADescriptionTooLongForABoxGoesAlone() {
        String garden = "<div class=\"row garden\"><div class=col-text><h2>%s</h2>%s"
                + "<p><a class=\"btn btn-primary\" href=\"https://maps.example/place/%s\">Directions</a></p></div></div>";
        String[] mill = {"The old mill pond overflows every spring, and the town turned its bank into a chain of shallow basins.",
            "Volunteers planted them with sedges, flag irises and swamp milkweed, and marked each plant with a small slate label.",
            "A boardwalk crosses the wettest basin, so visitors can watch the water sink away within a day of a storm.",
            "Come in late June, when the milkweed flowers and the monarch butterflies stop on their way north to lay eggs."};
        String[] school = {"Pupils at the primary school dug their rain garden beside the car park, where puddles used to last for days.",
            "Each class looks after one bed, keeps a diary of how fast it drains and weighs the weeds it pulls out each month.",
            "The gravel strip along the kerb catches grit from the cars before it reaches the plants and clogs the soil.",
            "Visits are possible on Saturday mornings, when the gardening club opens the gate and answers every question."};
        Article a = parse(NAV + "<article><h1>Rain gardens worth a visit</h1><div class=entry-content>" + paragraphs(ONE)
                + String.format(garden, "Mill Pond Park", paragraphs(mill), "mill-pond-park")
                + String.format(garden, "Elm Street School", paragraphs(school), "elm-street-school") + "</div></article>");
        assertEquals(String.join("\n\n", ONE, "Mill Pond Park", String.join("\n\n", mill), "Elm Street School",
                String.join("\n\n", school)), a.text);
    }

    private static String widget(String kind, String inner) {
        return "<div class=\"" + kind + "\"><div class=" + kind + "-component>" + inner + "</div></div>";
    }

    private static final String RULE = "<div class=separator><div class=cmp-separator><hr></div></div>";

    @Test
    void pitchSetApartByRulesInAFlatRowOfWidgetsIsNotBodyText() {
        String flow = widget("rte", paragraphs(ONE, TWO)) + RULE + "<div class=image><img src=/planner.png alt=Planner></div>"
                + widget("rte", "<p><strong>Your garden, planned</strong></p>") + widget("rte", "<p>" + PITCH + "</p>")
                + "<div class=button-widget><a class=\"cmp-button ps-button\" href=/pricing><span>Start a free trial</span></a></div>"
                + RULE + "<div class=title><h2>Planting</h2></div>" + widget("rte", paragraphs(THREE, FOUR));
        Article a = parse(NAV + "<main><div class=container>" + flow + "</div></main>");
        assertEquals(String.join("\n\n", ONE, TWO, "Planting", THREE, FOUR), a.text);
    }

    @Test
    void paragraphBeforeAButtonWithoutARuleAboveStays() {
        String flow = widget("rte", paragraphs(ONE, TWO)) + widget("rte", paragraphs(THREE)) + widget("rte", "<p>" + PITCH + "</p>")
                + "<div class=button-widget><a class=\"cmp-button ps-button\" href=/map><span>Open the map</span></a></div>"
                + "<div class=title><h2>Planting</h2></div>" + widget("rte", paragraphs(FOUR));
        Article a = parse(NAV + "<main><div class=container>" + flow + "</div></main>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE, PITCH, "Planting", FOUR), a.text);
    }

    @Test
    void samePitchPrintedTwiceBetweenTheParagraphsIsNotBodyText() {
        String banner = "<div class=\"banner-wide\"><div class=banner-wide__content><h2>%s</h2><p>%s</p>"
                + "<a class=btn href=\"https://signup.plotplanner.example/start?utm_content=%s\">Get a free plan</a></div></div>";
        Article a = parse(NAV + "<article><h1>How to build a rain garden</h1><div class=entry-content>" + paragraphs(ONE, TWO)
                + String.format(banner, "Your garden, planned", PITCH, "top") + paragraphs(THREE)
                + String.format(banner, "Plan the next bed too", "Every bed of your garden, drawn on a map that knows your soil.", "end")
                + paragraphs(FOUR) + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void pitchInOneOfAPageBuildersSectionsIsNotBodyText() {
        String section = "<div class=\"builder-section section-%d\"><div class=builder-column>%s</div></div>";
        String pitch = "<h3>Your garden, planned</h3><p>" + PITCH + "</p><a class=builder-button href=/planner>Start planning</a>";
        Article a = parse(NAV + "<article><h1>How to build a rain garden</h1><div class=builder>"
                + String.format(section, 1, paragraphs(ONE, TWO)) + String.format(section, 2, paragraphs(THREE))
                + "<div class=builder-spacer></div>" + String.format(section, 3, pitch) + "<div class=builder-spacer></div>"
                + String.format(section, 4, paragraphs(FOUR)) + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void listOfProductBoxesBetweenTheirReviewsStays() {
        String[] plants = {"Fox sedge", "New England aster", "Swamp milkweed", "Blue flag iris"};
        StringBuilder list = new StringBuilder();
        StringBuilder expected = new StringBuilder(ONE);
        for (String plant : plants) {
            String review = plant + " grew well in the wettest corner of our test bed through two summers.";
            list.append("<h2>").append(plant).append("</h2><p>").append(review).append("</p><div class=\"product-box\"><p>")
                    .append(plant).append(", nursery grown</p><a class=\"btn\" href=\"https://shop.example/")
                    .append(plant.toLowerCase().replace(' ', '-')).append("\">Check price</a></div>");
            expected.append("\n\n").append(plant).append("\n\n").append(review).append("\n\n").append(plant).append(", nursery grown");
        }
        Article a = parse(NAV + "<article><h1>The best rain garden plants</h1><div class=entry-content>" + paragraphs(ONE) + list
                + "</div></article>");
        assertEquals(expected.toString(), a.text);
    }

    @Test
    void headerBandWithTheHeadlineAndAButtonIsTheArticlesOpening() {
        String standfirst = "Everyone has a patch of lawn that floods; this episode shows how to turn it into a bed of flowers.";
        String five = "Mulch the bed with shredded bark, which holds the soil in place when a storm sends water over it.";
        String six = "Check the inlet after heavy rain and clear the leaves that gather there before they block the flow.";
        String hero = "<div class=hero><div class=hero__inner><h1>How to build a rain garden</h1><p>" + standfirst + "</p>"
                + "<p><a class=\"btn btn-outline\" href=/episodes/rain-garden.mp3>Listen to the episode</a></p></div></div>";
        Article a = parse(NAV + "<main>" + hero + "<div class=body>" + paragraphs(ONE, TWO, THREE, FOUR, five, six)
                + "</div></main>");
        assertEquals(String.join("\n\n", standfirst, ONE, TWO, THREE, FOUR, five, six), a.text);
    }

    @Test
    void pitchInAPageBuildersRowUnderTheRowOfTheTextIsNotBodyText() {
        String row = "<div class=\"grid-row row-style-plain\" id=row-%d>%s</div>";
        String cell = "<div class=grid-cell><div class=\"widget %s\">%s</div></div>";
        String text = String.format(cell, "widget-text", paragraphs(ONE, TWO, THREE, FOUR));
        String pitch = String.format(cell, "widget-image", "<img src=/planner.png alt=\"\">")
                + "<div class=grid-cell><div class=\"widget widget-headline\"><h2>Need a plan?</h2></div>"
                + "<div class=\"widget widget-text\"><p>" + PITCH + "</p></div><div class=\"widget widget-button\">"
                + "<a class=\"builder-button flat\" href=/appointments><span>Book a session</span></a></div></div>";
        Article a = parse(NAV + "<article><h1>How to build a rain garden</h1><div class=entry-content>"
                + String.format(row, 1, text) + String.format(row, 2, pitch) + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void widgetsFollowedByTextUnderAHeadingOfItsOwnStay() {
        // after the button a widget opens with a heading but goes on with text of its own: the article goes on, no section ends there
        String flow = widget("rte", paragraphs(ONE, TWO)) + RULE + "<div class=image><img src=/planner.png alt=Planner></div>"
                + widget("rte", "<p><strong>Your garden, planned</strong></p>") + widget("rte", "<p>" + PITCH + "</p>")
                + "<div class=button-widget><a class=\"cmp-button ps-button\" href=/pricing><span>Start a free trial</span></a></div>"
                + "<div class=rte><h2>Planting</h2>" + THREE + "</div>" + widget("rte", paragraphs(FOUR));
        Article a = parse(NAV + "<main><div class=container>" + flow + "</div></main>");
        assertTrue(a.text.contains(PITCH), a.text);
    }

    @Test
    void pitchSetApartByARuleAboveTheNextSectionsHeadingIsNotBodyText() {
        String pitch = "<hr><h3><strong>Your garden, planned</strong></h3><p>" + PITCH + "</p>"
                + "<p><a class=\"btn btn-secondary\" href=/planner>Learn more</a></p>";
        String tags = "<div><div class=tag-box><h2>Topics</h2><ul class=tags><li><a href=/tag/water>Water</a></li>"
                + "<li><a href=/tag/soil>Soil</a></li></ul></div></div>";
        Article a = parse(NAV + "<div class=row><main role=main><h1>How to build a rain garden</h1>" + paragraphs(ONE, TWO, THREE, FOUR)
                + pitch + tags + "</main></div>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE, FOUR), a.text);
    }

    @Test
    void thousandsOfRowsWithAButtonEachAreRead() {
        // each row's box looked at all its siblings for a twin: 10,000 rows took 9-17 s, now one
        // reading per parent (~0.2 s); the time is measured by the benchmarks, not asserted here
        StringBuilder links = new StringBuilder();
        StringBuilder buttons = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            links.append("<div class=row><p>Row ").append(i).append(" of the list.</p><a class=btn href=/plan>Start</a></div>");
            buttons.append("<p>Row ").append(i).append(" of the list. <button class=play>Listen</button></p>");
        }
        for (StringBuilder rows : new StringBuilder[] {links, buttons}) {
            Article a = parse(NAV + "<article><h1>How to build a rain garden</h1>" + paragraphs(ONE, TWO, THREE, FOUR) + rows + "</article>");
            assertTrue(a.text.startsWith(String.join("\n\n", ONE, TWO, THREE, FOUR)), a.text.substring(0, 400));
        }
    }
}
