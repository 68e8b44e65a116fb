package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/** Credentials a site declares after its author's name stay with the name; a suffix, a role and a second name do not. */
class PostNominalsTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));
    private static final String TEXT = "<p>" + "Cold water swimming lowers the resting heart rate after a few weeks of practice. ".repeat(5) + "</p>";

    private Article parse(String head) {
        return parser.parse(unhinted("https://wellwater-health.example/cold-swims",
                "<html><head>" + head + "</head><body><main><h1>What a cold swim does</h1>" + TEXT + "</main></body></html>"));
    }

    private static String jsonLdAuthor(String name) {
        return "<script type=application/ld+json>{\"@type\":\"Article\",\"headline\":\"What a cold swim does\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"" + name + "\"}}</script>";
    }

    @Test
    void credentialsDeclaredAfterTheNameAreKept() {
        assertEquals(List.of("Orla Fennick, MS, RD"), parse(jsonLdAuthor("Orla Fennick, MS, RD")).authors);
        assertEquals(List.of("Orla Fennick, Ph.D."), parse(jsonLdAuthor("Orla Fennick, Ph.D.")).authors);
        assertEquals(List.of("Orla Fennick, CFP\u00ae"), parse("<meta name=author content='Orla Fennick, CFP\u00ae'>").authors);
        assertEquals(List.of("Orla T. Fennick CPP, PSP"), parse("<meta name=author content='Orla T. Fennick CPP, PSP'>").authors);
    }

    @Test
    void aSuffixARoleOrASecondNameIsNoCredential() {
        assertEquals(List.of("Orla Fennick"), parse(jsonLdAuthor("Orla Fennick, Jr.")).authors);
        assertEquals(List.of("Orla Fennick"), parse(jsonLdAuthor("Orla Fennick, Senior Editor")).authors);
        assertEquals(List.of("Orla Fennick", "Tam Ruddle"), parse(jsonLdAuthor("Orla Fennick, Tam Ruddle")).authors);
        assertEquals(List.of("Orla Fennick"), parse(jsonLdAuthor("Orla Fennick")).authors);
    }

    private Article parseBody(String byline) {
        return parser.parse(unhinted("https://wellwater-health.example/cold-swims",
                "<html><head></head><body><main><h1>What a cold swim does</h1>" + byline + TEXT + "</main></body></html>"));
    }

    @Test
    void aBylineLinkKeepsTheCredentialsWrittenInIt() {
        // a vet or health site's author card: the expert's credentials inside the link, a reviewer after it
        assertEquals(List.of("Orla Fennick, DVM"), parseBody("<div class='article-author__content'>By <a href='/author/orla-fennick'>"
                + "Orla Fennick, DVM</a>. Reviewed by <a href='/author/tam-ruddle'>Tam Ruddle, DVM</a></div>").authors);
        assertEquals(List.of("Orla Fennick, MS, RD"), parseBody("<span class='byline'><a href='/author/orla-fennick'>Orla Fennick, MS, RD</a></span>").authors);
        assertEquals(List.of("Orla Fennick"), parseBody("<span class='byline'><a href='/author/orla-fennick'>Orla Fennick, Senior Editor</a></span>").authors);
    }
}
