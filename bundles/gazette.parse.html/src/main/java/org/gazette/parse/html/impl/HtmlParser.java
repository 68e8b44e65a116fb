package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.gazette.api.Parser;
import org.gazette.api.StageProperties;
import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.gazette.api.model.SourceItem;
import org.gazette.support.Sizes;
import org.gazette.text.Attributions;
import org.gazette.text.DecodedText;
import org.gazette.text.Languages;
import org.gazette.text.TextDecoding;
import org.jsoup.Jsoup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Parses HTML pages into articles with jsoup: decodes the bytes ({@link TextDecoding}, with the
 * page's own declaration read by {@link MetaCharset}), reads metadata from meta tags and JSON-LD
 * ({@link Titles}, {@link Authors}, {@link Dates}, {@link PageMetadata}) and extracts the body
 * text without boilerplate ({@link BodyText}).
 * Records where each field came from in {@link Article#provenance}.
 */
@Component(service = Parser.class, configurationPid = HtmlParser.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {StageProperties.PARSER_TYPES + "=text/html",
            StageProperties.PARSER_TYPES + "=application/xhtml+xml"})
@Designate(ocd = HtmlParser.Config.class)
public class HtmlParser implements Parser {

    /** The configuration PID. */
    public static final String PID = "org.gazette.parse.html";

    /** Configuration of the HTML parser. */
    @ObjectClassDefinition(id = PID, name = "Gazette HTML parser",
            description = "Turns HTML pages into articles: metadata, byline, dates and body text.")
    public @interface Config {
        /** @return the largest document accepted */
        @AttributeDefinition(name = "Largest document",
                description = "Pages larger than this are rejected before decoding: 512, 64KB, 10MB or 1GB.")
        String maxBytes() default "10MB";
    }

    private final TextDecoding decoding;
    private final Languages languages = new Languages();

    /**
     * @param config the configuration
     * @throws org.gazette.support.InvalidPropertyException when {@code maxBytes} is not a positive size
     */
    @Activate
    public HtmlParser(Config config) {
        this.decoding = MetaCharset.decoding(Sizes.parse("maxBytes", config.maxBytes()),
                "maxBytes " + config.maxBytes().trim());
    }

    @Override
    public Article parse(Document document) {
        DecodedText decoded = decoding.decode(document.content, document.charset);
        if (decoded.text().isBlank()) {
            throw new IllegalArgumentException("empty document (only whitespace)");
        }
        try {
            return extract(document, decoded);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("document is nested too deeply to parse (stack overflow)");
        }
    }

    private Article extract(Document document, DecodedText decoded) {
        String url = document.finalUrl != null ? document.finalUrl : document.url;
        String html = Mojibake.mayBeDoubleEncoded(document.content, decoded.charset()) ? Mojibake.repair(decoded.text()) : decoded.text();
        org.jsoup.nodes.Document doc = Jsoup.parse(html, url == null ? "" : url);
        SourceItem item = document.item != null ? document.item : new SourceItem();
        StreamedChunks.reassemble(doc, html); // before the index: it moves elements
        TagIndex tags = new TagIndex(doc);
        Page page = new Page(doc, tags, new MetaTags(tags), JsonLd.read(tags), item, Page.fetchTime(document.fetched));

        Article article = new Article();
        article.provenance = new LinkedHashMap<>();
        article.url = url;
        article.siteName = set(article, "siteName", PageMetadata.siteName(page));
        Titles.Headline headline = Titles.find(page, article.siteName);
        article.title = set(article, "title", headline.pick());
        Pick<List<String>> authors = Authors.find(page, article.siteName);
        article.authors = set(article, "authors", authors);
        Pick<String> modified = Dates.modified(page);
        article.published = set(article, "published", Dates.published(page, modified, article.title));
        article.modified = set(article, "modified", modified);
        article.language = set(article, "language", PageMetadata.language(page));
        article.canonicalUrl = set(article, "canonicalUrl", PageMetadata.canonicalUrl(page));
        article.leadImage = set(article, "leadImage", PageMetadata.leadImage(page));
        article.description = set(article, "description", PageMetadata.description(page));
        article.section = set(article, "section", PageMetadata.section(page, article.canonicalUrl));
        article.tags = set(article, "tags", PageMetadata.tags(page));
        Figures.Found figures = Figures.find(page);
        article.images = figures.images();
        article.metadata = page.meta().asMetadata();
        article.metadata.put("parse.charset", decoded.describe());

        BodyText.Body body = BodyText.extract(doc.body(), tags, article.title, headline.printed(),
                Authors.people(authors), article.description, article.canonicalUrl);
        if (!body.paragraphs().isEmpty()) {
            article.text = String.join("\n\n", body.paragraphs());
            article.provenance.put("text", body.container());
        }
        Figures.addCredits(page, figures, body.credits());
        if (article.leadImage == null && !body.paragraphs().isEmpty()) {
            article.leadImage = set(article, "leadImage", LeadImages.inBody(page, body.root()));
        }
        // double-encoded text that the page writes as entities ("isn&acirc;&euro;&trade;t", a CMS that
        // escapes every non-ASCII character of text it had misread) is only text now, after jsoup
        // decoded the entities: the repair of the page's bytes above could not see it
        article.text = repaired(article.text);
        article.title = repaired(article.title);
        article.description = repaired(article.description);
        article.attributions = attributions(body.paragraphs());
        if (article.language == null && article.text != null) {
            article.language = languages.detect(article.text);
            if (article.language != null) {
                article.provenance.put("language", "detected from the text");
            }
        }
        PageKinds.Verdict verdict = PageKinds.classify(page, page.meta().first("article:published_time") != null, body, article.images);
        article.kind = verdict.kind();
        if (verdict.reason() != null) {
            article.metadata.put("parse.kindReason", verdict.reason());
        }
        return article;
    }

    /** "Source: Anadolu Agency" lines of the body. */
    private static List<String> attributions(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String source = Attributions.of(p);
            if (source != null && !out.contains(source)) {
                out.add(source);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static String repaired(String text) {
        return text == null ? null : Mojibake.repair(text);
    }

    private static <T> T set(Article article, String field, Pick<T> pick) {
        if (pick == null) {
            return null;
        }
        article.provenance.put(field, pick.from());
        return pick.value();
    }
}
