package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds the headline. The headline readers see is the page's {@code <h1>}; metadata titles
 * ({@code og:title}, JSON-LD {@code headline}, {@code <title>}) are often rewritten for search and
 * sharing. So: the metadata title (first of those), with a site name joined to it removed
 * ("Headline | Site", "Site | Headline", when that part matches the site name, the host name, or
 * follows the {@code <h1>}), and a short label after a bar or a bullet ("Headline | Opinion"); then the {@code <h1>} that shares most words with it replaces it when
 * they share at least half their words (Dice), else the page's only {@code <h1>} when it has at
 * least {@value #SOLE_HEADING_WORDS} words and at most {@value #MAX_HEADLINE_WORDS}; with no metadata title, the first {@code <h1>} that
 * is not the site's name; else the source's hint. An {@code <h1>} in capitals that matches a
 * metadata title in mixed case gives way to the metadata's spelling.
 */
final class Titles {
    private static final Evaluator H1 = Selector.evaluatorOf("h1");
    private static final Evaluator TIME = Selector.evaluatorOf("time");

    private static final int MAX_HEADINGS = 10;
    private static final double MIN_SIMILARITY = 0.5;
    /**
     * The page's only {@code <h1>} with at least this many words is the headline readers see, even
     * when the metadata title was rewritten for search ("Best X 2025 - Top 10 Picks"); a shorter one
     * is more often a section or blog name.
     */
    static final int SOLE_HEADING_WORDS = 4;
    /**
     * The page's only {@code <h1>} with more words than this is a paragraph set as a heading (an
     * introduction in the header band), not a headline: the longest headlines of news and blog
     * pages run to about 25 words.
     */
    static final int MAX_HEADLINE_WORDS = 30;
    /** A trailing part after a bar or a bullet with at most this many words is a label, not headline. */
    static final int LABEL_WORDS = 3;
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\s+[|\u2022\u00B7]\\s+");
    /** A hyphen, en dash or em dash set apart by spaces. */
    private static final Pattern DASH_SEPARATOR = Pattern.compile("\\s+[-\u2013\u2014]\\s+");
    private static final Pattern ESCAPED = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    /**
     * Between a headline and the site's name: a bar, dash, bullet, guillemet or colon set apart by spaces, or
     * one that Chinese and Japanese titles write without spaces: an underscore, a full-width bar, colon or
     * dash, the bar-like ideograph 丨 ("滨江新区大桥通车_滨江日报", "図書館が改装｜みなと新聞").
     */
    static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00B7\u00BB:-]{1,2}\\s+|\\s*[_\uFF5C\uFF1A\uFF0D\u4E28]\\s*");

    private Titles() {
    }

    /**
     * The headline found, and the {@code <h1>} text that printed it otherwise (in capitals, with a
     * kicker or a comment count), which the body drops as it drops a repeat of the headline.
     *
     * @param pick the headline and its source, or {@code null}
     * @param printed that heading's text, or {@code null} when the headline is as printed or has no heading
     */
    record Headline(Pick<String> pick, String printed) {
        static Headline of(Pick<String> pick) {
            return new Headline(pick, null);
        }
    }

    /**
     * @param page the page
     * @param siteName the site name found for the page, or {@code null}
     * @return the headline and its source (or none), and the heading that printed it otherwise
     */
    static Headline find(Page page, String siteName) {
        List<String> sites = new ArrayList<>();
        Pick<String> appName = page.meta().first("application-name");
        String host = page.host();
        for (String site : new String[] {siteName, appName == null ? null : appName.value(), host, page.domainLabel(),
                RegisteredDomains.of(host, page.domainLabel())}) {
            if (site != null && !Text.key(site).isEmpty()) {
                sites.add(Text.key(site));
            }
        }
        List<String> headings = new ArrayList<>();
        List<Element> headingElements = new ArrayList<>();
        boolean sectionHeadings = false;
        for (Element h1 : page.tags().select("h1", H1)) {
            String text = unescaped(Text.normalise(headingText(h1)));
            if (!text.isEmpty() && !introduces(text) && !sites.contains(Text.key(text)) && headings.size() < MAX_HEADINGS) {
                headings.add(text);
                headingElements.add(h1);
                sectionHeadings |= PermalinkHeadings.isPermalinked(h1);
            }
        }
        Pick<String> found = page.meta().first("og:title");
        if (found == null) {
            found = Pick.of(page.jsonLd().text("headline"), "json-ld:headline");
        }
        if (found == null) {
            found = Pick.of(page.doc().title(), "title");
        }
        if (found == null) {
            return Headline.of(!headings.isEmpty() ? new Pick<>(headings.get(0), "h1") : Pick.of(page.item().title, "item"));
        }
        String labelled = withoutSite(unescaped(Text.normalise(found.value())), sites);
        String title = withoutLabel(labelled);
        int closest = closest(title, headings);
        String heading = closest < 0 ? null : headings.get(closest);
        String part = heading == null ? null : partPrinting(headingElements.get(closest), heading, title);
        if (part != null) {
            // a kicker, a source link or a comment count beside the headline in the same heading
            return new Headline(new Pick<>(part, "h1 part, matching " + found.from()), heading);
        }
        if (heading != null && LostCharacters.lostIn(heading, title)) {
            // the heading printed through a broken encoding ("Planning? Beginner? Guide"): the metadata kept its characters
            return new Headline(new Pick<>(title, found.from() + ", matching h1"), heading);
        }
        if (heading != null && shouted(heading) && !shouted(title)) {
            // set in capitals by the page's markup, often with a word more or less ("BEST X IN 2026"
            // for "Best X 2026"): the metadata has the headline in its own case
            return new Headline(new Pick<>(title, found.from() + ", matching h1"), heading);
        }
        if (heading != null) {
            return printedBy(heading, new Pick<>(withoutLabel(withoutSite(heading, sites)), "h1, matching " + found.from()));
        }
        int sole = headings.size() == 1 ? 0 : onlyInArticle(headingElements);
        int soleWords = sole < 0 ? 0 : UnspacedScripts.words(headings.get(sole)); // a Chinese headline has words too
        if (soleWords >= SOLE_HEADING_WORDS && soleWords <= MAX_HEADLINE_WORDS && !sectionHeadings) {
            return printedBy(headings.get(sole), new Pick<>(withoutLabel(withoutSite(headings.get(sole), sites)), "h1, the only one"));
        }
        return printedBy(labelled, new Pick<>(title, found.from()));
    }

    /**
     * @return the headline taken from a heading or a title, with that text as the one that printed it
     *         when a site name or a label was cut off it, so that the body drops a line that prints
     *         it so (the headline and its series number, "Headline - Part 1", above the text) as a repeat
     */
    private static Headline printedBy(String heading, Pick<String> pick) {
        return new Headline(pick, heading.equals(pick.value()) ? null : heading);
    }

    /**
     * @return the index of the only heading inside an {@code <article>} when it is also the first
     *         (other than the site's name), or -1: beside it, the {@code <h1>}s of the logo and of
     *         the widgets after the article are the site's, not the story's (on the development pages
     *         with several {@code <h1>}s and one in an article, that one is the headline on 26 of 29);
     *         an article after another {@code <h1>} may be a teaser card below a headline set in the
     *         page's header band
     */
    private static int onlyInArticle(List<Element> headings) {
        int found = -1;
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).closest("article") != null) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found == 0 ? 0 : -1;
    }

    /**
     * @return whether a heading ends with a colon: it introduces what follows ("A message from our
     *         founder:", "Listen to this episode now:", "Packing list for the trip:"), a box's or a
     *         section's lead-in, never a headline
     */
    private static boolean introduces(String heading) {
        char last = heading.charAt(heading.length() - 1);
        return last == ':' || last == '\uFF1A';
    }

    /**
     * @return a heading's text without the {@code <time>} that some blogs set inside it, with a space
     *         where a part styled as a block starts a line of its own ({@link LayoutBreaks#text}:
     *         {@code <h1>Headline<span class="block">Subtitle</span></h1>})
     */
    private static String headingText(Element h1) {
        if (h1.selectFirst(TIME) == null) {
            return LayoutBreaks.text(h1);
        }
        Element copy = h1.clone();
        copy.select(TIME).remove();
        return LayoutBreaks.text(copy);
    }

    /**
     * @return the text with character references decoded once more, when it still holds one: a CMS
     *         that escapes an already escaped title prints "SQL &amp;#x26; AI", which the parser
     *         reads as "SQL &#x26; AI"
     */
    static String unescaped(String text) {
        return text.indexOf('&') >= 0 && ESCAPED.matcher(text).find() ? Parser.unescapeEntities(text, false) : text;
    }

    /** @return true when a text has letters and none of them is lower case */
    private static boolean shouted(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isUpperCase(c);
        }
        return letters;
    }

    /**
     * @return the part of a heading that prints the title, when the heading holds at most
     *         {@value #LABEL_WORDS} words more (a kicker, a source, a count: a longer rest is a
     *         subtitle, part of the headline), or {@code null}
     */
    private static String partPrinting(Element h1, String heading, String title) {
        String titleKey = Text.key(title);
        String headingKey = Text.key(heading);
        if (titleKey.isEmpty() || headingKey.equals(titleKey) || !headingKey.contains(titleKey)
                || labelWords(heading) - labelWords(title) > LABEL_WORDS) {
            return null;
        }
        return HeadingParts.printing(h1, title);
    }

    /**
     * The index of the heading sharing most words with the title, if it shares at least half of them (Dice), else -1; of
     * equally close headings the first: templates print the headline again for another screen size
     * or in a sticky bar further down, where its case is sometimes restyled ("for your Home" after
     * "for Your Home"), and the first copy is the one set by the article's own template.
     */
    private static int closest(String title, List<String> headings) {
        Set<String> words = Text.wordSet(title);
        int best = -1;
        double bestScore = -1;
        for (int i = 0; i < headings.size(); i++) {
            Set<String> hw = Text.wordSet(headings.get(i));
            if (words.isEmpty() || hw.isEmpty()) {
                continue;
            }
            int shared = 0;
            for (String w : hw) {
                shared += words.contains(w) ? 1 : 0;
            }
            double dice = 2.0 * shared / (words.size() + hw.size());
            if (dice >= MIN_SIMILARITY && dice > bestScore) {
                best = i;
                bestScore = dice;
            }
        }
        return best;
    }

    /**
     * Removes a short trailing part after a bar or a bullet ("Headline | Opinion", "Headline | Acme
     * Tires", "Headline • Jane Doe", "Headline | Python, SQL & AI"): a section, brand or author name
     * that the site-name check did not know; its words are those with a letter or digit, so an
     * ampersand is none. A chain of three or more parts ("Headline | Patient Education | Acme
     * Children's Hospital", as CMSs build a {@code <title>} from the page, its section and the
     * site) keeps its first part when that is the longest: the headline, with the breadcrumb of its
     * place after it. After a dash only a short capitalised part goes ({@link #withoutDashLabel}), since
     * headlines join their subtitles with dashes ("Zero Waste - A Beginner's Guide").
     */
    static String withoutLabel(String title) {
        Matcher m = LABEL_SEPARATOR.matcher(title);
        int firstStart = -1;
        int start = -1;
        int end = -1;
        int parts = 1;
        int longestAfterFirst = 0;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
            } else {
                longestAfterFirst = Math.max(longestAfterFirst, labelWords(title.substring(end, m.start())));
            }
            start = m.start();
            end = m.end();
            parts++;
        }
        if (start < 0) {
            return withoutDashLabel(title);
        }
        int firstWords = labelWords(title.substring(0, firstStart));
        longestAfterFirst = Math.max(longestAfterFirst, labelWords(title.substring(end)));
        if (parts >= 3 && firstWords >= LABEL_WORDS && firstWords > longestAfterFirst) {
            return withoutDashLabel(title.substring(0, firstStart).trim());
        }
        if (labelWords(title.substring(end)) > LABEL_WORDS || labelWords(title.substring(0, start)) < LABEL_WORDS) {
            return withoutDashLabel(title);
        }
        return withoutDashLabel(title.substring(0, start).trim());
    }

    /**
     * Removes a short capitalised part after the last spaced dash ("Headline - Part 1", "Headline –
     * Infographic", "Headline — Strength Training", "Headline - Personally Tested"): a series
     * number, a format or a tag line that templates join to the headline, at most {@value #LABEL_WORDS}
     * words after more than {@value #LABEL_WORDS}. A part that starts in lower case runs the sentence on
     * ("Headline — and why it matters"), and after a short headline the part is its subtitle ("Zero
     * Waste - A Beginner's Guide"), so both stay.
     */
    static String withoutDashLabel(String title) {
        Matcher m = DASH_SEPARATOR.matcher(title);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        if (start < 0 || end >= title.length()) {
            return title;
        }
        char first = title.charAt(end);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)
                || labelWords(title.substring(end)) > LABEL_WORDS || labelWords(title.substring(0, start)) <= LABEL_WORDS) {
            return title;
        }
        return title.substring(0, start).trim();
    }

    /** @return the number of space-separated words that hold a letter or a digit ("SQL & AI" has 2) */
    private static int labelWords(String text) {
        int words = 0;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    /** Removes a leading or trailing part that names the site. */
    static String withoutSite(String title, List<String> sites) {
        String result = title;
        for (int round = 0; round < 3; round++) {
            Matcher m = SEPARATOR.matcher(result);
            int firstStart = -1;
            int firstEnd = -1;
            int lastStart = -1;
            int lastEnd = -1;
            while (m.find()) {
                if (firstStart < 0) {
                    firstStart = m.start();
                    firstEnd = m.end();
                }
                lastStart = m.start();
                lastEnd = m.end();
            }
            if (lastStart < 0) {
                break;
            } else if (sites.contains(Text.key(result.substring(lastEnd)))) {
                result = result.substring(0, lastStart);
            } else if (sites.contains(Text.key(result.substring(0, firstStart)))) {
                result = result.substring(firstEnd);
            } else {
                break;
            }
        }
        return result.isBlank() ? title : result.trim();
    }
}
