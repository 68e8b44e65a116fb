package org.gazette.benchmarks.eval;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.gazette.parse.html.impl.HtmlParser;

/**
 * Gazette's HTML parser, through its public constructor and {@code parse} only, with the default
 * configuration.
 */
final class GazetteExtractor implements Extractor {

    private final HtmlParser parser = new HtmlParser(new DefaultConfig());

    @Override
    public String name() {
        return "gazette";
    }

    @Override
    public boolean findsDates() {
        return true;
    }

    @Override
    public Extracted extract(String url, byte[] html) {
        Document document = new Document();
        document.url = url;
        document.status = 200;
        document.headers = Map.of();
        document.mediaType = "text/html";
        document.content = html;
        Article article = parser.parse(document);
        String container = article.provenance == null ? null : article.provenance.get("text");
        String reason = article.metadata == null ? null : article.metadata.get("parse.kindReason");
        String note = "kind=" + article.kind + (reason == null ? "" : " (" + reason + ")")
                + (container == null ? "" : " text<-" + container)
                + (article.authors == null || article.authors.isEmpty() ? "" : " authors<-" + article.provenance.get("authors"))
                + (article.published == null ? "" : " published<-" + article.provenance.get("published"))
                + (article.modified == null ? "" : " modified=" + article.modified);
        return new Extracted(article.title, article.authors == null ? List.of() : article.authors,
                article.published, article.text, note);
    }

    /** The parser's defaults, as a configuration instance. */
    private static final class DefaultConfig implements HtmlParser.Config {
        @Override
        public String maxBytes() {
            return "10MB";
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return HtmlParser.Config.class;
        }
    }
}
