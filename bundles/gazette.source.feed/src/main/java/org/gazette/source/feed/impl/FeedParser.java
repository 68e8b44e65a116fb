package org.gazette.source.feed.impl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;

/**
 * Reads RSS 0.9x and 2.0, RSS 1.0 and 0.90 (RDF) and Atom 1.0 and 0.3 in one streaming pass over
 * the document with {@link XmlCursor}. Lenient about what real feeds do (missing namespaces, HTML
 * in titles, dates in odd formats, relative links), strict about what makes XML dangerous.
 */
final class FeedParser {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ATOM_03 = "http://purl.org/atom/ns#";
    static final String RSS_10 = "http://purl.org/rss/1.0/";
    static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DC_TERMS = "http://purl.org/dc/terms/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    /** Namespaces in which the core elements (title, link, description ...) of a feed are written. */
    private static final Set<String> CORE = Set.of("", RSS_10, RSS_090, ATOM, ATOM_03);
    private static final int MAX_TEXT = 256 * 1024;
    private static final int MAX_SHORT = 4096;

    private final XMLInputFactory factory = SafeXml.factory();
    private final XmlLimits limits;

    FeedParser(XmlLimits limits) {
        this.limits = limits;
    }

    /**
     * @param xml the feed document
     * @param base the URL it was served from, against which relative links resolve
     * @return the feed
     * @throws FeedFormatException when it is not well-formed, unsafe, exceeds the limits, or is not a feed
     */
    Feed parse(byte[] xml, URI base) throws FeedFormatException {
        XmlCursor x = new XmlCursor(factory, xml, base, limits);
        if (!x.next()) {
            throw new FeedFormatException("the document is empty");
        }
        String format = format(x);
        boolean atom = format.startsWith("Atom");
        String title = null;
        String language = EntryBuilder.blankToNull(x.lang());
        List<String> feedAuthors = new ArrayList<>();
        List<FeedEntry> entries = new ArrayList<>();
        EntryBuilder entry = null;
        int entryDepth = 0;
        while (x.next()) {
            if (!x.isStart()) {
                if (entry != null && x.depth() < entryDepth) {
                    entries.add(entry.build(List.copyOf(feedAuthors)));
                    entry = null;
                }
                continue;
            }
            String name = x.name();
            String ns = x.namespace();
            if (name.equals("channel") && ns.equals(RSS_090)) {
                format = "RSS 0.90";
            }
            if (entry != null) {
                if (x.depth() == entryDepth + 1) {
                    entryField(x, name, ns, entry, atom);
                }
            } else if (isEntry(name, ns, atom)) {
                entry = new EntryBuilder(entries.size() + 1, x.attribute(RDF, "about"), x.lang());
                entryDepth = x.depth();
            } else if (isChannel(x.parentName())) {
                if (name.equals("title") && CORE.contains(ns) && title == null) {
                    title = Html.text(x.text(MAX_SHORT), EntryBuilder.MAX_TITLE);
                } else if (name.equals("language") && (ns.isEmpty() || ns.equals(DC)) && language == null) {
                    language = EntryBuilder.blankToNull(x.text(64));
                } else if (atom && name.equals("author")) {
                    String author = EntryBuilder.personName(personName(x));
                    if (author != null) {
                        feedAuthors.add(author);
                    }
                }
            }
        }
        return new Feed(format, title, language, List.copyOf(entries));
    }

    private static String format(XmlCursor x) throws FeedFormatException {
        String root = x.name();
        String ns = x.namespace();
        if (root.equals("rss")) {
            String version = x.attribute("version");
            return "RSS " + (version == null || version.isBlank() ? "2.0" : version.trim());
        }
        if (root.equals("RDF") && ns.equals(RDF)) {
            return "RSS 1.0";
        }
        if (root.equals("feed") && (ns.equals(ATOM) || ns.equals(ATOM_03) || ns.isEmpty())) {
            return ns.equals(ATOM_03) ? "Atom 0.3" : "Atom 1.0";
        }
        throw new FeedFormatException("not an RSS or Atom feed: the root element is <"
                + (ns.isEmpty() ? root : "{" + ns + "}" + root) + ">, expected <rss>, <rdf:RDF> or <feed>");
    }

    private static boolean isEntry(String name, String ns, boolean atom) {
        return atom ? name.equals("entry") && (ns.equals(ATOM) || ns.equals(ATOM_03) || ns.isEmpty())
                : name.equals("item") && (ns.isEmpty() || ns.equals(RSS_10) || ns.equals(RSS_090));
    }

    private static boolean isChannel(String parent) {
        return parent.equals("channel") || parent.equals("feed");
    }

    private void entryField(XmlCursor x, String name, String ns, EntryBuilder e, boolean atom) throws FeedFormatException {
        boolean core = CORE.contains(ns);
        boolean dc = ns.equals(DC);
        switch (name) {
            case "title" -> {
                if (core && e.title == null) {
                    e.title = x.text(MAX_SHORT);
                }
            }
            case "link" -> {
                if (ns.equals(ATOM) || ns.equals(ATOM_03) || atom && ns.isEmpty()) {
                    e.atomLink(x.attribute("rel"), x.attribute("href"), x.base());
                } else if (core) {
                    URI base = x.base();
                    e.rssLink(x.text(MAX_SHORT), base);
                }
            }
            case "guid" -> {
                if (core) {
                    String isPermaLink = x.attribute("isPermaLink");
                    URI base = x.base();
                    e.guid(x.text(MAX_SHORT), isPermaLink, base);
                }
            }
            case "id" -> {
                if (core && e.id == null) {
                    e.id = EntryBuilder.blankToNull(x.text(MAX_SHORT));
                }
            }
            case "description", "summary" -> {
                if (core && e.description == null) {
                    e.description = x.text(MAX_TEXT);
                }
            }
            case "content", "encoded" -> {
                if ((core || ns.equals(CONTENT)) && e.content == null) {
                    e.content = x.text(MAX_TEXT);
                }
            }
            case "pubDate" -> e.date(0, x.text(128));
            case "published" -> e.date(1, x.text(128));
            case "issued" -> e.date(core ? 2 : 4, x.text(128));
            case "date" -> {
                if (dc) {
                    e.date(3, x.text(128));
                }
            }
            case "created" -> e.date(4, x.text(128));
            case "updated" -> e.date(5, x.text(128));
            case "modified" -> e.date(6, x.text(128));
            case "creator" -> {
                if (dc) {
                    e.author(x.text(MAX_SHORT));
                }
            }
            case "author" -> e.author(atom || ns.equals(ATOM) ? personName(x) : x.text(MAX_SHORT));
            case "language" -> {
                if (dc || ns.isEmpty()) {
                    e.language = EntryBuilder.blankToNull(x.text(64));
                }
            }
            case "category" -> {
                String term = x.attribute("term");
                String text = x.text(MAX_SHORT);
                e.category(term != null ? term : text);
            }
            case "subject" -> {
                if (dc) {
                    e.category(x.text(MAX_SHORT));
                }
            }
            default -> {
                // other elements (enclosures, comments, media, ...) are not used
            }
        }
    }

    /** Reads an Atom person construct ({@code <author><name>..</name><email>..</email></author>}) and returns the name. */
    private static String personName(XmlCursor x) throws FeedFormatException {
        int depth = x.depth();
        String name = null;
        while (x.next()) {
            if (x.isStart() && x.name().equals("name") && name == null) {
                name = x.text(MAX_SHORT);
            } else if (!x.isStart() && x.depth() < depth) {
                return name;
            }
        }
        throw new FeedFormatException("not well-formed XML: the document ends inside <author>");
    }
}
