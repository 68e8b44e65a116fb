package org.gazette.testsite;

import static org.gazette.testsite.Markup.iso;
import static org.gazette.testsite.Markup.xml;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** robots.txt, the sitemap index, a Google News sitemap, the archive sitemap and the plain page list. */
final class Sitemaps {

    /** Google News sitemaps list articles of the last two days only. */
    private static final Duration NEWS_WINDOW = Duration.ofDays(2);
    /** ... but never fewer than this many, so that small sites still have a useful news sitemap. */
    private static final int NEWS_MINIMUM = 5;

    private final String baseUrl;
    private final Newsroom newsroom;
    private final Instant started;

    Sitemaps(String baseUrl, Newsroom newsroom, Instant started) {
        this.baseUrl = baseUrl;
        this.newsroom = newsroom;
        this.started = started;
    }

    String robots(int crawlDelaySeconds) {
        StringBuilder r = new StringBuilder("# robots.txt for ").append(Prose.SITE_NAME).append('\n')
                .append("User-agent: *\nDisallow: /private/\n");
        if (crawlDelaySeconds > 0) {
            r.append("Crawl-delay: ").append(crawlDelaySeconds).append('\n');
        }
        return r.append("\nSitemap: ").append(baseUrl).append("/sitemap_index.xml\n").toString();
    }

    String index() {
        String lastmod = iso(newsroom.lastModified());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "<sitemap><loc>" + baseUrl + "/sitemaps/news.xml</loc><lastmod>" + lastmod + "</lastmod></sitemap>\n"
                + "<sitemap><loc>" + baseUrl + "/sitemaps/archive.xml.gz</loc><lastmod>" + lastmod + "</lastmod></sitemap>\n"
                + "</sitemapindex>\n";
    }

    /** The newest articles (last two days, at least {@value #NEWS_MINIMUM}) and the robots-disallowed page. */
    String news() {
        List<Article> recent = new ArrayList<>();
        Instant since = started.minus(NEWS_WINDOW);
        for (Article a : newsroom.articles()) {
            if (a.published.isAfter(since) || recent.size() < NEWS_MINIMUM) {
                recent.add(a);
            }
        }
        recent.add(newsroom.privateArticle());
        StringBuilder x = new StringBuilder(16_384).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (Article a : recent) {
            x.append("<url>\n<loc>").append(xml(baseUrl + a.path)).append("</loc>\n<news:news>\n<news:publication>")
                    .append("<news:name>").append(Prose.SITE_NAME).append("</news:name><news:language>en</news:language>")
                    .append("</news:publication>\n<news:publication_date>").append(iso(a.published))
                    .append("</news:publication_date>\n<news:title>").append(xml(a.headline))
                    .append("</news:title>\n</news:news>\n</url>\n");
        }
        return x.append("</urlset>\n").toString();
    }

    /** Every public article with its modification time (served gzipped as a file). */
    String archive() {
        StringBuilder x = new StringBuilder(65_536).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Article a : newsroom.articles()) {
            x.append("<url><loc>").append(xml(baseUrl + a.path)).append("</loc><lastmod>")
                    .append(iso(a.revision().modified())).append("</lastmod><changefreq>monthly</changefreq></url>\n");
        }
        return x.append("</urlset>\n").toString();
    }

    /** One URL per line with # comments: every public article, then the robots-disallowed page. */
    String pageList() {
        StringBuilder t = new StringBuilder("# ").append(Prose.SITE_NAME).append(" – page list\n")
                .append("# One URL per line; blank lines and lines starting with # are ignored.\n\n");
        newsroom.articles().forEach(a -> t.append(baseUrl).append(a.path).append('\n'));
        return t.append("\n# disallowed by robots.txt:\n").append(baseUrl).append(newsroom.privateArticle().path).append('\n')
                .toString();
    }
}
