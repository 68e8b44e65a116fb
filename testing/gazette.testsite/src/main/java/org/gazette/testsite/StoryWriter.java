package org.gazette.testsite;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes articles from the {@link Prose} pools with a seeded random source, so a given seed always
 * produces the same site. Not thread-safe: one writer builds one site's articles, then is dropped.
 */
final class StoryWriter {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Random random;
    private final Instant now;
    private final Set<String> paths = new HashSet<>();

    /** @param now nothing (a reader comment) is dated after this */
    StoryWriter(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    /**
     * @param id the article's number, unique within the site
     * @param section one of {@link Prose#SECTIONS}
     * @param published publication time
     * @param pathPrefix "" for public articles, "/private" for the robots-disallowed one
     * @param legacyCharset whether the page is served in windows-1252 instead of UTF-8
     */
    Article write(int id, String section, Instant published, String pathPrefix, boolean legacyCharset) {
        String headline = fill(pick(Prose.HEADLINES.get(section)));
        String slug = slug(headline);
        ZonedDateTime date = published.atZone(ZoneOffset.UTC);
        String base = String.format(Locale.ROOT, "%s/%04d/%02d/%02d/%s", pathPrefix, date.getYear(),
                date.getMonthValue(), date.getDayOfMonth(), slug);
        String path = base + ".html";
        for (int n = 2; !paths.add(path); n++) {
            path = base + "-" + n + ".html";
        }
        return article(id, section, path, headline, published, legacyCharset ? WINDOWS_1252 : StandardCharsets.UTF_8);
    }

    /** An article served at a fixed path (the fault routes' eventual pages). */
    Article writeAt(int id, String section, String path, Instant published) {
        paths.add(path);
        return article(id, section, path, fill(pick(Prose.HEADLINES.get(section))), published, StandardCharsets.UTF_8);
    }

    /** A sentence for {@link Article#change}. */
    String update() {
        return fill(pick(Prose.SENTENCES));
    }

    private Article article(int id, String section, String path, String headline, Instant published, Charset charset) {
        List<String> paragraphs = new ArrayList<>();
        int count = 4 + random.nextInt(5); // 4..8
        for (int p = 0; p < count; p++) {
            StringBuilder paragraph = new StringBuilder();
            if (p == 0) {
                paragraph.append(fill(pick(Prose.LEADS))).append(' ');
            }
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                paragraph.append(fill(pick(Prose.SENTENCES))).append(s + 1 < sentences ? " " : "");
            }
            paragraphs.add(paragraph.toString().trim());
        }
        if (random.nextBoolean()) {
            paragraphs.add(fill(pick(Prose.KICKERS)));
        }
        String standfirst = firstSentence(paragraphs.get(0));
        List<Article.Comment> comments = new ArrayList<>();
        int commentCount = random.nextInt(4);
        for (int c = 0; c < commentCount; c++) {
            Instant at = published.plusSeconds(600L + random.nextInt(86_400));
            comments.add(new Article.Comment(pick(Prose.COMMENTERS), pick(Prose.COMMENTS), at.isAfter(now) ? now : at));
        }
        String slug = path.substring(path.lastIndexOf('/') + 1, path.length() - ".html".length());
        return new Article(id, section, path, slug, headline, standfirst, pick(Prose.REPORTERS), published,
                paragraphs, fill(pick(Prose.CAPTIONS)), "Photograph: " + pick(Prose.REPORTERS) + "/The Harbour Courier",
                comments, charset);
    }

    private String fill(String template) {
        String place = pick(Prose.PLACES);
        String place2 = pick(Prose.PLACES.stream().filter(p -> !p.equals(place)).toList());
        String org = pick(Prose.ORGANISATIONS);
        String person = pick(Prose.PEOPLE);
        String thing = pick(Prose.THINGS);
        return template
                .replace("{Place}", place).replace("{place}", place).replace("{place2}", place2)
                .replace("{Org}", capitalise(org)).replace("{org}", org)
                .replace("{Person}", person).replace("{person}", person)
                .replace("{role}", pick(Prose.ROLES)).replace("{reporter}", pick(Prose.REPORTERS))
                .replace("{thing}", thing).replace("{action}", pick(Prose.ACTIONS))
                .replace("{ordinal}", pick(Prose.ORDINALS)).replace("{n}", Integer.toString(2 + random.nextInt(48)))
                .replace("{weekday}", pick(Prose.WEEKDAYS)).replace("{month}", pick(Prose.MONTHS));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String firstSentence(String paragraph) {
        int end = paragraph.indexOf(". ");
        return end < 0 ? paragraph : paragraph.substring(0, end + 1);
    }

    /** "Ferry strike enters its third day in Ålsund" → "ferry-strike-enters-its-third-day-in-alsund". */
    static String slug(String headline) {
        String ascii = java.text.Normalizer.normalize(headline, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("ø", "o").replace("Ø", "O").replace("€", "eur");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 70 ? slug.substring(0, 70).replaceAll("-[^-]*$", "") : slug;
    }
}
