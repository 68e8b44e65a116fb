package org.gazette.testsite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * All articles of one site: the public ones (newest first), the robots-disallowed one, and the
 * pages the fault routes eventually serve. {@link #version()} grows with every change, so cached
 * renderings know when they are stale.
 */
final class Newsroom {

    /** Names of fault routes that end on an article page of their own. */
    static final List<String> FAULT_ARTICLES = List.of("429", "503-burst", "wrong-charset", "redirect-chain", "reset");

    private final List<Article> articles;
    private final Article privateArticle;
    private final Map<String, Article> faultArticles = new LinkedHashMap<>();
    private final Map<String, Article> byPath = new LinkedHashMap<>();
    private final StoryWriter writer;
    private final AtomicLong version = new AtomicLong();

    /**
     * @param seed what makes two sites' content differ (or match)
     * @param count number of public articles
     * @param days the public articles are spread over this many days before {@code now}
     * @param now the site's clock at start
     */
    Newsroom(long seed, int count, int days, Instant now) {
        writer = new StoryWriter(seed, now);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        long spacing = Math.max(60, days * 86_400L / count);
        List<Article> written = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String section = i < Prose.SECTIONS.size() ? Prose.SECTIONS.get(i)
                    : Prose.SECTIONS.get(random.nextInt(Prose.SECTIONS.size()));
            long jitter = i == 0 ? 0 : random.nextInt((int) Math.max(1, spacing / 2));
            Instant published = now.minusSeconds(300 + i * spacing + jitter); // the newest is five minutes old
            written.add(writer.write(i + 1, section, published, "", i % 7 == 3));
        }
        written.sort(Comparator.comparing((Article a) -> a.published).reversed());
        articles = List.copyOf(written);
        privateArticle = writer.write(count + 1, "world", now.minusSeconds(86_400), "/private", false);
        int id = count + 2;
        for (String name : FAULT_ARTICLES) {
            String path = name.equals("redirect-chain") ? "/faults/redirect-chain/article.html"
                    : "/faults/" + name + ".html";
            faultArticles.put(name, writer.writeAt(id++, "world", path, now.minusSeconds(3_600)));
        }
        articles.forEach(a -> byPath.put(a.path, a));
        byPath.put(privateArticle.path, privateArticle);
    }

    /** Public articles, newest first. */
    List<Article> articles() {
        return articles;
    }

    List<Article> section(String section) {
        return articles.stream().filter(a -> a.section.equals(section)).toList();
    }

    /** The article linked from feeds and sitemaps under {@code /private/}, which robots.txt disallows. */
    Article privateArticle() {
        return privateArticle;
    }

    /** The article a fault route ends on, by route name (see {@link #FAULT_ARTICLES}). */
    Article faultArticle(String name) {
        return faultArticles.get(name);
    }

    /** A public or private article by its path (without query). */
    Optional<Article> byPath(String path) {
        Article article = byPath.get(path);
        if (article == null) {
            article = faultArticles.values().stream().filter(a -> a.path.equals(path)).findFirst().orElse(null);
        }
        return Optional.ofNullable(article);
    }

    /** Up to {@code limit} other articles of the same section, nearest in time first. */
    List<Article> related(Article article, int limit) {
        List<Article> same = new ArrayList<>(section(article.section));
        same.remove(article);
        same.sort(Comparator.comparingLong(a -> Math.abs(a.published.getEpochSecond() - article.published.getEpochSecond())));
        return same.subList(0, Math.min(limit, same.size()));
    }

    /** Grows with every {@link #change}. */
    long version() {
        return version.get();
    }

    /** The newest modification time of any public article. */
    Instant lastModified() {
        return articles.stream().map(a -> a.revision().modified()).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** Rewrites an article's body; returns the article or empty when the path is unknown. */
    Optional<Article> change(String path, Instant now) {
        Optional<Article> article = byPath(path);
        article.ifPresent(a -> {
            String update;
            synchronized (writer) {
                update = writer.update();
            }
            a.change(now, update);
            version.incrementAndGet();
        });
        return article;
    }
}
