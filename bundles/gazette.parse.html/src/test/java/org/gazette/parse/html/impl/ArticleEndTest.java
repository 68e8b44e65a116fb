package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * What follows the element that holds an article's paragraphs: a box of little prose there is a
 * call to action or a bio ({@link Edges}), but questions the article answers there are its FAQ;
 * a box named for the sources the article cites or for the readers' feedback is not body text
 * ({@link Boilerplate}).
 */
class ArticleEndTest {

    private static final String[] TEXT = {
        "Ledger networks that once served only payments now carry deeds, invoices and shipping papers between firms.",
        "The change came slowly, as banks in three regions agreed on one format for records they trade every day.",
        "Insurers were next: a claim that passes through five hands can be checked once and then read by all of them.",
        "Hospitals moved more carefully, because patient files need a record of who looked at them and for what reason.",
        "Most projects still fail at the same step, when the old systems cannot say which of their records is the true one.",
        "Teams that succeed start small, with one document that many partners share, and add the next only once it works.",
        "The cost of running a shared ledger has fallen by half in four years, and vendors now sell it as a plain service.",
        "Regulators in two regions have said they will accept such records as evidence, which settles a long dispute.",
        "Auditors like the change, since a record that cannot be edited afterwards leaves them fewer questions to ask.",
        "Smaller firms join through their banks, which run the nodes for them and charge a monthly fee for the service.",
        "Critics point out that a wrong entry stays wrong for everyone, so the checks at the door matter more than ever.",
        "The next test is trade finance, where a single letter of credit still travels by courier between four offices.",
        "If that works, the people who once carried those papers will spend their days on the cases that need judgment.",
    };

    private static final String[] FAQ = {
        "Does a shared ledger replace a database?",
        "No: it keeps the few records that many firms must agree on, while each firm keeps its own data at home.",
        "How long does a first project take?",
        "About six months for one document type, most of it spent agreeing on fields with the partners involved.",
    };

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void questionsAnsweredInABoxAfterTheArticleAreItsFaq() {
        StringBuilder faq = new StringBuilder("<section class=questions><h2>Questions</h2>");
        for (int i = 0; i < FAQ.length; i += 2) {
            faq.append("<div class=item><button type=button aria-expanded=false aria-controls=answer-").append(i)
                    .append("><p>").append(FAQ[i]).append("</p></button><div class=answer id=answer-").append(i).append("><p>")
                    .append(FAQ[i + 1]).append("</p></div></div>");
        }
        faq.append("</section>");
        Article a = parser.parse(page("https://ledger-notes.example/blog/shared-records", "Shared records", "",
                "<main><article><div class=post-text>" + paragraphs(TEXT) + "</div>" + faq + "</article></main>"));
        assertEquals(String.join("\n\n", TEXT) + "\n\nQuestions\n\n" + String.join("\n\n", FAQ), a.text);
    }

    @Test
    void closingParagraphsBesideTheOpeningAfterACardHoldingMostOfTheTextAreKept() {
        String opening = "Most firms ask the same thing before they join a shared ledger, so this guide walks through it step by step.";
        String closing = "So there you have it: one document, a few partners and a little patience are all a first project needs.";
        String thanks = "Thanks for reading along, and tell us in the comments which document your firm would share first!";
        StringBuilder card = new StringBuilder("<div class=\"guide-card\"><h2 class=guide-card-title>The steps</h2>"
                + "<div class=guide-card-steps>").append(paragraphs(TEXT)).append("</div></div>");
        Article a = parser.parse(page("https://ledger-notes.example/blog/shared-records", "Shared records", "",
                "<main><article><div class=entry-content>" + paragraphs(opening) + card + paragraphs(closing, thanks)
                        + "</div></article></main>"));
        assertEquals(String.join("\n\n", opening, "The steps", String.join("\n\n", TEXT), closing, thanks), a.text);
    }

