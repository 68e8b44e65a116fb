package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** An article's opening printed just before the element that holds its body ({@link Ledes}). */
class LedesTest {
    private static final String LEDE = "Buying a first home takes more than a deposit: lenders look at your credit and your debts too.";
    private static final String ONE = "Check your credit report a year before you apply, and correct any mistakes you find in it.";
    private static final String TWO = "Pay down card balances, since lenders weigh what you owe against what you earn each month.";
    private static final String THREE = "Keep the same job while you apply; a new employer can delay the loan by several weeks.";
    private static final String BODY = "<p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE + "</p>";
    private static final String PAGE_HEAD = "<html><head><title>Before you buy</title></head><body>"
            + "<header><nav><a href=/>Home</a> <a href=/money>Money</a></nav></header><div class=page>";
    private static final String PAGE_TAIL = "</div><footer><p>Published by the Riverside Money Desk.</p></footer></body></html>";

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private String text(String content) {
        String html = PAGE_HEAD + content + PAGE_TAIL;
        Article a = parser.parse(document("https://money-desk.example/before-you-buy", html));
        return a.text;
    }

    /** A lede in larger type between the headline and a CMS's body field. */
    @Test
    void aLedeBeforeTheBodyFieldIsText() {
        assertEquals(String.join("\n\n", LEDE, ONE, TWO, THREE),
                text("<h1>Before you buy</h1><p class=large-text>" + LEDE + "</p>"
                        + "<div class='field field-name-body'><div class=field-items>" + BODY + "</div></div>"));
    }

    /** A summary box under its own heading, then the body under another: the headings between come along. */
    @Test
    void aSummaryBoxBeforeTheBodyIsText() {
        assertEquals(String.join("\n\n", "In short", LEDE, "The full guide", ONE, TWO, THREE),
                text("<h1>Before you buy</h1><div id=summary><h3>In short</h3><p>" + LEDE + "</p></div>"
                        + "<h2>The full guide</h2><div itemprop=articleBody>" + BODY + "</div>"));
    }

    /** A box of links before the body is a teaser or navigation, and ends the search. */
    @Test
    void aLinkedBoxBeforeTheBodyIsNot() {
        assertEquals(String.join("\n\n", ONE, TWO, THREE),
                text("<h1>Before you buy</h1><p>" + LEDE + "</p><div class=more><p>Read our <a href=/guides/mortgages>guide to "
                        + "fixed and variable mortgages</a> first.</p></div>"
                        + "<div class='field field-name-body'>" + BODY + "</div>"));
    }

    /** A standfirst beside the headline belongs to the header band. */
    @Test
    void aStandfirstBesideTheHeadlineIsNot() {
        assertEquals(String.join("\n\n", ONE, TWO, THREE),
                text("<div class=intro><h1>Before you buy</h1><p>" + LEDE + "</p></div>"
                        + "<div class='field field-name-body'>" + BODY + "</div>"));
    }

    /** Without a headline above it, prose before the body is the page's, not the article's. */
    @Test
    void proseWithoutAHeadlineAboveIsNot() {
        assertEquals(String.join("\n\n", ONE, TWO, THREE),
                text("<h2>Before you buy</h2><p>" + LEDE + "</p><div class='field field-name-body'>" + BODY + "</div>"));
    }

    /** An {@code article} holds its whole article: prose beside it is not its opening. */
    @Test
    void proseBesideAnArticleIsNot() {
        assertEquals(String.join("\n\n", ONE, TWO, THREE),
                text("<h1>Before you buy</h1><p>" + LEDE + "</p><article>" + BODY + "</article>"));
    }
}
