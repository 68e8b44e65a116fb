package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Promotional boxes that end with a {@code <button>} instead of a link styled as one
 * ({@link PitchButtons}, {@link CallsToAction}), and boxes with buttons that stay: an FAQ whose
 * questions are buttons, a code block's "Copy", a box that goes on after its button.
 */
class PitchButtonsTest {

    private static final String ONE = Fixtures.GREENHOUSE[0];
    private static final String TWO = Fixtures.GREENHOUSE[1];
    private static final String THREE = Fixtures.GREENHOUSE[2];

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(Fixtures.greenhousePage(body));
    }

    @Test
    void pitchEndedByAButtonGoes() {
        // a utility-class box: heading and sentence, then a script's button; a card whose button sits in a link
        String box = "<div class=\"bg-tertiary py-40 flex rounded\"><div class=\"mr-40 w-120\"></div><div>"
                + "<h3 class=f-heading-3>Plan your growing year</h3>"
                + "<div class=f-heading-4>Not sure what to sow when? Get our month-by-month planner for small greenhouses.</div>"
                + "<button id=IconCTA_101 class=\"inline-block mt-20 rounded-lg\">Download now</button></div></div>";
        String card = "<div class=halfCardCont><div class=contentInfo><p class=contentPreviewText>Use this checklist to "
                + "get your greenhouse ready before the first frost arrives.</p><a class=cardLink href=\"\">"
                + "<button tabindex=-1>Get the checklist</button></a></div></div>";
        Article a = parse("<article><div class=entry-content>" + paragraphs(ONE) + box + paragraphs(TWO) + card
                + paragraphs(THREE) + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void buttonsThatOpenWhatFollowsOrSitBesideCodeStay() {
        String faq = "<div class=faq><div class=item><button class=q>When should I open the vents?</button>"
                + "<div class=a><p>Open them once the air inside passes twenty degrees, even on a cloudy day.</p></div></div></div>";
        String code = "<div class=\"relative w-full\"><pre><code>vent_open_at = 20  # degrees</code></pre>"
                + "<button class=copy>Copy</button></div>";
        String goesOn = "<div class=box><p>Our soil test kit reads the pH of three beds in ten minutes.</p>"
                + "<button>Order a kit</button><p>Or call us on weekdays between nine and five.</p></div>";
        Article a = parse("<article><div class=entry-content>" + paragraphs(ONE) + faq + code + paragraphs(TWO) + goesOn
                + paragraphs(THREE) + "</div></article>");
        assertTrue(a.text.contains("Open them once the air inside passes twenty degrees"), a.text);
        assertTrue(a.text.contains("vent_open_at = 20"), a.text);
        assertTrue(a.text.contains("Our soil test kit reads the pH"), a.text);
    }
}
