package org.gazette.testsite;

import static org.gazette.testsite.Markup.iso;
import static org.gazette.testsite.Markup.xml;

import java.util.List;

/** Renders the home page and the section fronts: teaser lists that link articles but are not articles. */
final class IndexTemplate {

    private static final int TEASERS = 30;

    private final String baseUrl;
    private final Newsroom newsroom;

    IndexTemplate(String baseUrl, Newsroom newsroom) {
        this.baseUrl = baseUrl;
        this.newsroom = newsroom;
    }

    String home() {
        return page("/", Prose.SITE_NAME + " | News from the coast", "Latest news", newsroom.articles());
    }

    /** @param section one of {@link Prose#SECTIONS} */
    String section(String section) {
        String title = Prose.SECTION_TITLES.get(section);
        return page("/" + section + "/", title + " | " + Prose.SITE_NAME, title, newsroom.section(section));
    }

    private String page(String path, String title, String heading, List<Article> articles) {
        StringBuilder h = new StringBuilder(8_192);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(xml(title))
                .append("</title>\n<meta name=\"description\" content=\"The latest stories from ").append(Prose.SITE_NAME)
                .append(".\">\n<link rel=\"canonical\" href=\"").append(baseUrl).append(path).append("\">\n")
                .append("<meta property=\"og:type\" content=\"website\">\n")
                .append("<meta property=\"og:title\" content=\"").append(xml(title)).append("\">\n")
                .append("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feeds/world.rss\">\n")
                .append("</head>\n<body class=\"archive\">\n");
        ArticleTemplate.cookieBanner(h);
        ArticleTemplate.header(h);
        h.append("<main id=\"content\">\n<h1 class=\"page-title\">").append(xml(heading)).append("</h1>\n<ul class=\"teasers\">\n");
        for (Article a : articles.subList(0, Math.min(TEASERS, articles.size()))) {
            h.append("<li class=\"teaser\"><a href=\"").append(a.path).append("\"><h2>").append(xml(a.headline))
                    .append("</h2></a><p>").append(xml(a.standfirst)).append("</p><span class=\"by\">By ")
                    .append(xml(a.author)).append("</span> <time datetime=\"").append(iso(a.published)).append("\">")
                    .append(Markup.longDate(a.published)).append("</time></li>\n");
        }
        h.append("</ul>\n<nav class=\"pagination\"><a rel=\"next\" href=\"").append(path).append("?page=2\">Older stories</a></nav>\n");
        ArticleTemplate.newsletter(h);
        h.append("</main>\n");
        ArticleTemplate.footer(h);
        h.append("</body>\n</html>\n");
        return h.toString();
    }
}
