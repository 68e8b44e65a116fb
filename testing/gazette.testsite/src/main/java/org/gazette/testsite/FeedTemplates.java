package org.gazette.testsite;

import static org.gazette.testsite.Markup.iso;
import static org.gazette.testsite.Markup.xml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The site's three section feeds, each in a different format: RSS 2.0 ({@code world.rss}), RSS 1.0
 * RDF ({@code science.rdf}) and Atom with {@code xml:base} and relative links ({@code culture.atom}).
 * Together they link every public article at least once; each also carries a few newest stories of
 * another section, so links overlap.
 */
final class FeedTemplates {

    private final String baseUrl;
    private final Newsroom newsroom;

    FeedTemplates(String baseUrl, Newsroom newsroom) {
        this.baseUrl = baseUrl;
        this.newsroom = newsroom;
    }

    /** RSS 2.0: world articles, the three newest others and the robots-disallowed page; some links carry utm parameters. */
    String worldRss() {
        List<Article> items = items("world", 3, true);
        StringBuilder x = new StringBuilder(32_768);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n")
                .append("<channel>\n<title>").append(Prose.SITE_NAME).append(" – World</title>\n")
                .append("<link>").append(baseUrl).append("/world/</link>\n")
                .append("<description>News from around the coast and beyond.</description>\n<language>en-gb</language>\n")
                .append("<lastBuildDate>").append(Markup.httpDate(newsroom.lastModified())).append("</lastBuildDate>\n")
                .append("<atom:link href=\"").append(baseUrl).append("/feeds/world.rss\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        for (int i = 0; i < items.size(); i++) {
            Article a = items.get(i);
            boolean tracked = i % 5 == 1 && a != newsroom.privateArticle();
            String link = baseUrl + a.path + (tracked ? "?utm_source=rss&utm_medium=feed" : "");
            x.append("<item>\n<title>").append(xml(a.headline)).append("</title>\n")
                    .append("<link>").append(xml(link)).append("</link>\n")
                    .append("<guid isPermaLink=\"false\">harbour-courier-").append(a.id).append("</guid>\n")
                    .append("<dc:creator><![CDATA[").append(a.author).append("]]></dc:creator>\n")
                    .append("<pubDate>").append(Markup.httpDate(a.published)).append("</pubDate>\n")
                    .append("<category>").append(Prose.SECTION_TITLES.get(a.section)).append("</category>\n")
                    .append("<description><![CDATA[<p>").append(xml(a.standfirst)).append("</p><p><img src=\"")
                    .append(baseUrl).append("/images/").append(a.slug).append(".jpg\" alt=\"\"></p>]]></description>\n")
                    .append("</item>\n");
        }
        return x.append("</channel>\n</rss>\n").toString();
    }

    /** RSS 1.0 (RDF): science articles and the two newest others. */
    String scienceRdf() {
        List<Article> items = items("science", 2, false);
        StringBuilder x = new StringBuilder(32_768);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" ")
                .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<channel rdf:about=\"").append(baseUrl).append("/feeds/science.rdf\">\n<title>")
                .append(Prose.SITE_NAME).append(" – Science</title>\n<link>").append(baseUrl).append("/science/</link>\n")
                .append("<description>Research, discoveries and the natural world.</description>\n")
                .append("<dc:date>").append(iso(newsroom.lastModified())).append("</dc:date>\n<items>\n<rdf:Seq>\n");
        for (Article a : items) {
            x.append("<rdf:li rdf:resource=\"").append(xml(baseUrl + a.path)).append("\"/>\n");
        }
        x.append("</rdf:Seq>\n</items>\n</channel>\n");
        for (Article a : items) {
            x.append("<item rdf:about=\"").append(xml(baseUrl + a.path)).append("\">\n<title>").append(xml(a.headline))
                    .append("</title>\n<link>").append(xml(baseUrl + a.path)).append("</link>\n<description>")
                    .append(xml(a.standfirst)).append("</description>\n<dc:creator>").append(xml(a.author))
                    .append("</dc:creator>\n<dc:date>").append(iso(a.published)).append("</dc:date>\n")
                    .append("<dc:subject>").append(Prose.SECTION_TITLES.get(a.section)).append("</dc:subject>\n</item>\n");
        }
        return x.append("</rdf:RDF>\n").toString();
    }

    /** Atom: culture articles and the two newest others, with {@code xml:base} and relative links, some to {@code #comments}. */
    String cultureAtom() {
        List<Article> items = items("culture", 2, false);
        StringBuilder x = new StringBuilder(32_768);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"").append(baseUrl).append("/culture/\" xml:lang=\"en-GB\">\n")
                .append("<title>").append(Prose.SITE_NAME).append(" – Culture</title>\n")
                .append("<subtitle>Arts, books, music and the life of the harbour towns.</subtitle>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"./\"/>\n")
                .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"../feeds/culture.atom\"/>\n")
                .append("<id>tag:harbour-courier.test,2024:culture</id>\n")
                .append("<updated>").append(iso(newsroom.lastModified())).append("</updated>\n");
        for (int i = 0; i < items.size(); i++) {
            Article a = items.get(i);
            String href = (i % 2 == 0 ? a.path : ".." + a.path) + (i % 4 == 3 ? "#comments" : "");
            x.append("<entry>\n<title>").append(xml(a.headline)).append("</title>\n")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(href)).append("\"/>\n")
                    .append("<id>tag:harbour-courier.test,2024:article-").append(a.id).append("</id>\n")
                    .append("<published>").append(iso(a.published)).append("</published>\n")
                    .append("<updated>").append(iso(a.revision().modified())).append("</updated>\n")
                    .append("<author><name>").append(xml(a.author)).append("</name></author>\n")
                    .append("<category term=\"").append(a.section).append("\"/>\n")
                    .append("<summary type=\"html\">").append(xml("<p>" + xml(a.standfirst) + "</p>")).append("</summary>\n")
                    .append("</entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    private List<Article> items(String section, int others, boolean withPrivate) {
        List<Article> items = new ArrayList<>(newsroom.section(section));
        newsroom.articles().stream().filter(a -> !a.section.equals(section)).limit(others).forEach(items::add);
        if (withPrivate) {
            items.add(newsroom.privateArticle());
        }
        items.sort(Comparator.comparing((Article a) -> a.published).reversed());
        return items;
    }
}
