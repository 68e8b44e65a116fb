package org.gazette.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockTextTest {

    @Test
    void eachInnermostBlockIsOneParagraph() {
        Element div = Jsoup.parseBodyFragment("""
                <div><h1>Headline</h1><p>First   <b>paragraph</b>.</p><span>loose text</span>
                <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
                <ul><li>Item one</li><li>Item <em>two</em></li></ul>
                <pre>code   here</pre><p> </p><h3>Subhead</h3></div>
                """).body().child(0);
        assertEquals(List.of("Headline", "First paragraph.", "Quoted one.", "Quoted two.", "Item one", "Item two",
                "code here", "Subhead"), BlockText.paragraphs(div));
        assertEquals("Headline\n\nFirst paragraph.\n\nQuoted one.", String.join("\n\n", BlockText.paragraphs(div).subList(0, 3)));
    }

    @Test
    void aBlockHoldingBlocksGivesThoseInstead() {
        Element div = Jsoup.parseBodyFragment("<div><li>Lead-in <p>Inner one.</p><p>Inner two.</p></li></div>")
                .body().child(0);
        assertEquals("Inner one.\n\nInner two.", BlockText.of(div));
    }

    @Test
    void aContainerThatIsItselfABlockIsOneParagraph() {
        Element p = Jsoup.parseBodyFragment("<p>Only <a href=#>this</a>.</p>").body().child(0);
        assertEquals("Only this.", BlockText.of(p));
    }
}
