package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** The headings of an accordion's panels, set inside the buttons that open them ({@link AccordionToggles}). */
class AccordionTogglesTest {
    private static final String INTRO = "<p>Renting a van for a move across the country is cheaper than most people think.</p>"
            + "<p>We compared the offers of five rental firms for a one-way trip of about two thousand miles.</p>";
    private static final String INTRO_TEXT = String.join("\n\n",
            "Renting a van for a move across the country is cheaper than most people think.",
            "We compared the offers of five rental firms for a one-way trip of about two thousand miles.");
    private static final String ANSWER_ONE = "Most firms charge a flat fee for the van and a second fee for each mile beyond the allowance.";
    private static final String ANSWER_TWO = "Book at least a month ahead in summer, when students and families move and vans run short.";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private String text(String content) {
        String html = "<html><head><title>Renting a van</title></head><body><header><nav>"
                + "<button aria-expanded=false aria-controls=menu>Menu</button><ul id=menu><li><a href=/>Home</a></li></ul>"
                + "</nav></header><article><h1>Renting a van</h1>" + INTRO + content + "</article></body></html>";
        Article a = parser.parse(document("https://movers-guide.example/van", html));
        return a.text;
    }

    @Test
    void theButtonsOfAnAccordionHoldItsHeadings() {
        assertEquals(String.join("\n\n", INTRO_TEXT, "Frequently asked", "What does a one-way rental cost?", ANSWER_ONE,
                "When should I book?", ANSWER_TWO),
                text("<h2>Frequently asked</h2><div class=accordion>"
                        + "<button type=button aria-expanded=true aria-controls=faq-1><h3>What does a one-way rental cost?</h3></button>"
                        + "<div id=faq-1 role=region><p>" + ANSWER_ONE + "</p></div>"
                        + "<h3><button type=button aria-expanded=false aria-controls=faq-2>When should I book?</button></h3>"
                        + "<div id=faq-2 role=region><p>" + ANSWER_TWO + "</p></div></div>"));
    }

    @Test
    void aCollapsibleWithoutAriaControlsOpensTheHiddenPanelAfterIt() {
        assertEquals(String.join("\n\n", INTRO_TEXT, "What to consider", "Cost", ANSWER_ONE, "Timing", ANSWER_TWO),
                text("<h2>What to consider</h2><section class=collapsibles><div class=collapsible>"
                        + "<h3><button aria-expanded=false><span class=icon></span><p>Cost</p></button></h3>"
                        + "<div aria-hidden=true hidden class=collapsible-text><p>" + ANSWER_ONE + "</p></div></div>"
                        + "<div class=collapsible><h3><button aria-expanded=false><p>Timing</p></button></h3>"
                        + "<div hidden><p>" + ANSWER_TWO + "</p></div></div></section>"
                        + "<div class=menu><button aria-expanded=false>More guides</button><ul><li><a href=/a>Vans</a></li></ul>"
                        + "<div hidden><p>Sign in to keep the guides you read in a list of your own.</p></div></div>"));
    }

    @Test
    void aPanelNamedInsideAHiddenCollapseIsText() {
        assertEquals(String.join("\n\n", INTRO_TEXT, "What does a one-way rental cost?", ANSWER_ONE, "When should I book?", ANSWER_TWO),
                text("<div class=accordion><div class=accordion-item><h2><button aria-expanded=false aria-controls=panel-1>"
                        + "What does a one-way rental cost?</button></h2><div class=collapse style=\"overflow:hidden;display:none\">"
                        + "<div role=region id=panel-1><p>" + ANSWER_ONE + "</p></div></div></div>"
                        + "<div class=accordion-item><h2><button aria-expanded=false aria-controls=panel-2>When should I book?</button>"
                        + "</h2><div class=collapse style=\"display:none\"><div role=region id=panel-2><p>" + ANSWER_TWO
                        + "</p></div></div></div></div>"));
    }

    @Test
    void anOpenDisclosureWithItsPanelShownAfterItHoldsTheQuestion() {
        assertEquals(String.join("\n\n", INTRO_TEXT, "Questions", "What does a one-way rental cost?", ANSWER_ONE,
                "When should I book?", ANSWER_TWO, "Compare the van sizes of each firm on our table of rental offers."),
                text("<h2>Questions</h2><div><div class=\"faq-item active\"><button class=\"w-full font-bold\" aria-expanded=true>"
                        + "What does a one-way rental cost?<svg><use href=#arrow></use></svg></button>"
                        + "<div class=\"pt-3 block\"><p>" + ANSWER_ONE + "</p></div></div>"
                        + "<div class=faq-item><h3><button aria-expanded=true>When should I book?</button></h3>"
                        + "<div class=panel><p>" + ANSWER_TWO + "</p></div></div>"
                        + "<div class=card-corner><div class=wrap><button aria-expanded=true><span>Collapse</span></button></div>"
                        + "<div class=more><p>Compare the van sizes of each firm on our table of rental offers.</p></div></div>"
                        + "<div><button aria-expanded=true>Show filters</button><span>3 selected</span></div></div>"));
    }

    @Test
    void otherButtonsGiveNoText() {
        assertEquals(String.join("\n\n", INTRO_TEXT, ANSWER_ONE),
                text("<div class=box><button type=button><h3>Get a free quote</h3></button>"
                        + "<button aria-controls=faq-1><h3>Share this guide</h3></button></div><p>" + ANSWER_ONE + "</p>"));
    }

    @Test
    void anOpenDisclosureBeforeAHiddenBlockIsNoQuestion() {
        // the button says it is open (an icon beside it in the heading), but the block after the heading is hidden: no FAQ
        assertEquals(String.join("\n\n", INTRO_TEXT, ANSWER_ONE),
                text("<div class=filters><h3><button aria-expanded=true>Show all filters</button><span class=chevron></span></h3>"
                        + "<div hidden class=filter-list><p>Only vans with a tail lift are shown in the list below.</p></div></div>"
                        + "<p>" + ANSWER_ONE + "</p>"));
    }
}
