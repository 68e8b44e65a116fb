package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

class TagLinksTest {

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void thePostsTagLinksAreItsTagsButNotItsCategoryNorTheSitesTagWidgets() {
        String body = "<header><div class=\"search-overlay\"><h5>Trending tags</h5><ul>"
                + "<li><a href=\"/tag/elections/\" rel=\"tag\">Elections</a></li></ul></div></header>"
                + "<article><h1>Harbour Ferry Timetable Changes From Monday</h1>"
                + "<p class=\"meta\">in <a href=\"/category/local/\" rel=\"category tag\">Local</a></p>"
                + paragraphs("The harbour ferry will run every twenty minutes from Monday, the port authority said,"
                        + " after a winter in which the crossing ran only once an hour.",
                        "Early boats at six and half past six are added for shift workers at the container terminal.")
                + "<p class=\"tags\">Tags: <a href=\"/tag/ferries/\" rel=\"tag\">Ferries</a>, "
                + "<a href=\"/tag/harbour/\" rel=\"tag\">Harbour</a></p></article>"
                + "<aside class=\"sidebar\"><a href=\"/tag/weather/\" rel=\"tag\">Weather</a></aside>"
                + "<div class=\"widget_tag_cloud\"><a href=\"/tag/sport/\" rel=\"tag\">Sport</a></div>";
        Article a = parser.parse(page("https://harbour-news.example/2024/03/ferry-timetable/",
                "Harbour Ferry Timetable Changes From Monday", "<meta name=\"keywords\" content=\"ferry, harbour\">", body));

        assertEquals(List.of("ferry", "harbour", "Ferries"), a.tags);
        assertEquals("meta:keywords,a[rel=tag]", a.provenance.get("tags"));
    }

    @Test
    void classesAboveTheHeadlinesRegionSayNothingOfTheLinksInIt() {
        String body = "<div class=\"fl-search-active no-widgets\"><article><h1>Harbour Ferry Timetable Changes</h1>"
                + paragraphs("The harbour ferry will run every twenty minutes from Monday, the port authority said,"
                        + " after a winter in which the crossing ran only once an hour.")
                + "<p class=\"tags researcher-notes\"><a href=\"/tag/ferries/\" rel=\"tag\">Ferries</a></p></article>"
                + "<div class=\"tagcloud\"><a href=\"/tag/weather/\" rel=\"tag\">Weather</a></div></div>";
        Article a = parser.parse(page("https://harbour-news.example/2024/03/ferry-timetable/",
                "Harbour Ferry Timetable Changes", "", body));

        assertEquals(List.of("Ferries"), a.tags);
    }

    private Article news(String afterText) {
        String body = "<nav><a href=\"/topics/politics\">Politics</a><a href=\"/topics/weather\">Weather</a></nav>"
                + "<main><article><h1>Harbour Ferry Timetable Changes From Monday</h1>"
                + paragraphs("The harbour ferry will run every twenty minutes from Monday, the port authority said, after a winter in"
                        + " which the crossing ran only once an hour and <a href=\"/topics/commuting\">commuters</a> waited in the rain.",
                        "Early boats at six and half past six are added for shift workers at the container terminal.")
                + afterText + "</article></main>";
        return parser.parse(page("https://harbour-news.example/news/ferry-timetable", "Harbour Ferry Timetable Changes From Monday", "", body));
    }

    @Test
    void linksToTagsPagesUnderTheArticleAreItsTagsWhenThePageDeclaresNone() {
        Article a = news("<div class=\"topics\"><h2>Related Topics</h2><ul><li><a href=\"/topics/ferries\">Ferries</a></li>"
                + "<li><a href=\"https://harbour-news.example/topics/harbour/\">Harbour</a></li>"
                + "<li><a href=\"/tag/transport?ref=article\">#Transport</a></li></ul></div>");

        assertEquals(List.of("Ferries", "Harbour", "Transport"), a.tags, "not the menu's topics, nor the topic linked in a paragraph");
        assertEquals("tag link", a.provenance.get("tags"));
    }

    @Test
    void theSitesIndexOfTagsAndAForumsThreadsAreNoTags() {
        StringBuilder index = new StringBuilder("<ul class=\"all-topics\">");
        for (int i = 1; i <= 25; i++) {
            index.append("<li><a href=\"/topics/topic-").append(i).append("\">Topic ").append(i).append("</a></li>");
        }
        assertNull(news(index + "</ul>").tags);
        assertNull(news("<p><a href=\"/t/ferry-timetable-thread/1234\">Discuss this story</a></p>").tags);
        assertNull(news("<ul class=\"links\"><li><a href=\"https://video.example/t/terms\">Terms</a></li>"
                + "<li><a href=\"https://blogs.example/tag/ferries\">Ferries</a></li></ul>").tags, "another site's tags are not the post's");
    }
}
