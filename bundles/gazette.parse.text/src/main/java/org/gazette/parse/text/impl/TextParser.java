package org.gazette.parse.text.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;

import org.gazette.api.Parser;
import org.gazette.api.StageProperties;
import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.gazette.api.model.PageKind;
import org.gazette.api.model.SourceItem;
import org.gazette.support.Sizes;
import org.gazette.text.Attributions;
import org.gazette.text.DecodedText;
import org.gazette.text.Languages;
import org.gazette.text.TextDecoding;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Parses {@code text/plain} documents into articles: the first line is the title, an optional
 * byline ("By ...", "Von ...", "Por ...", "Par ...") and date line follow, and blank-line separated
 * blocks are the paragraphs. Decoding, bylines and dates are {@code org.gazette.text}'s. Language
 * comes from the source's hint only.
 */
@Component(service = Parser.class, configurationPid = TextParser.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = StageProperties.PARSER_TYPES + "=text/plain")
@Designate(ocd = TextParser.Config.class)
public class TextParser implements Parser {

    /** The configuration PID. */
    public static final String PID = "org.gazette.parse.text";

    /** Configuration of the plain-text parser. */
    @ObjectClassDefinition(id = PID, name = "Gazette plain-text parser",
            description = "Turns text/plain documents into articles.")
    public @interface Config {
        /** @return the largest document accepted */
        @AttributeDefinition(name = "Largest document",
                description = "Documents larger than this are rejected before decoding: 512, 64KB, 10MB or 1GB.")
        String maxBytes() default "10MB";
    }

    private final TextDecoding decoding;
    private final Languages languages = new Languages();

    /**
     * @param config the configuration
     * @throws org.gazette.support.InvalidPropertyException when {@code maxBytes} is not a positive size
     */
    @Activate
    public TextParser(Config config) {
        this.decoding = TextDecoding.forMediaType("text/plain")
                .withLimit(Sizes.parse("maxBytes", config.maxBytes()), "maxBytes " + config.maxBytes().trim());
    }

    @Override
    public Article parse(Document document) {
        DecodedText decoded = decoding.decode(document.content, document.charset);
        PlainTextLayout.Layout layout = PlainTextLayout.read(decoded.text());
        if (layout == null) {
            throw new IllegalArgumentException("empty document (only whitespace)");
        }
        SourceItem item = document.item != null ? document.item : new SourceItem();
        Article article = new Article();
        article.provenance = new LinkedHashMap<>();
        article.metadata = new LinkedHashMap<>();
        article.url = document.finalUrl != null ? document.finalUrl : document.url;
        article.title = pick(article, "title", layout.title(), layout.titleFrom(), item.title);
        if (layout.authors() != null) {
            article.authors = layout.authors();
            article.provenance.put("authors", "byline line");
        } else if (item.authors != null && !item.authors.isEmpty()) {
            article.authors = new ArrayList<>(item.authors);
            article.provenance.put("authors", "item");
        }
        article.published = pick(article, "published", layout.published(), layout.publishedFrom(), item.published);
        article.siteName = pick(article, "siteName", layout.siteName(), "mail header", null);
        if (!layout.tags().isEmpty()) {
            article.tags = layout.tags();
            article.provenance.put("tags", "tag line");
        }
        article.language = pick(article, "language", null, null, item.language);
        article.description = pick(article, "description", null, null, item.summary);
        article.text = layout.paragraphs().isEmpty() ? null : String.join("\n\n", layout.paragraphs());
        for (String paragraph : layout.paragraphs()) {
            String source = Attributions.of(paragraph);
            if (source != null) {
                article.attributions = article.attributions == null ? new ArrayList<>() : article.attributions;
                article.attributions.add(source);
            }
        }
        if (article.language == null && article.text != null) {
            article.language = languages.detect(article.text);
            if (article.language != null) {
                article.provenance.put("language", "detected from the text");
            }
        }
        article.kind = article.text != null ? PageKind.ARTICLE : PageKind.OTHER;
        if (article.text == null) {
            article.metadata.put("parse.kindReason", "no paragraphs after the title");
        }
        article.metadata.put("parse.charset", decoded.describe());
        return article;
    }

    private static String pick(Article article, String field, String found, String from, String hint) {
        if (found != null) {
            article.provenance.put(field, from);
            return found;
        }
        if (hint != null && !hint.isBlank()) {
            article.provenance.put(field, "item");
            return hint.trim();
        }
        return null;
    }
}
