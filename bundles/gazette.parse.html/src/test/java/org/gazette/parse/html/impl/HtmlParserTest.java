package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.gazette.parse.html.impl.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.gazette.api.model.PageKind;
import org.junit.jupiter.api.Test;

class HtmlParserTest {

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void wordpressArticle() throws Exception {
        Document doc = document("https://riverside-courier.example/2023/09/14/harbour-bridge-reopens/?utm_source=feed",
                read("wordpress-article.html"));
        Article a = parser.parse(doc);

        assertEquals(PageKind.ARTICLE, a.kind);
        assertEquals("https://riverside-courier.example/2023/09/14/harbour-bridge-reopens/?utm_source=feed", a.url);
        assertEquals("Harbour Bridge Reopens After Two-Year Restoration", a.title);
        assertEquals("h1, matching og:title", a.provenance.get("title"));
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors);
        assertEquals("byline", a.provenance.get("authors"));
        assertEquals("2023-09-14T09:30:00+02:00", a.published);
        assertEquals("time[datetime]", a.provenance.get("published"));
        assertEquals("2023-09-15T10:05:00Z", a.modified);
        assertEquals("en-GB", a.language);
        assertEquals("https://riverside-courier.example/2023/09/14/harbour-bridge-reopens/", a.canonicalUrl);
        assertEquals("https://riverside-courier.example/wp-content/uploads/2023/09/bridge-1200x630.jpg", a.leadImage);
        assertEquals("The harbour bridge is open again after a restoration that replaced every rivet on its main span.",
                a.description);
        assertEquals("The Riverside Courier", a.siteName);
        assertEquals("Local News", a.section);
        assertEquals(List.of("Harbour Bridge", "Infrastructure", "bridge", "city council"), a.tags);
        assertEquals("article:tag,meta:keywords", a.provenance.get("tags"));
        assertEquals("article", a.provenance.get("text"));
        assertEquals("UTF-8 (meta)", a.metadata.get("parse.charset"));
        assertEquals("article", a.metadata.get("og:type"));
        assertEquals("Harbour Bridge", a.metadata.get("article:tag"));

