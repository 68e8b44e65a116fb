package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.read;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.PageKind;

/**
 * Parses and checks the whole-page fixtures of the language template tests ({@link WesternEuropeanTemplatesTest},
 * {@link EasternEuropeanTemplatesTest}, {@link RightToLeftTemplatesTest}, {@link EastAsianTemplatesTest},
 * {@link SouthAndSouthEastAsianTemplatesTest}). Each fixture is a news page in one language modelled on how sites in
 * that language build theirs (the CMS template, its consent banner, navigation, breadcrumbs, byline and dateline in
 * the local form, share bars, "read also" links among the paragraphs, newsletter boxes, tags, related stories,
 * comments and footer), all text written for these tests. The parser must give the headline, the authors, the
 * publication time with its zone, the language and the article's text alone, from the page itself (no hints from a
 * feed), and, with the page's metadata cut out, what the page only shows.
 */
final class TemplatePages {

    /** Stateless (a shared service in the framework), so one serves every test. */
    private static final HtmlParser PARSER = new HtmlParser(config("10MB"));

    private TemplatePages() {
    }

    /**
     * @param url the page's address
     * @param fixture the fixture's file name, next to the tests
     * @param cuts pieces of the fixture's markup to remove first: its metadata, to read what the page only shows
     * @return the article parsed from the page without hints
     */
    static Article parse(String url, String fixture, String... cuts) throws Exception {
        String html = new String(read(fixture), StandardCharsets.UTF_8);
        for (String cut : cuts) {
            if (!html.contains(cut)) {
                throw new IllegalArgumentException("not in " + fixture + ": " + cut);
            }
            html = html.replace(cut, "");
        }
        return PARSER.parse(unhinted(url, html));
    }

    /** Asserts the article's kind, headline, authors, publication time, language, site name and exact text, in that order. */
    static void assertArticle(Article a, String title, List<String> authors, String published, String language,
            String siteName, String... paragraphs) {
        assertEquals(PageKind.ARTICLE, a.kind);
        assertEquals(title, a.title);
        assertEquals(authors, a.authors);
        assertEquals(published, a.published);
        assertEquals(language, a.language);
        assertEquals(siteName, a.siteName);
        assertEquals(String.join("\n\n", paragraphs), a.text);
    }
}
