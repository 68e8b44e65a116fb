package org.gazette.source.feed.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects what {@link FeedParser} reads of one entry and decides, when the entry ends, which of
 * the candidate links, ids and dates it carries win.
 */
final class EntryBuilder {

    static final int MAX_TITLE = 1000;
    static final int MAX_SUMMARY = 2000;
    private static final int MAX_CATEGORIES = 20;

    private final int position;
    private final String about;
    String lang;
    String id;
    String guid;
    boolean guidIsPermaLink = true;
    private Link rssLink;
    private Link atomAlternate;
    private Link atomFirst;
    private URI guidBase;
    String title;
    String description;
    String content;
    String language;
    private final Set<String> authors = new LinkedHashSet<>();
    private final Set<String> categories = new LinkedHashSet<>();
    /** Candidate dates by preference: pubDate, published, issued, dc:date, dcterms, updated, modified. */
    private final String[] dates = new String[7];

    /** A link as written, with the base it is relative to. */
    private record Link(String href, URI base) {
    }

    EntryBuilder(int position, String about, String lang) {
        this.position = position;
        this.about = blankToNull(about);
        this.lang = blankToNull(lang);
    }

    void rssLink(String href, URI base) {
        if (rssLink == null && blankToNull(href) != null) {
            rssLink = new Link(href.trim(), base);
        }
    }

    void atomLink(String rel, String href, URI base) {
        if (blankToNull(href) == null) {
            return;
        }
        Link link = new Link(href.trim(), base);
        if ((rel == null || rel.isBlank() || rel.trim().equalsIgnoreCase("alternate")) && atomAlternate == null) {
            atomAlternate = link;
        }
        if (atomFirst == null) {
            atomFirst = link;
        }
    }

    void guid(String value, String isPermaLink, URI base) {
        guid = blankToNull(value);
        guidIsPermaLink = isPermaLink == null || !isPermaLink.trim().equalsIgnoreCase("false");
        guidBase = base;
    }

    void date(int preference, String value) {
        if (dates[preference] == null) {
            dates[preference] = blankToNull(value);
        }
    }

    void author(String name) {
        String n = personName(name);
        if (n != null && authors.size() < MAX_CATEGORIES) {
            authors.add(n);
        }
    }

    void category(String value) {
        String c = blankToNull(value);
        if (c != null && categories.size() < MAX_CATEGORIES) {
            categories.add(c);
        }
    }

    /**
     * @param feedAuthors authors of the whole feed (Atom), used when the entry names none
     * @return the entry
     */
    FeedEntry build(List<String> feedAuthors) {
        Link chosen = rssLink != null ? rssLink : atomAlternate != null ? atomAlternate : atomFirst;
        if (chosen == null && guid != null && guidIsPermaLink && looksAbsolute(guid)) {
            chosen = new Link(guid, guidBase);
        }
        if (chosen == null && about != null && looksAbsolute(about)) {
            chosen = new Link(about, null);
        }
        String link = null;
        String problem = null;
        if (chosen == null) {
            problem = "the entry has no link (nor a permalink guid)";
        } else {
            try {
                link = resolve(chosen);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        String identity = id != null ? id : guid != null ? guid : about;
        String published = null;
        for (String candidate : dates) {
            published = FeedDates.iso(candidate);
            if (published != null) {
                break;
            }
        }
        List<String> names = authors.isEmpty() ? feedAuthors : List.copyOf(authors);
        String summary = Html.text(description != null ? description : content, MAX_SUMMARY);
        return new FeedEntry(position, identity, link, problem, Html.text(title, MAX_TITLE), summary,
                names, published, language != null ? language : lang, List.copyOf(categories));
    }

    private static String resolve(Link link) {
        URI ref;
        URI uri;
        try {
            ref = new URI(link.href().replace(" ", "%20"));
            uri = link.base() == null ? ref : link.base().resolve(ref);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the link '" + link.href() + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(ref.isAbsolute() || link.base() == null
                    ? "the link '" + link.href() + "' is not an http(s) URL"
                    : "the link '" + link.href() + "' is relative to " + link.base() + ", which is not an http(s) URL");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("the link '" + link.href() + "' has no host");
        }
        return uri.normalize().toString();
    }

    private static boolean looksAbsolute(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.startsWith("http://") || v.startsWith("https://");
    }

    /**
     * RSS {@code author} is an e-mail address with the name in parentheses ({@code jo@example.com (Jo Doe)});
     * some feeds write {@code Jo Doe <jo@example.com>} or just the name.
     */
    static String personName(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        int open = v.indexOf('(');
        int close = v.lastIndexOf(')');
        if (open >= 0 && close > open && v.substring(0, open).contains("@")) {
            String inner = v.substring(open + 1, close).trim();
            return inner.isEmpty() ? null : inner;
        }
        int lt = v.indexOf('<');
        if (lt > 0 && v.indexOf('>', lt) > lt && v.substring(lt).contains("@")) {
            return blankToNull(v.substring(0, lt).replace("\"", ""));
        }
        return Html.text(v, 200);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