        assertEquals(String.join("\n\n",
                "The harbour bridge reopened to traffic on Thursday morning after a two-year restoration that replaced"
                        + " every rivet on its main span.",
                "Crews worked through two winters to strip the old paint, repair corroded girders and lay a new deck,"
                        + " the city council said.",
                "Under budget and on time",
                "Engineers said the project finished three weeks early and about four per cent under its budget of"
                        + " \u00a338 million.",
                "\u201cIt is good to have our bridge back,\u201d said Maria Lopez, who cycles across it every day.",
                "The work included:",
                "a new cycle lane on the eastern side,",
                "brighter lighting for pedestrians, and",
                "sensors that report strain on the cables.",
                "Tolls will not return, the council confirmed."), a.text);
        for (String boilerplate : List.of("cookies", "Home", "Contact us", "Share", "Photo: Harbour Authority",
                "Advertisement", "newsletter", "By providing", "Posted in", "Tagged", "You might also like",
                "Ferry timetable", "About time too", "Leave a Reply", "Recent Posts", "All rights reserved",
                "dataLayer", "Skip to content")) {
            assertFalse(a.text.contains(boilerplate), boilerplate);
        }
    }

    @Test
    void jsonLdOnlyPage() throws Exception {
        Article a = parser.parse(document("https://metro-daily.example/news/council-budget/", read("jsonld-only.html")));
        assertEquals(PageKind.ARTICLE, a.kind);
        assertEquals("Council Approves & Signs 2024 Budget", a.title);
        assertEquals("h1, matching json-ld:headline", a.provenance.get("title"));
        assertEquals(List.of("Ali Hassan", "Sam Okafor"), a.authors);
        assertEquals("json-ld:author", a.provenance.get("authors"));
        assertEquals("2023-10-02T18:45:00+01:00", a.published);
        assertEquals("2023-10-03T08:00:00", a.modified);
        assertEquals("en-US", a.language);
        assertEquals("json-ld:inLanguage", a.provenance.get("language"));
        assertEquals("Metro Daily", a.siteName);
        assertEquals("Politics", a.section);
        assertEquals(List.of("budget", "council"), a.tags);
        assertEquals("https://metro-daily.example/images/council-chamber.jpg", a.leadImage);
        assertEquals("The council passed the budget by 31 votes to 12.", a.description);
        assertNull(a.canonicalUrl);
        assertEquals("div.story-body", a.provenance.get("text"));
        assertEquals(String.join("\n\n",
                "The city council approved its 2024 budget on Monday evening by 31 votes to 12, after a debate that"
                        + " lasted almost six hours.",
                "The budget raises spending on road repairs and libraries, and freezes the fees for parking permits"
                        + " for another year.",
                "Opposition members said the plan relied on optimistic forecasts for business rates."), a.text);
        assertNull(a.metadata.get("parse.kindReason"));
    }

    @Test
    void windows1252PageWithoutDeclaredCharset() throws Exception {
        Article a = parser.parse(document("https://town.example/cafes", read("windows-1252.html")));
        assertEquals("Caf\u00e9 owners welcome the new \u201cpavement\u201d rules", a.title);
        assertEquals("h1, matching title", a.provenance.get("title"));
        assertEquals("windows-1252 (fallback)", a.metadata.get("parse.charset"));
        assertEquals(String.join("\n\n",
                "Owners of caf\u00e9s on the high street say the council\u2019s new rules \u2013 which allow tables on"
                        + " wider pavements \u2013 will help them through the winter.",
                "\u201cIt\u2019s a relief,\u201d said one owner, who has run a cr\u00eaperie there since 1998 and"
                        + " employs eleven people in the summer months."), a.text);
        assertEquals(List.of("Hint Author"), a.authors);
        assertEquals("item", a.provenance.get("authors"));
        assertEquals("2020-01-01", a.published);
        assertEquals("en", a.language);
        assertEquals("item", a.provenance.get("language"));
    }

    @Test
    void germanPage() throws Exception {
        Article a = parser.parse(document("https://neckar-bote.example/lokales/radweg", read("german-article.html")));
        assertEquals(PageKind.ARTICLE, a.kind);
        assertEquals("Stadtrat beschließt neuen Radweg am Flussufer", a.title);
        assertEquals("title", a.provenance.get("title"));
        assertEquals(List.of("Anna Schmidt", "Jonas Weber"), a.authors);
        assertEquals("2023-09-13", a.published);
        assertEquals("meta:date", a.provenance.get("published"));
        assertEquals("de", a.language);
        assertEquals("Neckar-Bote", a.siteName);
        assertEquals("UTF-8 (meta)", a.metadata.get("parse.charset"));
        assertEquals(String.join("\n\n",
                "Der Stadtrat hat am Mittwochabend den Bau eines neuen Radwegs entlang des Flussufers beschlossen."
                        + " Die Grünen stimmten geschlossen dafür.",
                "Die Arbeiten sollen im Frühjahr beginnen und rund drei Millionen Euro kosten. Der Weg wird vier Meter"
                        + " breit und nachts beleuchtet.",
                "Anwohner hatten sich über Jahre für eine sichere Verbindung zwischen Altstadt und Südviertel"
                        + " eingesetzt."), a.text);
    }

    @Test
    void indexPageIsNotAnArticle() throws Exception {
        Article a = parser.parse(document("https://riverside-courier.example/category/local/", read("index-page.html")));
        assertEquals(PageKind.INDEX, a.kind);
        assertEquals("Local News", a.title);
        assertTrue(a.metadata.get("parse.kindReason").matches("\\d+% of the main text is links"), a.metadata.get("parse.kindReason"));
    }

    @Test
    void sectionFrontWithTeasersIsAnIndex() throws Exception {
        Article a = parser.parse(document("https://lakeside-ledger.example/business/", read("section-front.html")));
        assertEquals(PageKind.INDEX, a.kind);
        assertEquals("5 teaser <article> elements in the main text and no article declaration", a.metadata.get("parse.kindReason"));
    }

    @Test
    void pageWithoutMetadataFallsBackToHints() throws Exception {
        Article a = parser.parse(document("https://x.example/bare", "<p>Only text.</p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Hint title", a.title);
        assertEquals("item", a.provenance.get("title"));
        assertEquals(List.of("Hint Author"), a.authors);
        assertEquals("2020-01-01", a.published);
        assertEquals("Only text.", a.text);
        assertEquals("body text in densest:body has 2 words, fewer than 40", a.metadata.get("parse.kindReason"));
    }

    private Article parseInline(String html) throws Exception {
        return parser.parse(document("https://x.example/story", html));
    }

    @Test
    void authorSourcesInOrder() throws Exception {
        Article meta = parseInline("<head><meta name=author content='Jane Doe; John Roe'>"
                + "<meta property=article:author content='https://social.example/jane'></head>");
        assertEquals(List.of("Jane Doe", "John Roe"), meta.authors);
        assertEquals("meta:author", meta.provenance.get("authors"));

        Article articleAuthor = parseInline("<head><meta property=article:author content='Ana Ruiz'></head>");
        assertEquals(List.of("Ana Ruiz"), articleAuthor.authors);
        assertEquals("article:author", articleAuthor.provenance.get("authors"));

        Article rel = parseInline("<head><meta property=article:author content='https://social.example/jane'>"
                + "</head><body><a rel=author href='/jane'>Jane Doe</a></body>");
        assertEquals(List.of("Jane Doe"), rel.authors);
        assertEquals("rel=author", rel.provenance.get("authors"));

        Article byline = parseInline("<body><div class=signup-byline>By providing your email you agree.</div>"
                + "<p class=byline>BY JANE DOE AND JOHN ROE</p></body>");
        assertEquals(List.of("JANE DOE", "JOHN ROE"), byline.authors);
        assertEquals("byline", byline.provenance.get("authors"));
    }

    @Test
    void organizationAsJsonLdAuthorGivesWayToAPersonInTheByline() throws Exception {
        String ld = "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\","
                + "\"headline\":\"Pricing a yoga class\",\"author\":{\"@type\":\"Organization\",\"name\":\"Studio Books\"}}"
                + "</script>";
        Article person = parseInline("<head>" + ld + "</head><body><article><h1>Pricing a yoga class</h1>"
                + "<div class=author-name>Mia Lund</div><p>Text.</p></article></body>");
        assertEquals(List.of("Mia Lund"), person.authors);
        assertEquals("byline", person.provenance.get("authors"));

        Article onlyOrganization = parseInline("<head>" + ld + "</head><body><article><h1>Pricing a yoga class</h1>"
                + "<p>Text.</p></article></body>");
        assertEquals(List.of("Studio Books"), onlyOrganization.authors);
        assertEquals("json-ld:author (organization)", onlyOrganization.provenance.get("authors"));

        Article personFirst = parseInline("<head>" + ld.replace("Organization", "Person") + "</head><body><article>"
                + "<h1>Pricing a yoga class</h1><div class=author-name>Mia Lund</div><p>Text.</p></article></body>");
        assertEquals(List.of("Studio Books"), personFirst.authors);
        assertEquals("json-ld:author", personFirst.provenance.get("authors"));
    }

    @Test
    void jsonLdThatANextJsAppPrintsAsAMetaTag() throws Exception {
        // metadata.other["script:ld+json"] comes out as a meta tag with the JSON escaped in its content
        String json = "{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"Mia Lund\"},"
                + "\"@context\":\"https://schema.org\",\"headline\":\"Pricing a yoga class\","
                + "\"dateModified\":\"2023-09-15T10:05:00-05:00\",\"datePublished\":\"2023-09-14T09:00:00-05:00\"}";
        Article a = parseInline("<head><meta name=\"script:ld+json\" content=\"" + json.replace("\"", "&quot;") + "\"></head>"
                + "<body><main><h1>Pricing a yoga class</h1><p>Text.</p></main></body>");
        assertEquals("2023-09-14T09:00:00-05:00", a.published);
        assertEquals("json-ld:datePublished", a.provenance.get("published"));
        assertEquals("2023-09-15T10:05:00-05:00", a.modified);
        assertEquals(List.of("Mia Lund"), a.authors);
        assertEquals("json-ld:author", a.provenance.get("authors"));
    }

    @Test
    void nameOnItsOwnLineOfABylineElement() throws Exception {
        Article dated = parseInline("<body><article><h1>Defer and recover</h1><p class=author>Ana Ruiz<br>4 August 2024</p>"
                + "<p>Text.</p></article></body>");
        assertEquals(List.of("Ana Ruiz"), dated.authors);
        assertEquals("byline", dated.provenance.get("authors"));

        Article withRole = parseInline("<body><article><h1>Defer and recover</h1><div class=resource-author><img src=/a.png>"
                + "<p>Ana Ruiz</p><p>Staff engineer at the company, twelve years of systems work</p></div>"
                + "<p>Text.</p></article></body>");
        assertEquals(List.of("Ana Ruiz"), withRole.authors);
    }

    @Test
    void soleHeadingIsTheHeadlineWhenTheMetadataTitleWasRewritten() throws Exception {
        Article rewritten = parseInline("<head><meta property=og:title content='Best Kettles 2025 - Top 7 Picks Ranked'>"
                + "</head><body><h1>The seven kettles we boiled every day for a month</h1><p>Text.</p></body>");
        assertEquals("The seven kettles we boiled every day for a month", rewritten.title);
        assertEquals("h1, the only one", rewritten.provenance.get("title"));

        Article sectionName = parseInline("<head><meta property=og:title content='Best Kettles 2025 - Top 7 Picks Ranked'>"
                + "</head><body><h1>Kitchen Blog</h1><p>Text.</p></body>");
        assertEquals("Best Kettles 2025 - Top 7 Picks Ranked", sectionName.title);
    }

    @Test
    void aHeadingLosesAShortLabelAfterABarAsTheMetadataTitleDoes() throws Exception {
        Article labelled = parseInline("<head><title>Best kettles of the year | Top 7 Picks | Kettle World</title></head>"
                + "<body><h1>Best kettles of the year | Top 7 Picks</h1><p>Text.</p></body>");
        assertEquals("Best kettles of the year", labelled.title);
        assertEquals("h1, matching title", labelled.provenance.get("title"));

        Article sole = parseInline("<head><meta property=og:title content='Kettle World'></head>"
                + "<body><h1>The seven kettles we boiled every day | Opinion</h1><p>Text.</p></body>");
        assertEquals("The seven kettles we boiled every day", sole.title);
    }

    @Test
    void aHeadingInCapitalsTakesTheMetadataSpelling() throws Exception {
        Article a = parseInline("<head><meta property=og:title content='Kettles We Boiled for a Month'>"
                + "</head><body><h1>KETTLES WE BOILED FOR A MONTH</h1><p>Text.</p></body>");
        assertEquals("Kettles We Boiled for a Month", a.title);
        assertEquals("og:title, matching h1", a.provenance.get("title"));
    }

    @Test
    void aDateInsideTheHeadingIsNotPartOfTheHeadline() throws Exception {
        Article a = parseInline("<head><title>Notes</title></head><body><h1><a href=/p/1><time datetime=2025-12-18>Dec 18 2025</time>"
                + " Moving the build to a new runner</a></h1><p>Text.</p></body>");
        assertEquals("Moving the build to a new runner", a.title);
    }

    @Test
    void localeAndOpenGraphFallbacks() throws Exception {
        Article a = parseInline("<head><meta property=og:locale content=en_GB>"
                + "<meta property=article:published_time content='2023-09-14T10:00:00+0100'>"
                + "<title>Bridge reopens | X.example</title></head><body></body>");
        assertEquals("en-GB", a.language);
        assertEquals("og:locale", a.provenance.get("language"));
        assertEquals("2023-09-14T10:00:00+01:00", a.published);
        assertEquals("article:published_time", a.provenance.get("published"));
        assertEquals("Bridge reopens", a.title);
        assertEquals("title", a.provenance.get("title"));
        assertNull(a.text);
        assertEquals("no body text found", a.metadata.get("parse.kindReason"));
    }
}
