package org.gazette.benchmarks.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * The peer: Readability4J (a port of Mozilla's Readability). jsoup decodes the bytes (BOM, then the
 * page's meta charset, else UTF-8); the article element is turned into paragraphs by
 * {@link BlockText}, and its title and byline are taken. Readability finds no dates.
 */
final class ReadabilityExtractor implements Extractor {

    @Override
    public String name() {
        return "readability";
    }

    @Override
    public boolean findsDates() {
        return false;
    }

    @Override
    public Extracted extract(String url, byte[] html) throws IOException {
        String base = url == null ? "" : url;
        org.jsoup.nodes.Document doc = Jsoup.parse(new ByteArrayInputStream(html), null, base);
        Article article = new Readability4J(base, doc).parse();
        Element content = article.getArticleContent();
        String text = content == null ? null : BlockText.of(content);
        String byline = article.getByline();
        List<String> authors = byline == null || byline.isBlank() ? List.of() : List.of(byline);
        return new Extracted(article.getTitle(), authors, null, text, null);
    }
}
