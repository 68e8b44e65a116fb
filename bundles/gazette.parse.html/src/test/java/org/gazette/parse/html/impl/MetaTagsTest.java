package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetaTagsTest {

    private static MetaTags of(String body) {
        return new MetaTags(Jsoup.parse("<html><head><meta property=\"og:title\" content=\"Harbour Bridge Reopens\"></head><body>"
                + body + "</body></html>"));
    }

    @Test
    void aReadersCommentsMicrodataIsNotThePages() {
        MetaTags tags = of("<article><h1>Harbour Bridge Reopens</h1><p>The bridge is open again.</p></article>"
                + "<ol class=\"reader-replies\"><li itemscope itemtype=\"https://schema.org/Comment\">"
                + "<meta itemprop=\"datePublished\" content=\"2023-09-20T08:00:00Z\"><p>Great news!</p></li></ol>"
                + "<div id=\"comments\"><div itemscope><meta itemprop=\"dateCreated\" content=\"2023-09-21\"></div></div>");

        assertNull(tags.first("datepublished"));
        assertNull(tags.first("datecreated"));
        assertEquals("Harbour Bridge Reopens", tags.first("og:title").value());
    }

    @Test
    void aNamedTagCountsWhereverItStands() {
        MetaTags tags = of("<div id=\"comments\"><meta name=\"date\" content=\"2023-09-14\"></div>");

        assertEquals("2023-09-14", tags.first("date").value());
    }

    @Test
    void thePostsOwnMicrodataCounts() {
        MetaTags tags = of("<article itemscope itemtype=\"https://schema.org/NewsArticle\">"
                + "<meta itemprop=\"datePublished\" content=\"2023-09-14T09:30:00+02:00\"><h1>Harbour Bridge Reopens</h1></article>");

        assertEquals("2023-09-14T09:30:00+02:00", tags.first("datepublished").value());
    }
}
