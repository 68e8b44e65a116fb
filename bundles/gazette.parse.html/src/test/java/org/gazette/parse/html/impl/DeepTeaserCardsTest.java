package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Teaser cards ({@link Teasers}) whose linked headline sits deep inside the card, as component
 * frameworks nest it: {@code li > article > div > div > div > h3 > a}; and an FAQ accordion, whose
 * items have a card's shape but link to their own answers.
 */
class DeepTeaserCardsTest {

    private static final String[] TEXT = {
        "A porch roof costs less than most people expect, because the frame is small and simple to build.",
        "Most of the price is labour: two carpenters for three to five days, depending on the posts.",
        "Metal roofing lasts longer than shingles but costs about a third more for the same area.",
        "Ask for a permit check before the quote is signed, since some towns need drawings first.",
        "Gutters add a few hundred more, and they keep the rain off the steps in front of the door.",
        "Lighting is cheapest to wire while the ceiling is still open, before the boards go up.",
        "Paint or stain the posts before they are set, when every face of the wood is easy to reach.",
        "Plan for the snow load of your region; a flatter roof needs stronger rafters to carry it.",
        "A second quote is worth the wait: prices for the same plan often differ by a fifth or more.",
        "Keep the receipts, since a porch roof adds to the value of the house when you come to sell.",
    };

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private static String card(String slug, String title, String summary) {
        return "<li class=card_container><article class=card_content><div class=card_body><div class=card_head>"
                + "<div class=card_title_wrap><h3 class=card_title><a href=\"/costs/" + slug + "\">" + title + "</a></h3>"
                + "</div></div><p class=card_text>" + summary + "</p><div class=card_meta>Dec 4, 2025</div></div>"
                + "</article></li>";
    }

    @Test
    void gridOfDeeplyNestedCardsAfterTheArticleIsNotBodyText() {
        String grid = "<section class=hub><ul class=hub_articles>"
                + card("deck", "How much does a deck cost?", "Budget for a new deck by its size, its height and the boards you choose for it.")
                + card("fence", "How much does a fence cost?", "What a wood, vinyl or metal fence costs to put up along a typical suburban lot.")
                + card("shed", "How much does a shed cost?", "Kits, custom builds and what the foundation adds to the price of a garden shed.")
                + "</ul></section>";
        Article a = parser.parse(page("https://costs.example/porch-roof", "Porch roof cost", "",
                "<main><article class=post>" + paragraphs(TEXT) + grid + "</article></main>"));
        assertEquals(String.join("\n\n", TEXT), a.text);
    }

    @Test
    void accordionOfQuestionsThatLinkToTheirOwnAnswersIsNoGridOfCards() {
        String[] faq = {
            "Do I need a permit for a porch roof?",
            "In most towns yes, once the roof is fixed to the house; a free-standing shade needs none.",
            "How long does the work take?",
            "Three to five days for two carpenters, and a day more when the old steps must go first.",
            "Can I add a roof to an old porch?",
            "Only when the posts and their footings can carry it; a builder checks them before quoting.",
        };
        StringBuilder accordion = new StringBuilder("<ul class=accordion>");
        for (int i = 0; i < faq.length; i += 2) {
            accordion.append("<li class=accordion-item><a href=\"#\" class=accordion-title>").append(faq[i])
                    .append("</a><div class=accordion-content><p>").append(faq[i + 1]).append("</p></div></li>");
        }
        accordion.append("</ul>");
        Article a = parser.parse(page("https://costs.example/porch-roof", "Porch roof cost", "",
                "<main><article class=post>" + paragraphs(TEXT) + accordion + "</article></main>"));
        assertEquals(String.join("\n\n", TEXT) + "\n\n" + String.join("\n\n", faq), a.text);
    }
}
