package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.junit.jupiter.api.Test;

/** Publication dates that pages show without declaring them. */
class VisibleDatesTest {
    private static final String PARAGRAPHS = "<p>" + "The town council met on the evening to vote on the plan for the harbour. ".repeat(6) + "</p>";
    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String url, String body) throws Exception {
        return parse(url, "", body);
    }

    private Article parseWithHead(String head, String body) throws Exception {
        return parse("https://news.example/harbour", head, body);
    }

    private Article parse(String url, String head, String body) throws Exception {
        Document d = new Document();
        d.fetched = "2023-09-14T12:30:45+02:00";
        d.url = url;
        d.mediaType = "text/html";
        d.content = ("<!DOCTYPE html><html><head><title>Harbour plan approved</title>" + head + "</head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        return parser.parse(d);
    }

    @Test
    void aReadersCommentsDatesAreNotThePosts() throws Exception {
        // the post's date is in a meta list no class names for dates; the comments' dates are in span.date and <time>
        Article a = parse("https://news.example/harbour", "<article><h1>Harbour plan approved</h1>"
                + "<ul class=\"infomation\"><li>김민수 기자</li><li>입력 2023.09.14 12:00</li></ul>" + PARAGRAPHS + "</article>"
                + "<section id=\"comments\" class=\"comments\"><ul><li><strong>산책러</strong><span class=\"date\">2023-09-15 13:11</span>"
                + "<time datetime=\"2023-09-15T13:11:00+09:00\">1 day ago</time><p>좋네요.</p></li></ul></section>");
        assertEquals("2023-09-14T12:00:00", a.published);
    }

    @Test
    void theDatesOfRelatedPostCardsAreNotThePosts() throws Exception {
        // the post shows its date in a plain div before the headline; the related cards below print theirs in div.blog-date and <time>
        Article a = parse("https://news.example/harbour", "<main><div class=\"post-heading-wrap\"><div class=\"flex-row\"><div class=\"text-small\">Last updated:</div>"
                + "<div class=\"text-small\">Sep 14, 2023</div></div><h1>Harbour plan approved</h1></div>" + PARAGRAPHS + "</main>"
                + "<section class=\"global-section\"><div class=\"related-posts-wrap\"><h2>Related Posts</h2><div role=\"list\">"
                + "<div role=\"listitem\"><h3>Ferry timetable changes</h3><div class=\"post-author\">Ann Reed</div>"
                + "<div class=\"blog-date\"><div class=\"r-posts-date\">September 2, 2023</div></div></div>"
                + "<div role=\"listitem\"><h3>New lighthouse keeper</h3><time datetime=\"2023-08-30\">August 30, 2023</time></div></div></div></section>");
        assertEquals("2023-09-14", a.published);
        assertEquals("text after h1", a.provenance.get("published"));
    }

    @Test
    void aCommentsItempropDateIsNotThePosts() throws Exception {
        // schema.org Comment markup inside the post's own microdata: the comment's datePublished comes first in the page
        Article a = parse("https://news.example/harbour", "<article><h1>Harbour plan approved</h1>"
                + "<div class=\"discussion-list\" id=\"comments\"><div itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\">"
                + "<span itemprop=\"author\">Sailor</span><span itemprop=\"datePublished\">October 2, 2023</span><p>About time.</p></div></div>"
                + "<div class=\"entry-meta\">Posted on <span>September 14, 2023</span></div>" + PARAGRAPHS + "</article>");
        assertEquals("2023-09-14", a.published);
    }

    @Test
    void relatedInAPageSettingOrAPostsTagIsNoRelatedSection() throws Exception {
        // a site builder's body class and a post's tag class hold the word; the post's date is in a date-named element inside them
        String body = "<article class=\"post tag-harbour-related-news\"><div class=\"kicker\">Harbour</div><h1>Harbour plan approved</h1>"
                + PARAGRAPHS + "<div class=\"entry-meta\">Posted on <span>September 14, 2023</span></div></article>";
        Document d = new Document();
        d.fetched = "2023-09-20T12:30:45+02:00";
        d.url = "https://news.example/harbour";
        d.mediaType = "text/html";
        d.content = ("<!DOCTYPE html><html><head><title>Harbour plan approved</title></head>"
                + "<body class=\"tweak-v1-related-products-title-spacing-50px\">" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
        Article a = parser.parse(d);
        assertEquals("2023-09-14", a.published);
        assertEquals("date element", a.provenance.get("published"));
    }

    @Test
    void aDateNamedElementInTheArticleHeader() throws Exception {
        Article a = parse("https://news.example/harbour", "<nav><span class=\"date\">Monday, 1 January 2024</span></nav>"
                + "<article><h1>Harbour plan approved</h1><div class=\"entry-meta\">Posted on <span>September 14, 2023</span> by Ann Reed</div>"
                + PARAGRAPHS + "</article>");
        assertEquals("2023-09-14", a.published);
        assertEquals("date element", a.provenance.get("published"));
    }

    @Test
    void aTimeWhoseDatetimeIsEmptyOrProseGivesItsText() throws Exception {
        Article a = parse("https://news.example/harbour", "<article><h1>Harbour plan approved</h1><p class=\"story-head\">Posted by Ann Reed "
                + "<time datetime=\"\">September 2, 2023</time></p>" + PARAGRAPHS + "</article>");
        assertEquals("2023-09-02", a.published);
        assertEquals("time", a.provenance.get("published"));
        a = parse("https://news.example/harbour", "<article><h1>Harbour plan approved</h1><p class=\"story-head\">Posted by Ann Reed "
                + "<time datetime=\"Sep 2\">on Saturday September 2, 2023 @10:00AM</time></p>" + PARAGRAPHS + "</article>");
        assertEquals("2023-09-02T10:00:00", a.published);
        assertEquals("time", a.provenance.get("published"));
    }

    @Test
    void theElementThatShowsTheHeadlineStandsInForAMissingH1() throws Exception {
        Article a = parse("https://news.example/harbour", "<nav><a href=\"/harbour\">Harbour plan approved</a></nav>"
                + "<div class=\"hero\"><div class=\"hero-text\"><p class=\"text-style-1\">Harbour plan approved</p></div>"
                + "<div class=\"hero-row\"><div><p class=\"text-style-2\">Harbour Times Team</p></div>"
                + "<div><p class=\"text-style-2\">Sep 2, 2023</p></div></div></div>" + PARAGRAPHS);
        assertEquals("2023-09-02", a.published);
        assertEquals("text after h1", a.provenance.get("published"));
    }

    @Test
    void todaysDateInTheSiteBannerIsNotTheArticles() throws Exception {
        Article a = parse("https://news.example/harbour", "<header role=\"banner\"><p id=\"todays-date\" class=\"date\"><b>Thursday</b>, September 14, 2023</p>"
                + "<a href=\"/\">Harbour Times</a></header>"
                + "<main><h1>Harbour plan approved</h1><div class=\"post-date\">2 September 2023</div>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-02", a.published);
        assertEquals("date element", a.provenance.get("published"));
    }

    @Test
    void todaysDateInThePagesOwnHeaderIsNotTheArticles() throws Exception {
        Article a = parse("https://news.example/harbour", "<header class=\"header\"><div class=\"logo\"><a href=\"/\">Harbour Times</a></div>"
                + "<div class=\"header-date\">Thursday, 14/9/2023</div></header>"
                + "<section><h1>Harbour plan approved</h1><span class=\"date\">Wednesday, 13/9/2023, 09:30</span>" + PARAGRAPHS + "</section>");
        assertEquals("2023-09-13T09:30:00", a.published);
    }

    @Test
    void thePostsDateInAPageHeaderHoldingTheHeadlineIsRead() throws Exception {
        Article a = parse("https://news.example/harbour", "<header><h1>Harbour plan approved</h1><div class=\"date\">2 September 2023</div></header>"
                + "<main>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-02", a.published);
    }

    private static String declared(String published, String modified) {
        return "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Harbour plan approved\","
                + "\"datePublished\":\"" + published + "\",\"dateModified\":\"" + modified + "\"}</script>";
    }

    @Test
    void aPublicationTimeThatIsTheLastSaveGivesWayToTheBylinesDate() throws Exception {
        String body = "<main><h1>Harbour plan approved</h1><div class=\"post-date\">May 14, 2023</div>" + PARAGRAPHS + "</main>";
        Article a = parseWithHead(declared("2023-09-14T16:02:46+00:00", "2023-09-14T16:02:51+00:00"), body);
        assertEquals("2023-05-14", a.published);
        assertEquals("date element (json-ld:datePublished is a save)", a.provenance.get("published"));
        // one save printed in two zones
        assertEquals("2023-05-14", parseWithHead(declared("2023-09-14T14:20:08Z", "2023-09-14T14:20:08-04:00"), body).published);
        // two saves: the declared publication stands
        assertEquals("2023-09-10T08:00:00Z", parseWithHead(declared("2023-09-10T08:00:00Z", "2023-09-14T16:02:51Z"), body).published);
        // the byline prints the declared instant in the site's zone: the same time
        String local = "<main><h1>Harbour plan approved</h1><time datetime=\"2023-09-13T19:57:30-05:00\">13 Sep 2023</time>" + PARAGRAPHS + "</main>";
        assertEquals("2023-09-14T00:57:30Z", parseWithHead(declared("2023-09-14T00:57:30Z", "2023-09-14T00:57:30Z"), local).published);
    }

    @Test
    void aUtcPublicationTimeADayOffThePermalinkTakesThePermalinksDay() throws Exception {
        String body = "<main><h1>Harbour plan approved</h1>" + PARAGRAPHS + "</main>";
        Article a = parse("https://news.example/2023/09/13/harbour-plan/", "<meta property=\"article:published_time\" content=\"2023-09-14T02:41:00+00:00\">", body);
        assertEquals("2023-09-13", a.published);
        assertEquals("url (site's day of article:published_time)", a.provenance.get("published"));
        // the same day, or a time given in the site's zone: as declared
        assertEquals("2023-09-14T02:41:00Z",
                parse("https://news.example/2023/09/14/harbour-plan/", "<meta property=\"article:published_time\" content=\"2023-09-14T02:41:00+00:00\">", body).published);
        assertEquals("2023-09-14T02:41:00+02:00",
                parse("https://news.example/2023/09/13/harbour-plan/", "<meta property=\"article:published_time\" content=\"2023-09-14T02:41:00+02:00\">", body).published);
    }

    @Test
    void aDateInTheAuthorBlockBelowTheText() throws Exception {
        Article a = parse("https://news.example/harbour", "<main><h1>Harbour plan approved</h1>" + PARAGRAPHS
                + "<div class=\"resource-author-details\"><p>Ann Reed</p><small>September 13, 2023</small></div></main>");
        assertEquals("2023-09-13", a.published);
        assertEquals("date element", a.provenance.get("published"));
    }

    @Test
    void aDatelineRightAfterTheHeading() throws Exception {
        Article a = parse("https://news.example/harbour", "<main><h1>Harbour plan approved</h1><p>09/13/2023 10:38 AM</p>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-13T10:38:00", a.published);
        assertEquals("text after h1", a.provenance.get("published"));
    }

    @Test
    void hoursAgoAgainstTheFetchTime() throws Exception {
        Article a = parse("https://news.example/harbour", "<main><h1>Harbour plan approved</h1><span class=\"timestamp\">2 hours ago</span>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-14T10:30:00+02:00", a.published);
    }

    @Test
    void theUrlPathAsALastResort() throws Exception {
        Article a = parse("https://news.example/2023/09/14/harbour-plan-approved/", "<main><h1>Harbour plan approved</h1>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-14", a.published);
        assertEquals("url", a.provenance.get("published"));
    }

    @Test
    void aDateAfterTheWrapperThatHoldsOnlyTheHeading() throws Exception {
        Article a = parse("https://news.example/harbour", "<main><div class=\"title-wrap\"><h1>Harbour plan approved</h1></div>"
                + "<div class=\"details\"><p>By <a href=\"/team/ann-reed\">Ann Reed</a></p><p>- Sep 13, 2023</p></div>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-13", a.published);
        assertEquals("text after h1", a.provenance.get("published"));
    }

    @Test
    void labelledDatesInBrackets() throws Exception {
        Article a = parse("https://news.example/harbour", "<main><p class=\"dateline\">[Last updated on 13 September 2023]</p>"
                + "<h1>Harbour plan approved</h1>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-13", a.published);
    }

    @Test
    void aSiteSpecificMetaNameThatSpeaksOfPublication() throws Exception {
        Article a = parseWithHead("<meta name=\"search:published-date\" content=\"2023-09-12T08:00:00Z\">",
                "<main><h1>Harbour plan approved</h1>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-12T08:00:00Z", a.published);
        assertEquals("search:published-date", a.provenance.get("published"));
    }

    @Test
    void thePageStateOfAScriptRenderedSite() throws Exception {
        Article a = parse("https://news.example/harbour", "<main><h1>Harbour plan approved</h1>" + PARAGRAPHS + "</main>"
                + "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"article\":{\"slug\":\"harbour\","
                + "\"publishedAt\":\"2023-09-11T09:15:00+02:00\",\"related\":[{\"publishedAt\":\"2023-08-01\"}]}}}</script>");
        assertEquals("2023-09-11T09:15:00+02:00", a.published);
        assertEquals("script", a.provenance.get("published"));
    }

    @Test
    void theModificationDateWhenThePageGivesNoOther() throws Exception {
        Article a = parseWithHead("<meta property=\"article:modified_time\" content=\"2023-09-10T10:00:00+00:00\">",
                "<main><h1>Harbour plan approved</h1>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-10T10:00:00Z", a.published);
        assertEquals("article:modified_time", a.provenance.get("published"));
        assertEquals("2023-09-10T10:00:00Z", a.modified);
    }

    @Test
    void aLabelledDateFarFromTheHeadline() throws Exception {
        String menu = "<div class=masthead>" + "<span>Visit</span> <span>Plan</span> <span>Learn</span> ".repeat(12) + "</div>";
        Article a = parse("https://parks.example/lake", "<main>" + menu + "<h1>Harbour plan approved</h1>" + menu + PARAGRAPHS
                + "<p style='text-align:right'>Last updated: November 13, 2022</p></main><footer><p>Contact us</p></footer>");
        assertEquals("2022-11-13", a.published);
        assertEquals("labelled date", a.provenance.get("published"));
    }

    @Test
    void aLabelWithTheDateInTheNextElement() throws Exception {
        Article a = parse("https://training.example/guide", "<div class=hero><div class=label>Published</div><div class=value>October 14, 2022</div>"
                + "<div>in</div><div>Corporate training</div></div>" + "<p>Menu</p>".repeat(30) + "<h1>Harbour plan approved</h1>" + PARAGRAPHS);
        assertEquals("2022-10-14", a.published);
    }

    /** A blog template's header: the date as the site's locale writes it, above the author. */
    private Article blogPost(String url, String htmlAttributes, String head) throws Exception {
        Document d = new Document();
        d.url = url;
        d.mediaType = "text/html";
        d.content = ("<!DOCTYPE html><html" + htmlAttributes + "><head><title>Harbour plan approved</title>" + head + "</head><body>"
                + "<div class=\"post-header\"><h1>Harbour plan approved</h1><div class=\"post-date\"><span>03/10/2023</span></div>"
                + "<div class=\"post-author\">by <span>Ann Reed</span></div></div><article>" + PARAGRAPHS + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        return parser.parse(d);
    }

    @Test
    void numericDatesAreReadInThePagesLocale() throws Exception {
        // no locale: slashes month first, as before
        assertEquals("2023-03-10", blogPost("https://wine.example/blog/types", "", "").published);
        assertEquals("2023-03-10", blogPost("https://wine.example/blog/types", " lang=\"en-US\"", "").published);
        // a British, German or French page writes the day first
        assertEquals("2023-10-03", blogPost("https://wine.example/blog/types", " lang=\"en-GB\"", "").published);
        assertEquals("2023-10-03", blogPost("https://wine.example/blog/types", " lang=\"de\"", "").published);
        assertEquals("2023-10-03", blogPost("https://wine.example/blog/types", " lang=\"en\"",
                "<meta property=\"og:locale\" content=\"en_AU\">").published);
        // "en" alone, the region given by the alternate link that points to the page itself
        assertEquals("2023-10-03", blogPost("https://wine.example/blog/types", " lang=\"en\"",
                "<link rel=\"alternate\" href=\"https://wine.example/blog/types\" hreflang=\"EN-GB\">").published);
        // ... but not by a link to a translation
        assertEquals("2023-03-10", blogPost("https://wine.example/blog/types", " lang=\"en\"",
                "<link rel=\"alternate\" href=\"https://wine.example/uk/blog/types\" hreflang=\"en-GB\">").published);
        // the country's domain only when the locale says nothing
        assertEquals("2023-10-03", blogPost("https://wine.example.co.uk/blog/types", " lang=\"en\"", "").published);
        assertEquals("2023-03-10", blogPost("https://wine.example.co.uk/blog/types", " lang=\"en-US\"", "").published);
    }

    @Test
    void aDateThatIsOneFieldOfAMetaLine() throws Exception {
        Article a = parse("https://notes.example/blog/harbour", "<main><div class=\"p-4\"><h1 class=\"text-4xl\">Harbour plan approved</h1>"
                + "<p class=\"pt-3\"><span>Essay - Published: 2023.09.14 | </span><a href=\"/tags/harbour\">harbour</a></p>"
                + PARAGRAPHS + "</div></main>");
        assertEquals("2023-09-14", a.published);
        assertEquals("text after h1", a.provenance.get("published"));
        Article b = parse("https://notes.example/blog/harbour", "<main><h1>Harbour plan approved</h1>"
                + "<div><span>Ann Reed \u00B7 14 Sep 2023 \u00B7 5 min read</span></div>" + PARAGRAPHS + "</main>");
        assertEquals("2023-09-14", b.published);
        // a sentence with a dash is no meta line
        Article c = parse("https://notes.example/blog/harbour", "<main><h1>Harbour plan approved</h1>"
                + "<div><span>The vote - held on 14 Sep 2023 - was close</span></div>" + PARAGRAPHS + "</main>");
        assertEquals(null, c.published);
    }

    @Test
    void aDateWithTheBylineAfterIt() throws Exception {
        Article a = parse("https://notes.example/articles/harbour", "<h1>Harbour plan approved</h1>" + "<p>Menu</p>".repeat(30) + PARAGRAPHS
                + "<div style='text-align:center'>Posted on the 15/12/2022 at 19:00 by <a href=\"https://code.example/jdoe\">@jdoe</a></div>");
        assertEquals("2022-12-15T19:00:00", a.published);
        assertEquals("labelled date", a.provenance.get("published"));
        Article b = parse("https://notes.example/articles/harbour", "<h1>Harbour plan approved</h1>" + "<p>Menu</p>".repeat(30) + PARAGRAPHS
                + "<div class=box><i>Last updated March 3, 2022 by <a href=\"/\">Ann Reed</a>.</i></div>");
        assertEquals("2022-03-03", b.published);
        // a sentence with "by" in it is no date
        Article c = parse("https://notes.example/articles/harbour", "<h1>Harbour plan approved</h1>" + "<p>Menu</p>".repeat(30) + PARAGRAPHS
                + "<div class=box>Updated plans by the council are due in March 2022</div>");
        assertEquals(null, c.published);
    }

    @Test
    void aDateUnderTheBylineOfAnAuthorBoxAtTheFoot() throws Exception {
        String foot = "<div class=\"tags\"><a href=\"/tag/harbour\">harbour</a></div><div><div><p class=\"text-t600\">Written by "
                + "<a href=\"/blog/author/ann-reed\">Ann Reed and Jo Lee</a></p><p class=\"text-t600\">April 8, 2022</p></div></div>";
        Article a = parse("https://notes.example/blog/harbour", "<h1>Harbour plan approved</h1>" + "<p>Menu</p>".repeat(30) + PARAGRAPHS + foot);
        assertEquals("2022-04-08", a.published);
        assertEquals("labelled date", a.provenance.get("published"));
        // further than the name and the next text: not the byline's date
        Article b = parse("https://notes.example/blog/harbour", "<h1>Harbour plan approved</h1>" + "<p>Menu</p>".repeat(30) + PARAGRAPHS
                + foot.replace("<p class=\"text-t600\">April", "<p>Editor</p><p>Harbour desk</p><p class=\"text-t600\">April"));
        assertEquals(null, b.published);
    }

    @Test
    void aDateUnderABylineLabelOfAnyLanguage() throws Exception {
        // the labels come from BylineWords: every English verb before "by", every language's "written by"
        for (String label : new String[] {"Reported by", "Words by", "Scritto da", "Verfasst von", "Geschreven door"}) {
            String foot = "<div><div><p class=\"text-t600\">" + label + " <a href=\"/blog/author/ann-reed\">Ann Reed</a></p>"
                    + "<p class=\"text-t600\">April 8, 2022</p></div></div>";
            Article a = parse("https://notes.example/blog/harbour", "<h1>Harbour plan approved</h1>" + "<p>Menu</p>".repeat(30) + PARAGRAPHS + foot);
            assertEquals("2022-04-08", a.published, label);
            assertEquals("labelled date", a.provenance.get("published"), label);
        }
    }
}
