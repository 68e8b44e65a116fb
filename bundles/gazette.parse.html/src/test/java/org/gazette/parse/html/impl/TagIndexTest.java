package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.junit.jupiter.api.Test;

/** The index answers as jsoup's own selection would, without walking the tree again. */
class TagIndexTest {

    private static final String PAGE = "<html><head><meta name=author content='Ann Reed'><title>T</title></head><body>"
            + "<header class=top><form class=search><input type=search name=q></form></header>"
            + "<article id=story><h1 class=headline>Headline</h1><p class=byline>By <a rel=author href=/ann>Ann Reed</a></p>"
            + "<p>First paragraph.</p><div class=signup><p>Our newsletter</p><input type=email name=e></div>"
            + "<time datetime=2024-03-01>1 March</time><button aria-controls='faq-1 faq-2'>More</button></article>"
            + "<footer><form><input type=tel></form><time>2 March</time></footer></body></html>";

    private final Document doc = Jsoup.parse(PAGE, "https://news.example/a");
    private final TagIndex index = new TagIndex(doc);

    @Test
    void selectionsByTagMatchJsoupsInDocumentOrder() {
        Evaluator fields = Selector.evaluatorOf("form, input[type=email], input[type=tel]");
        assertEquals(doc.body().select(fields), index.select(doc.body(), fields, "form", "input"));
        Element article = doc.getElementById("story");
        Evaluator time = Selector.evaluatorOf("time");
        assertEquals(article.select(time), index.select(article, time, "time"));
        assertEquals(1, index.select(article, time, "time").size(), "only the article's own");
    }

    @Test
    void selectionsByAttributeNamesInLowerCaseMatchJsoupsInDocumentOrder() {
        for (String name : List.of("class", "rel", "aria-controls", "name", "id")) {
            Evaluator e = Selector.evaluatorOf("[" + name + "]");
            assertEquals(doc.body().select(e), index.selectByAttributes(doc.body(), el -> el.attributes().hasKey(name)), name);
            Element header = doc.selectFirst("header");
            assertEquals(header.select(e), index.selectByAttributes(header, el -> el.attributes().hasKey(name)), name + " below the header");
        }
        Document shouting = Jsoup.parse("<body><P CLASS=a ARIA-CONTROLS=x>One</P><p class=b>Two</p></body>");
        assertEquals(shouting.select("[aria-controls]"),
                new TagIndex(shouting).selectByAttributes(shouting.body(), el -> el.attributes().hasKey("aria-controls")),
                "the parser writes attribute names in lower case");
    }

    @Test
    void elementsOfASubtreeAreJsoupsAllElements() {
        for (Element el : doc.getAllElements()) {
            assertEquals(el.getAllElements(), index.elements(el), el.normalName());
        }
    }

    @Test
    void removedElementsAreLeftOutOfTheRemainingSelection() {
        doc.selectFirst("div.signup").remove();
        assertEquals(doc.body().select("[name]"), index.selectByAttributesRemaining(doc.body(), el -> el.attributes().hasKey("name")));
        assertEquals(1, index.selectByAttributesRemaining(doc.body(), el -> el.attributes().hasKey("name")).size(), "the search field only");
    }

    @Test
    void remainingElementsOfATagAreFoundBelowAnElementAsJsoupWouldFindThem() {
        Document page = Jsoup.parse("<body><main><p>Text</p><div class=box><aside>Note</aside></div></main>"
                + "<aside class=sidebar>Links</aside></body>");
        TagIndex tags = new TagIndex(page);
        Element main = page.selectFirst("main");
        Element sidebar = page.selectFirst("aside.sidebar");
        assertEquals(true, tags.hasRemaining("aside", main));
        assertEquals(true, tags.hasRemaining("aside", sidebar), "itself included, as selectFirst");
        page.selectFirst("div.box").remove();
        assertEquals(main.selectFirst("aside") != null, tags.hasRemaining("aside", main));
        assertEquals(false, tags.hasRemaining("aside", main), "the removed box's aside is gone");
        assertEquals(true, tags.hasRemaining("aside", page.body()));
    }

    @Test
    void anElementOfAnotherTreeOrATagNotIndexedIsAnError() {
        Element stranger = Jsoup.parse("<p>x</p>").body();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> index.selectByAttributes(stranger, el -> true));
        assertEquals("not an element of the indexed tree: <body>", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> index.select(doc.body(), Selector.evaluatorOf("p"), "p"));
    }
}