    @Test
    void boxOfItsOwnAfterACardHoldingMostOfTheTextIsDropped() {
        String opening = "Most firms ask the same thing before they join a shared ledger, so this guide walks through it step by step.";
        StringBuilder card = new StringBuilder("<div class=\"guide-card\"><h2 class=guide-card-title>The steps</h2>"
                + "<div class=guide-card-steps>").append(paragraphs(TEXT)).append("</div></div>");
        Article a = parser.parse(page("https://ledger-notes.example/blog/shared-records", "Shared records", "",
                "<main><article><div class=entry-content>" + paragraphs(opening) + card + "</div>"
                        + "<div class=closing-box><p>Ready to share your first record? Our team sets up a pilot in two weeks.</p></div>"
                        + "</article></main>"));
        assertEquals(String.join("\n\n", opening, "The steps", String.join("\n\n", TEXT)), a.text);
    }

    /** @return the article's paragraphs in sections of four under a heading each, so that no element holds most of them */
    private static String sections() {
        StringBuilder sections = new StringBuilder();
        for (int i = 0; i < TEXT.length; i += 4) {
            sections.append("<section class=part><h2>Part ").append(i / 4 + 1).append("</h2>")
                    .append(paragraphs(java.util.Arrays.copyOfRange(TEXT, i, Math.min(i + 4, TEXT.length)))).append("</section>");
        }
        return sections.toString();
    }

    /** @return the text of {@link #sections()} */
    private static String sectionsText() {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < TEXT.length; i++) {
            expected.append(i % 4 == 0 ? (i == 0 ? "" : "\n\n") + "Part " + (i / 4 + 1) + "\n\n" : "\n\n").append(TEXT[i]);
        }
        return expected.toString();
    }

    @Test
    void feedbackWidgetAfterTheSectionsIsNotBodyText() {
        String feedback = "<div class=\"post-feedback-widget\"><p class=title>We are sorry that this guide did not help you!</p>"
                + "<p class=subtitle>Let us make this guide better!</p><p>Tell us what was missing in it?</p>"
                + "<textarea></textarea><button>Send</button></div>";
        Article a = parser.parse(page("https://ledger-notes.example/guides/shared-records", "Shared records", "",
                "<main><article>" + sections() + feedback + "</article></main>"));
        assertEquals(sectionsText(), a.text);
    }

    @Test
    void boxOfCitedSourcesAfterTheSectionsIsNotBodyText() {
        String sections = sections();
        String citations = "<div class=\"citation-container wrapper\"><div class=citation-title>Citations</div>"
                + "<ol class=citation-list>"
                + "<li id=citation-1><p>Harbour Ledger Institute. (2024). <em>Shared records in trade between small firms</em>.</p>"
                + "<p><a href=\"https://harbour-ledger.example/reports/2024\">https://harbour-ledger.example/reports/2024</a></p></li>"
                + "<li id=citation-2><p>Office for Payment Records. (Retrieved 2025). <em>Which records count as evidence</em>.</p>"
                + "<p><a href=\"https://payment-records.example/evidence\">https://payment-records.example/evidence</a></p></li>"
                + "</ol></div>";
        Article a = parser.parse(page("https://ledger-notes.example/guides/shared-records", "Shared records", "",
                "<main><article>" + sections + citations + "</article></main>"));
        assertEquals(sectionsText(), a.text);
    }

    @Test
    void rowOfProductCardsUnderARelatedProductsHeadingIsNotBodyText() {
        String card = "<div class=\"col-4 shop-box\"><img src=/node.png alt=\"\"><div class=\"py-2 text-center\"><div class=title-line>%s</div>"
                + "<div class=text-line>%s</div></div><a href=/shop/%s><button class=\"btn btn-primary\">Learn more</button></a></div>";
        String cards = "<div class=product-strip><h3>Related Products</h3><div class=row>"
                + String.format(card, "Ledger Node S", "A small node for one office, with two years of updates and a support line included.", "s")
                + String.format(card, "Ledger Node M", "A node for four offices that also runs the archive of signed records for ten years.", "m")
                + String.format(card, "Ledger Node L", "A rack of nodes for a whole group of firms, with a second site that takes over when one fails.", "l")
                + "</div></div>";
        Article a = parser.parse(page("https://ledger-notes.example/blog/shared-records", "Shared records", "",
                "<main><article><div class=post-text>" + paragraphs(TEXT) + cards + "</div></article></main>"));
        assertEquals(String.join("\n\n", TEXT), a.text);
    }
}
