package org.gazette.testsite;

import static org.gazette.testsite.Markup.iso;
import static org.gazette.testsite.Markup.json;
import static org.gazette.testsite.Markup.xml;

import java.util.List;

/**
 * Renders an article page the way a typical CMS theme does: the article itself wrapped in a
 * cookie banner, navigation, breadcrumb, share bar, related links, newsletter box, comments and
 * footer, with the metadata (Open Graph, canonical link, JSON-LD) in the head.
 */
final class ArticleTemplate {

    private final String baseUrl;
    private final Newsroom newsroom;

    ArticleTemplate(String baseUrl, Newsroom newsroom) {
        this.baseUrl = baseUrl;
        this.newsroom = newsroom;
    }

    String render(Article a, Article.Revision revision) {
        String url = baseUrl + a.path;
        String sectionTitle = Prose.SECTION_TITLES.get(a.section);
        String charset = a.charset.name().equalsIgnoreCase("UTF-8") ? "utf-8" : a.charset.name().toLowerCase(java.util.Locale.ROOT);
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\" class=\"no-js\">\n<head>\n")
                .append("<meta charset=\"").append(charset).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(xml(a.headline)).append(" | ").append(Prose.SITE_NAME).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(xml(a.standfirst)).append("\">\n")
                .append("<meta name=\"author\" content=\"").append(xml(a.author)).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(xml(url)).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(Prose.SITE_NAME).append("\">\n")
                .append("<meta property=\"og:title\" content=\"").append(xml(a.headline)).append("\">\n")
                .append("<meta property=\"og:description\" content=\"").append(xml(a.standfirst)).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(xml(url)).append("\">\n")
                .append("<meta property=\"og:image\" content=\"").append(baseUrl).append("/images/").append(a.slug).append(".jpg\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(iso(a.published)).append("\">\n")
                .append("<meta property=\"article:modified_time\" content=\"").append(iso(revision.modified())).append("\">\n")
                .append("<meta property=\"article:section\" content=\"").append(sectionTitle).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/courier.css?v=3.2.1\">\n")
                .append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"World\" href=\"/feeds/world.rss\">\n")
                .append("<script>document.documentElement.className='js';</script>\n")
                .append("<script type=\"application/ld+json\">\n").append(jsonLd(a, revision, url)).append("</script>\n")
                .append("</head>\n<body class=\"single single-post section-").append(a.section).append("\">\n");
        cookieBanner(h);
        header(h);
        h.append("<main id=\"content\" class=\"site-main\">\n")
                .append("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol>")
                .append("<li><a href=\"/\">Home</a></li>")
                .append("<li><a href=\"/").append(a.section).append("/\">").append(sectionTitle).append("</a></li>")
                .append("<li aria-current=\"page\">").append(xml(a.headline)).append("</li></ol></nav>\n")
                .append("<article class=\"post post-").append(a.id).append(" type-post\">\n<header class=\"entry-header\">\n")
                .append("<p class=\"kicker\"><a href=\"/").append(a.section).append("/\">").append(sectionTitle).append("</a></p>\n")
                .append("<h1 class=\"entry-title\">").append(xml(a.headline)).append("</h1>\n")
                .append("<p class=\"standfirst\">").append(xml(a.standfirst)).append("</p>\n")
                .append("<div class=\"byline\">By <a rel=\"author\" class=\"author\" href=\"/authors/")
                .append(StoryWriter.slug(a.author)).append("/\">").append(xml(a.author)).append("</a></div>\n")
                .append("<div class=\"dateline\"><time class=\"published\" datetime=\"").append(iso(a.published)).append("\">")
                .append(Markup.longDate(a.published)).append("</time>");
        if (revision.number() > 0) {
            h.append(" <span class=\"updated\">Updated <time datetime=\"").append(iso(revision.modified())).append("\">")
                    .append(Markup.longDate(revision.modified())).append("</time></span>");
        }
        h.append("</div>\n</header>\n");
        shareBar(h, url, a.headline);
        h.append("<figure class=\"wp-block-image lead-image\">\n<img src=\"/images/").append(a.slug)
                .append(".jpg\" alt=\"").append(xml(a.caption)).append("\" width=\"1200\" height=\"675\" loading=\"eager\">\n")
                .append("<figcaption>").append(xml(a.caption)).append(" <span class=\"credit\">").append(xml(a.credit))
                .append("</span></figcaption>\n</figure>\n")
                .append("<div class=\"entry-content\">\n");
        List<String> paragraphs = revision.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            h.append("<p>").append(xml(paragraphs.get(i))).append("</p>\n");
            if (i == 1 && paragraphs.size() > 4) {
                h.append("<aside class=\"inline-promo\"><p>Read more: <a href=\"/").append(a.section)
                        .append("/\">the latest from ").append(sectionTitle).append("</a></p></aside>\n");
            }
        }
        h.append("</div>\n<footer class=\"entry-footer\"><ul class=\"tags\"><li><a href=\"/tags/")
                .append(a.section).append("/\">").append(sectionTitle).append("</a></li></ul></footer>\n</article>\n");
        related(h, a);
        newsletter(h);
        comments(h, a);
        h.append("</main>\n");
        footer(h);
        h.append("<script src=\"/assets/courier.js?v=3.2.1\" defer></script>\n</body>\n</html>\n");
        return h.toString();
    }

    private String jsonLd(Article a, Article.Revision revision, String url) {
        return "{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"NewsArticle\",\n"
                + "  \"mainEntityOfPage\": {\"@type\": \"WebPage\", \"@id\": \"" + json(url) + "\"},\n"
                + "  \"headline\": \"" + json(a.headline) + "\",\n"
                + "  \"description\": \"" + json(a.standfirst) + "\",\n"
                + "  \"image\": [\"" + baseUrl + "/images/" + a.slug + ".jpg\"],\n"
                + "  \"datePublished\": \"" + iso(a.published) + "\",\n"
                + "  \"dateModified\": \"" + iso(revision.modified()) + "\",\n"
                + "  \"articleSection\": \"" + Prose.SECTION_TITLES.get(a.section) + "\",\n"
                + "  \"author\": [{\"@type\": \"Person\", \"name\": \"" + json(a.author) + "\", \"url\": \"" + baseUrl
                + "/authors/" + StoryWriter.slug(a.author) + "/\"}],\n"
                + "  \"publisher\": {\"@type\": \"Organization\", \"name\": \"" + Prose.SITE_NAME + "\", \"logo\": {\"@type\": \"ImageObject\", \"url\": \""
                + baseUrl + "/assets/logo.png\"}}\n}\n";
    }

    static void cookieBanner(StringBuilder h) {
        h.append("<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\" aria-live=\"polite\">\n")
                .append("<p>We use cookies to remember your settings and to understand how the site is used. ")
                .append("You can accept all cookies or choose which ones to allow.</p>\n")
                .append("<button type=\"button\" class=\"accept\">Accept all</button> ")
                .append("<button type=\"button\" class=\"manage\">Manage preferences</button>\n</div>\n");
    }

    static void header(StringBuilder h) {
        h.append("<header class=\"site-header\">\n<a class=\"skip-link\" href=\"#content\">Skip to content</a>\n")
                .append("<p class=\"site-title\"><a href=\"/\" rel=\"home\">").append(Prose.SITE_NAME).append("</a></p>\n")
                .append("<nav class=\"primary-nav\" aria-label=\"Sections\"><ul>");
        for (String section : Prose.SECTIONS) {
            h.append("<li><a href=\"/").append(section).append("/\">").append(Prose.SECTION_TITLES.get(section)).append("</a></li>");
        }
        h.append("<li><a href=\"/opinion/\">Opinion</a></li><li><a href=\"/puzzles/\">Puzzles</a></li></ul></nav>\n")
                .append("<form class=\"search\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" ")
                .append("placeholder=\"Search the Courier\"><button>Search</button></form>\n</header>\n");
    }

    private static void shareBar(StringBuilder h, String url, String headline) {
        h.append("<div class=\"share-bar\" aria-label=\"Share this story\"><span>Share</span> <a class=\"share-email\" ")
                .append("href=\"mailto:?subject=").append(xml(headline.replace(' ', '+'))).append("\">Email</a> ")
                .append("<a class=\"share-copy\" href=\"").append(xml(url)).append("\" data-copy>Copy link</a> ")
                .append("<a class=\"share-print\" href=\"javascript:window.print()\">Print</a></div>\n");
    }

    private void related(StringBuilder h, Article a) {
        h.append("<section class=\"related-stories\" aria-labelledby=\"related-title\">\n")
                .append("<h2 id=\"related-title\">Related stories</h2>\n<ul>\n");
        for (Article other : newsroom.related(a, 3)) {
            h.append("<li><a href=\"").append(other.path).append("\">").append(xml(other.headline)).append("</a> ")
                    .append("<time datetime=\"").append(iso(other.published)).append("\">")
                    .append(Markup.longDate(other.published)).append("</time></li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    static void newsletter(StringBuilder h) {
        h.append("<aside class=\"newsletter-signup\">\n<h2>The Morning Tide</h2>\n")
                .append("<p>Sign up for our daily newsletter: the day’s most important stories from the coast, before breakfast.</p>\n")
                .append("<form action=\"/newsletter/subscribe\" method=\"post\"><label for=\"nl-email\">Email address</label>")
                .append("<input id=\"nl-email\" type=\"email\" name=\"email\" required><button type=\"submit\">Sign up</button></form>\n")
                .append("<p class=\"small\">You can unsubscribe at any time. See our <a href=\"/privacy/\">privacy notice</a>.</p>\n</aside>\n");
    }

    private static void comments(StringBuilder h, Article a) {
        h.append("<section id=\"comments\" class=\"comments-area\">\n<h2 class=\"comments-title\">")
                .append(a.comments.size()).append(a.comments.size() == 1 ? " comment" : " comments").append("</h2>\n<ol class=\"comment-list\">\n");
        for (Article.Comment c : a.comments) {
            h.append("<li class=\"comment\"><article class=\"comment-body\"><footer class=\"comment-meta\"><b class=\"fn\">")
                    .append(xml(c.name())).append("</b> <time datetime=\"").append(iso(c.at())).append("\">")
                    .append(Markup.longDate(c.at())).append("</time></footer><div class=\"comment-content\"><p>")
                    .append(xml(c.text())).append("</p></div></article></li>\n");
        }
        h.append("</ol>\n<p class=\"comment-note\">Comments are moderated. Please keep it civil.</p>\n</section>\n");
    }

    static void footer(StringBuilder h) {
        h.append("<footer class=\"site-footer\">\n<nav aria-label=\"Footer\"><ul><li><a href=\"/about/\">About us</a></li>")
                .append("<li><a href=\"/contact/\">Contact</a></li><li><a href=\"/privacy/\">Privacy</a></li>")
                .append("<li><a href=\"/feeds/world.rss\">RSS</a></li></ul></nav>\n")
                .append("<p class=\"copyright\">© ").append(Prose.SITE_NAME)
                .append(". A fictional newspaper: every story on this site is generated test content.</p>\n</footer>\n");
    }
}
