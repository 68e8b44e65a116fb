package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.document;
import static org.gazette.parse.html.impl.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.PageKind;
import org.junit.jupiter.api.Test;

/**
 * Exact body text and metadata on pages modelled on common CMS templates: a Drupal node, an AMP
 * page, a right-to-left page, and a WordPress post with a comment section and an SMS opt-in.
 */
class TemplatesTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String url, String fixture) throws Exception {
        return parser.parse(document(url, read(fixture)));
    }

    @Test
    void drupalNode() throws Exception {
        Article a = parse("https://fenmoor-gazette.example/node/812", "drupal-article.html");
        assertEquals(PageKind.ARTICLE, a.kind);
        assertEquals("Valley water board approves new treatment works", a.title);
        assertEquals(List.of("Ruth Okonjo"), a.authors);
        assertEquals("2024-02-20T16:45:00Z", a.published);
        assertEquals("en", a.language);
        assertEquals("Environment", a.section);
        assertEquals("Fenmoor Gazette", a.siteName);
        assertEquals("https://fenmoor-gazette.example/news/valley-water-board-approves-new-treatment-works", a.canonicalUrl);
        assertEquals(String.join("\n\n",
                "The Fenmoor Valley water board has approved a £9 million treatment works that will serve 40,000 homes from the autumn of 2026.",
                "Board members voted seven to one on Tuesday after a three-hour meeting in the Mill Street chamber.",
                "Why a new plant",
                "The current works, built in 1968, has failed two inspections since 2021, according to the regional environment agency.",
                "“We cannot keep patching a plant that is older than most of the people who run it,” said the board's chair, Dev Anand.",
                "The single vote against came from Councillor Hilda Marsh, who asked for the cost to be shared with the neighbouring district."),
                a.text);
    }

    @Test
    void ampPage() throws Exception {
        Article a = parse("https://northsound-daily.example/amp/2024/03/night-ferry-cancelled", "amp-article.html");
        assertEquals(PageKind.ARTICLE, a.kind);
        assertEquals("Night ferry cancelled for a week as engine is replaced", a.title);
        assertEquals(List.of("Iona MacLeod"), a.authors);
        assertEquals("2024-03-05T06:20:00Z", a.published);
        assertEquals("2024-03-05T09:02:00Z", a.modified);
        assertEquals("Northsound Daily", a.siteName);
        assertEquals("https://northsound-daily.example/2024/03/night-ferry-cancelled", a.canonicalUrl);
        assertEquals("https://northsound-daily.example/img/ferry-1200.jpg", a.leadImage);
        assertEquals(String.join("\n\n",
                "The overnight ferry between Port Skerry and the islands will not sail until next Tuesday while its main engine is replaced, the operator said.",
                "Passengers with bookings can travel on the morning sailing at no extra cost or ask for a refund.",
                "Freight lorries will be given priority on the two daytime crossings, which could mean waits for cars.",
                "The harbour master, Callum Reid, said the work had been planned for the spring but was brought forward after a fault last month."),
                a.text);
    }

    @Test
    void rightToLeftPage() throws Exception {
        Article a = parse("https://alwaha-news.example/culture/new-library?ref=home", "rtl-article.html");
        assertEquals(PageKind.ARTICLE, a.kind);
        assertEquals("افتتاح مكتبة عامة جديدة في وسط المدينة", a.title);
        assertEquals(List.of("سارة الحداد"), a.authors);
        assertEquals("2024-04-11T10:00:00+03:00", a.published);
        assertEquals("ar", a.language);
        assertEquals("صحيفة الواحة", a.siteName);
        assertEquals(String.join("\n\n",
                "افتتحت البلدية يوم الخميس مكتبة عامة جديدة في وسط المدينة تضم أكثر من ثلاثين ألف كتاب.",
                "وقال رئيس البلدية إن المكتبة ستفتح أبوابها كل يوم من التاسعة صباحا حتى العاشرة مساء.",
                "وتضم المكتبة قاعة للأطفال وأخرى للدراسة ومقهى صغيرا في الطابق الأرضي.",
                "وأضاف أن الدخول مجاني لجميع السكان، وأن بطاقة الاستعارة تصدر خلال دقائق."),
                a.text);
    }

    @Test
    void postWithCommentsAndAnSmsOptIn() throws Exception {
        Article a = parse("https://hollybridge-herald.example/2024/01/09/school-crossing-patrol-returns/", "comments-article.html");
        assertEquals(PageKind.ARTICLE, a.kind);
        assertEquals("School crossing patrol to return after parents' campaign", a.title);
        assertEquals(List.of("Tom Pearce"), a.authors);
        assertEquals("2024-01-09T12:15:00Z", a.published);
        assertEquals("en-US", a.language);
        assertEquals(String.join("\n\n",
                "A school crossing patrol on Station Road will return next month after more than 600 parents signed a petition, the county council has confirmed.",
                "The patrol was withdrawn in the summer when the last warden retired and no one applied for the post.",
                "“We are delighted, and a little surprised at how quickly it happened,” said Anita Shah, who started the petition.",
                "The council said a new warden had been recruited and would start on 5 February."),
                a.text);
    }
}
