package org.gazette.parse.html.impl;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
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

    static byte[] read(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            return in.readAllBytes();
        }
    }
}
