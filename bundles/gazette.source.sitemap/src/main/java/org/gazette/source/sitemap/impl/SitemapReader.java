package org.gazette.source.sitemap.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.xml.sax.SAXParseException;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

/**
 * Parses one sitemap document with crawler-commons' {@link SiteMapParser}: sitemap indexes, XML URL
 * sets with the Google News extension, and plain text URL lists. The document must already be
 * decompressed. crawler-commons' SAX parser refuses any DOCTYPE, so entity bombs and external
 * entities fail the parse.
 */
final class SitemapReader {

    /**
     * @param content the document, decompressed
     * @param url where it came from
     * @return what it lists
     * @throws SitemapFormatException when it is not a sitemap crawler-commons can read
     */
    Sitemap read(byte[] content, URI url) throws SitemapFormatException {
        AbstractSiteMap parsed = parse(content, url);
        if (parsed.isIndex()) {
            List<Sitemap.Child> children = new ArrayList<>();
            for (AbstractSiteMap child : ((SiteMapIndex) parsed).getSitemaps()) {
                URI childUrl = uri(child.getUrl());
                if (childUrl != null) {
                    children.add(new Sitemap.Child(childUrl, date(child.getLastModified())));
                }
            }
            return new Sitemap.Index(children);
        }
        List<Sitemap.Entry> entries = new ArrayList<>();
        for (SiteMapURL u : ((SiteMap) parsed).getSiteMapUrls()) {
            entries.add(entry(u));
        }
        return new Sitemap.UrlSet(entries);
    }

    private static AbstractSiteMap parse(byte[] content, URI url) throws SitemapFormatException {
        // strict=false: news sitemaps often live in a folder (/sitemaps/news.xml) that their URLs are not under
        SiteMapParser parser = new SiteMapParser(false, false);
        parser.enableExtension(Extension.NEWS);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the JAXP lookup consults the context class loader: make it this bundle's, so that the JDK's
        // parser is used whatever the calling thread carries
        thread.setContextClassLoader(SitemapReader.class.getClassLoader());
        try {
            return parser.parseSiteMap(content, url.toURL());
        } catch (UnknownFormatException | java.io.IOException | RuntimeException e) {
            throw new SitemapFormatException(problem(e), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Sitemap.Entry entry(SiteMapURL u) {
        String title = null;
        OffsetDateTime published = null;
        String language = null;
        String publication = null;
        List<String> keywords = List.of();
        ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata metadata : news) {
                if (metadata instanceof NewsAttributes n) {
                    title = blankToNull(n.getTitle());
                    published = n.getPublicationDateTime() == null ? null : n.getPublicationDateTime().toOffsetDateTime();
                    language = blankToNull(n.getLanguage());
                    publication = blankToNull(n.getName());
                    keywords = n.getKeywords() == null ? List.of() : List.of(n.getKeywords());
                    break;
                }
            }
        }
        return new Sitemap.Entry(u.getUrl().toString(), date(u.getLastModified()), title, published, language, publication, keywords);
    }

    /** The most useful message in a parse failure: the SAX problem with its position, else crawler-commons' own. */
    static String problem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return "not well-formed XML at line " + sax.getLineNumber() + ", column " + sax.getColumnNumber()
                        + ": " + sax.getMessage();
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static OffsetDateTime date(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static URI uri(URL url) {
        try {
            return url == null ? null : url.toURI().normalize();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
