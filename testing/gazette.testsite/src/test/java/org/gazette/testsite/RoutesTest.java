package org.gazette.testsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutesTest {

    private static final String RSS1 = "http://purl.org/rss/1.0/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private final Http http = new Http();
    private NewsSite site;

    @BeforeAll
    void start() {
        site = NewsSite.builder().articles(60).crawlDelaySeconds(3).start();
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    void robotsDisallowsPrivateAndNamesTheSitemap() {
        HttpResponse<byte[]> response = http.get(site.baseUrl() + "/robots.txt");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        List<String> lines = Arrays.asList(body(response).split("\n"));
        assertTrue(lines.contains("User-agent: *"), lines.toString());
        assertTrue(lines.contains("Disallow: /private/"), lines.toString());
        assertTrue(lines.contains("Crawl-delay: 3"), lines.toString());
        assertTrue(lines.contains("Sitemap: " + site.baseUrl() + "/sitemap_index.xml"), lines.toString());
        assertTrue(site.disallowedUrls().get(0).startsWith(site.baseUrl() + "/private/"));
    }

    @Test
    void robotsHasNoCrawlDelayByDefault() {
        try (NewsSite plain = NewsSite.builder().articles(3).start()) {
            String robots = body(http.get(plain.baseUrl() + "/robots.txt"));
            assertFalse(robots.contains("Crawl-delay"), robots);
        }
    }

    @Test
    void feedsTogetherLinkEveryArticleWithOverlapsAndTheDisallowedPage() throws Exception {
        Map<String, Integer> seen = new HashMap<>();
        List<String> raw = new ArrayList<>();
        for (String link : rssLinks()) {
            raw.add(link);
            seen.merge(normalise(link), 1, Integer::sum);
        }
        for (String link : rdfLinks()) {
            raw.add(link);
            seen.merge(normalise(link), 1, Integer::sum);
        }
        for (String link : atomLinks()) {
            raw.add(link);
            seen.merge(normalise(link), 1, Integer::sum);
        }
        assertTrue(seen.keySet().containsAll(site.articleUrls()), "every article is in some feed");
        assertTrue(seen.keySet().containsAll(site.disallowedUrls()), "the private page is linked");
        assertTrue(seen.values().stream().anyMatch(n -> n > 1), "some links overlap");
        assertTrue(raw.stream().anyMatch(l -> l.contains("?utm_source=rss")), "tracking parameters");
        assertTrue(raw.stream().anyMatch(l -> l.endsWith("#comments")), "fragments");
        Set<String> known = new HashSet<>(site.articleUrls());
        known.addAll(site.disallowedUrls());
        assertTrue(known.containsAll(seen.keySet()), "nothing but articles: " + seen.keySet());
    }

    private List<String> rssLinks() throws Exception {
        HttpResponse<byte[]> response = http.get(site.baseUrl() + "/feeds/world.rss");
        assertEquals("application/rss+xml; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        String text = body(response);
        assertTrue(text.contains("<description><![CDATA[<p>"), "CDATA descriptions");
        Document rss = Http.parseXml(response.body());
        assertEquals("rss", rss.getDocumentElement().getTagName());
        assertEquals("2.0", rss.getDocumentElement().getAttribute("version"));
        NodeList items = rss.getElementsByTagName("item");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            links.add(text(item, null, "link"));
            assertFalse(text(item, "http://purl.org/dc/elements/1.1/", "creator").isBlank());
            ZonedDateTime.parse(text(item, null, "pubDate"), Markup.HTTP_DATE); // RFC 822 date
        }
        return links;
    }

    private List<String> rdfLinks() throws Exception {
        Document rdf = Http.parseXml(http.get(site.baseUrl() + "/feeds/science.rdf").body());
        assertEquals(RDF, rdf.getDocumentElement().getNamespaceURI());
        assertEquals("RDF", rdf.getDocumentElement().getLocalName());
        NodeList items = rdf.getElementsByTagNameNS(RSS1, "item");
        assertEquals(rdf.getElementsByTagNameNS(RDF, "li").getLength(), items.getLength(), "rdf:Seq lists every item");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            assertEquals(item.getAttributeNS(RDF, "about"), text(item, RSS1, "link"));
            links.add(text(item, RSS1, "link"));
        }
        return links;
    }

    /** Resolves each entry's relative link against the feed's xml:base, as a feed reader must. */
    private List<String> atomLinks() throws Exception {
        Document atom = Http.parseXml(http.get(site.baseUrl() + "/feeds/culture.atom").body());
        Element feed = atom.getDocumentElement();
        String base = feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base");
        assertEquals(site.baseUrl() + "/culture/", base);
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element link = (Element) ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "link").item(0);
            String href = link.getAttribute("href");
            assertFalse(href.startsWith("http"), "relative: " + href);
            links.add(URI.create(base).resolve(href).toString());
        }
        return links;
    }

    @Test
    void sitemapIndexLeadsToNewsAndGzippedArchive() throws Exception {
        Document index = Http.parseXml(http.get(site.baseUrl() + "/sitemap_index.xml").body());
        NodeList locs = index.getElementsByTagNameNS(SITEMAP, "loc");
        List<String> sitemaps = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            sitemaps.add(locs.item(i).getTextContent());
        }
        assertEquals(List.of(site.baseUrl() + "/sitemaps/news.xml", site.baseUrl() + "/sitemaps/archive.xml.gz"), sitemaps);

        Document news = Http.parseXml(http.get(sitemaps.get(0)).body());
        NodeList urls = news.getElementsByTagNameNS(SITEMAP, "url");
        assertTrue(urls.getLength() >= 5, "at least the five newest");
        Set<String> newsLocs = new HashSet<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            newsLocs.add(text(url, SITEMAP, "loc"));
            assertFalse(text(url, NEWS, "title").isBlank());
            ZonedDateTime.parse(text(url, NEWS, "publication_date"));
        }
        assertTrue(newsLocs.contains(site.articleUrls().get(0)), "the newest article");
        assertTrue(newsLocs.containsAll(site.disallowedUrls()));

        HttpResponse<byte[]> archive = http.get(sitemaps.get(1));
        assertEquals("application/x-gzip", archive.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(archive.headers().firstValue("Content-Encoding").isEmpty(), "a gzip file, not a content coding");
        Document urlset = Http.parseXml(Http.gunzip(archive.body()));
        NodeList entries = urlset.getElementsByTagNameNS(SITEMAP, "url");
        Set<String> archived = new HashSet<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element url = (Element) entries.item(i);
            archived.add(text(url, SITEMAP, "loc"));
            ZonedDateTime.parse(text(url, SITEMAP, "lastmod"));
        }
        assertEquals(Set.copyOf(site.articleUrls()), archived);
    }

    @Test
    void pageListHasEveryArticleAndComments() {
        String text = body(http.get(site.baseUrl() + "/pages.txt"));
        assertTrue(text.startsWith("#"));
        List<String> urls = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> expected = new ArrayList<>(site.articleUrls());
        expected.addAll(site.disallowedUrls());
        assertEquals(expected, urls);
    }

    @Test
    void homeAndSectionPagesAreTeaserListsNotArticles() {
        for (String path : List.of("/", "/world/", "/science/", "/culture/")) {
            HttpResponse<byte[]> response = http.get(site.baseUrl() + path);
            assertEquals(200, response.statusCode(), path);
            String html = body(response);
            assertTrue(html.contains("<meta property=\"og:type\" content=\"website\">"), path);
            assertFalse(html.contains("NewsArticle"), path);
            assertTrue(html.contains("class=\"teaser\""), path);
        }
        String home = body(http.get(site.baseUrl() + "/"));
        assertTrue(home.contains("href=\"" + URI.create(site.articleUrls().get(0)).getPath() + "\""), "links the newest article");
        HttpResponse<byte[]> bare = http.get(site.baseUrl() + "/world");
        assertEquals(301, bare.statusCode());
        assertEquals("/world/", bare.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void articlePageIsBuiltLikeACmsTemplate() {
        String url = site.articleUrls().get(5);
        NewsSite.Story story = site.story(url);
        assertTrue(URI.create(url).getPath().matches("/\\d{4}/\\d{2}/\\d{2}/[a-z0-9-]+\\.html"), url);
        HttpResponse<byte[]> response = http.get(url);
        assertEquals(200, response.statusCode());
        String html = new String(response.body(), Charset.forName(story.charset()));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>" + Markup.xml(story.headline()) + " | The Harbour Courier</title>"));
        assertTrue(html.contains("<link rel=\"canonical\" href=\"" + url + "\">"));
        assertTrue(html.contains("<meta name=\"description\" content=\""));
        assertTrue(html.contains("<meta property=\"og:title\" content=\"" + Markup.xml(story.headline()) + "\">"));
        assertTrue(html.contains("<meta property=\"article:published_time\" content=\"" + Markup.iso(story.published()) + "\">"));
        assertTrue(html.contains("\"@type\": \"NewsArticle\""));
        assertTrue(html.contains("\"author\": [{\"@type\": \"Person\", \"name\": \"" + Markup.json(story.author()) + "\""));
        assertTrue(html.contains("\"publisher\": {\"@type\": \"Organization\""));
        assertTrue(html.contains("\"datePublished\": \"" + Markup.iso(story.published()) + "\""));
        assertTrue(html.contains("id=\"cookie-consent\""));
        assertTrue(html.contains("class=\"breadcrumb\""));
        assertTrue(html.contains("<h1 class=\"entry-title\">" + Markup.xml(story.headline()) + "</h1>"));
        assertTrue(html.contains("By <a rel=\"author\" class=\"author\" href=\"/authors/"));
        assertTrue(html.contains(">" + Markup.xml(story.author()) + "</a>"));
        assertTrue(html.contains("<time class=\"published\" datetime=\"" + Markup.iso(story.published()) + "\">"));
        assertTrue(html.contains("<figcaption>") && html.contains("class=\"credit\""));
        assertTrue(html.contains("class=\"share-bar\""));
        assertTrue(html.contains("<h2 id=\"related-title\">Related stories</h2>"));
        assertTrue(html.contains("class=\"newsletter-signup\""));
        assertTrue(html.contains("<section id=\"comments\""));
        assertTrue(html.contains("<footer class=\"site-footer\">"));
        String content = html.substring(html.indexOf("<div class=\"entry-content\">"), html.indexOf("<footer class=\"entry-footer\">"));
        for (String paragraph : story.paragraphs()) {
            assertTrue(content.contains("<p>" + Markup.xml(paragraph) + "</p>"), paragraph);
        }
        int paragraphs = story.paragraphs().size();
        assertTrue(paragraphs >= 4 && paragraphs <= 9, "4-8 paragraphs and maybe a closing line: " + paragraphs);
    }

    @Test
    void trackingParametersAndFragmentsServeTheSamePageWithTheCanonicalUrl() {
        String url = site.articleUrls().get(1);
        HttpResponse<byte[]> tracked = http.get(url + "?utm_source=rss&utm_medium=feed");
        assertEquals(200, tracked.statusCode());
        assertTrue(body(tracked).contains("<link rel=\"canonical\" href=\"" + url + "\">"));
    }

    @Test
    void someArticlesAreInWindows1252WithTheRightHeaderAndMeta() {
        List<String> legacy = site.articleUrls().stream().filter(u -> site.story(u).charset().equals("windows-1252")).toList();
        assertFalse(legacy.isEmpty());
        assertTrue(legacy.size() < site.articleUrls().size());
        Charset cp1252 = Charset.forName("windows-1252");
        boolean sawSpecial = false;
        for (String url : legacy) {
            HttpResponse<byte[]> response = http.get(url);
            assertEquals("text/html; charset=windows-1252", response.headers().firstValue("Content-Type").orElseThrow());
            String html = new String(response.body(), cp1252);
            assertTrue(html.contains("<meta charset=\"windows-1252\">"));
            NewsSite.Story story = site.story(url);
            assertTrue(html.contains(Markup.xml(story.headline())));
            story.paragraphs().forEach(p -> assertTrue(html.contains(Markup.xml(p)), p));
            sawSpecial |= !Arrays.equals(response.body(), html.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(sawSpecial, "at least one legacy page has bytes that differ from UTF-8");
    }

    @Test
    void privatePageIsServedButDisallowed() {
        assertEquals(200, http.get(site.disallowedUrls().get(0)).statusCode());
        assertFalse(site.articleUrls().contains(site.disallowedUrls().get(0)));
    }

    @Test
    void unknownPathsAreNotFoundAndFaultsAreAbsentByDefault() {
        assertEquals(404, http.get(site.baseUrl() + "/no/such/page.html").statusCode());
        assertEquals(404, http.get(site.baseUrl() + "/faults/429.html").statusCode());
        assertEquals(404, http.get(site.baseUrl() + "/feeds/faults.rss").statusCode());
        assertTrue(site.faultUrls().isEmpty());
        assertEquals(405, http.send("POST", site.baseUrl() + "/").statusCode());
    }

    @Test
    void headSendsHeadersOnly() {
        String url = site.articleUrls().get(0);
        HttpResponse<byte[]> get = http.get(url);
        HttpResponse<byte[]> head = http.head(url);
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals(String.valueOf(get.body().length), head.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void relatedLinksPointToOtherArticles() {
        String html = body(http.get(site.articleUrls().get(0)));
        String related = html.substring(html.indexOf("Related stories"), html.indexOf("</section>", html.indexOf("Related stories")));
        Matcher links = Pattern.compile("href=\"([^\"]+)\"").matcher(related);
        int count = 0;
        while (links.find()) {
            assertTrue(site.articleUrls().contains(site.baseUrl() + links.group(1)), links.group(1));
            assertNotEquals(site.articleUrls().get(0), site.baseUrl() + links.group(1));
            count++;
        }
        assertTrue(count > 0);
    }

    private static String normalise(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }

    private static String text(Element parent, String namespace, String name) {
        NodeList nodes = namespace == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(namespace, name);
        assertTrue(nodes.getLength() > 0, name);
        return nodes.item(0).getTextContent().trim();
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
