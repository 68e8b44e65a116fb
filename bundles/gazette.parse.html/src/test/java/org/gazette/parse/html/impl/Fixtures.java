package org.gazette.parse.html.impl;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gazette.api.model.Document;
import org.gazette.api.model.SourceItem;

/** Builds configurations and documents for the tests. */
final class Fixtures {

    private Fixtures() {
    }

    static HtmlParser.Config config(String maxBytes) {
        return new HtmlParser.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return HtmlParser.Config.class;
            }

            @Override
            public String maxBytes() {
                return maxBytes;
            }
        };
    }

    /**
     * @param url the page's address
     * @param html the whole page
     * @return the page in UTF-8 as the parser gets it from a source that gives hints
     */
    static Document document(String url, String html) {
        return document(url, html.getBytes(StandardCharsets.UTF_8));
    }

    static Document document(String url, byte[] content) {
        Document d = new Document();
        d.url = url;
        d.finalUrl = url;
        d.mediaType = "text/html";
        d.content = content;
        d.item = new SourceItem();
        d.item.url = url;
        d.item.title = "Hint title";
        d.item.authors = List.of("Hint Author");
        d.item.published = "2020-01-01";
        d.item.language = "en";
        return d;
    }

    /**
     * @param url the page's address
     * @param html the whole page
     * @return the page as the parser gets it from a source that gives no hints (no title, authors or
     *         date of its own), in UTF-8: for tests of what the page alone declares
     */
    static Document unhinted(String url, String html) {
        Document d = new Document();
        d.url = url;
        d.mediaType = "text/html";
        d.content = html.getBytes(StandardCharsets.UTF_8);
        return d;
    }

    /**
     * @param url the page's address
     * @param title the page's {@code <title>}
     * @param head more markup for the head, or ""
     * @param body the body's markup
     * @return the page as the parser gets it, in UTF-8
     */
    static Document page(String url, String title, String head, String body) {
        String html = "<html><head><title>" + title + "</title>" + head + "</head><body>" + body + "</body></html>";
        return document(url, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Three paragraphs of a gardening blog's article, for tests of what a box among them does to the text. */
    static final String[] GREENHOUSE = {
        "A greenhouse extends the season by six weeks at each end in most northern gardens.",
        "Ventilation matters more than heating: a closed greenhouse cooks its seedlings by noon in May.",
        "Shade paint on the south glass is cheaper than blinds and washes off in the autumn rain.",
    };

    /** @return the gardening blog's page with the given body markup, as the parser gets it */
    static Document greenhousePage(String body) {
        return page("https://www.allotment-notes.example/greenhouse", "Running a small greenhouse", "", body);
    }

    /** @return one {@code <p>} element per text */
    static String paragraphs(String... texts) {
        StringBuilder out = new StringBuilder();
        for (String t : texts) {
            out.append("<p>").append(t).append("</p>");
        }
        return out.toString();
    }

    static byte[] read(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            return in.readAllBytes();
        }
    }
}
