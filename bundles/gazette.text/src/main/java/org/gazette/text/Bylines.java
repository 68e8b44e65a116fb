package org.gazette.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads author names from byline text: "By Jane Doe and John Roe | 14 September 2023" gives two
 * names, as do "Von Anna Schmidt und Jonas Weber", "Por Ana Ruiz y Pedro Gómez" and
 * "Par Luc Martin et Marie Roux"; "By providing your email you agree..." gives none.
 * <p>
 * A byline may start with "By", "Von", "Por", "Par", "Door", "מאת", "di", Swedish "Av" and Romanian "de" before a name of
 * two or more words (the words of {@link BylineWords}), an author label of {@link BylineWords#AUTHOR_LABELS} ("Author:",
 * "Autoren:", "Автор:", "Autoři:", "Szerző:", "نویسنده:", "Teksti:"...), Hindi "द्वारा", Arabic "بقلم", Thai "โดย",
 * Indonesian "Oleh" (also "Written by", "Posted by"); a reporter's title in Chinese, Japanese and Korean ("记者 李华", "김민수 기자")
 * is dropped;
 * names are separated by commas, semicolons, "&amp;" and "and", "und", "y", "e", "et"; whatever
 * follows a "|", "•", "·", "/" or a spaced dash is not part of it. Role words after a comma
 * ("Political Correspondent") and credentials ("MD", "PhD") are dropped; when the first part is
 * not a name, the text is not a byline.
 */
public final class Bylines {

    private static final int MAX_TEXT = 200;
    /** The longest line {@link #fromLine} reads, in characters once whitespace is collapsed. */
    public static final int MAX_LINE = 120;
    /** White space, also the no-break, typographic and ideographic spaces ("记者　李华"). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u3000\\uFEFF]+");
    private static final String VERB = "(?iu)^(?:(?:" + BylineWords.WRITTEN_BY_VERB_PATTERN + "|text|submitted|published)\\s+)?";
    private static final String BY_WORD = "(?:" + BylineWords.alternation(BylineWords.BY.stream()
            .filter(word -> !BylineWords.BY_LOOKALIKES.contains(word)).toList()) + "|द्वारा|بقلم|โดย|oleh)";
    /** The byline word or author label that opens a byline element's text, with or without a colon ("By", "Author:", "Autor"). */
    private static final Pattern PREFIX = Pattern.compile(VERB + "(?:" + BY_WORD + "|" + BylineWords.AUTHOR_LABEL_PATTERN + ")\\s*:?\\s+");
    /**
     * The same on a line of running text ({@link #fromLine}), where an author label needs its colon: without one it
     * opens a heading as often ("Authors We Love", "Autori italiani", "Author Q&amp;A").
     */
    private static final Pattern LINE_PREFIX = Pattern.compile(VERB + "(?:" + BY_WORD + "\\s*:?|(?:"
            + BylineWords.AUTHOR_LABEL_PATTERN + ")\\s*:)\\s+");
    /**
     * A byline word that also opens names and other words ({@link BylineWords#BY_LOOKALIKES} as written, lower case or
     * capitalised, and Romanian "de" and Italian "di" in lower case), read as one only before a name of two or more
     * capitalised words: "Av Erik Lindqvist", "de Andrei Popescu", "di Marco Rossi", not "Av Club", "de Vries",
     * "de la Cruz", "di Maio". {@link #names} only.
     */
    private static final Pattern LOOKALIKE_PREFIX = Pattern.compile("^(?:" + BylineWords.BY_ROMANIAN + "|" + BylineWords.BY_ITALIAN + "|"
            + BylineWords.alternation(BylineWords.BY_LOOKALIKES.stream()
                    .flatMap(word -> Stream.of(word, Character.toUpperCase(word.charAt(0)) + word.substring(1))).toList())
            + ") (?=\\p{Lu}[^ ,;&]* \\p{Lu})");
    /**
     * The reporter's title that Chinese, Japanese and Korean bylines print before or after the name
     * ("记者 李华", "田中太郎 記者", "김민수 기자"), or a label ("作者：李华", "文／李华"; "文" only with its
     * separator, as it is also a surname, "文静", and a word, "文化新闻"): not part of the name. Korean bylines
     * often give the reporter's e-mail address after the title ("김민수 기자 minsu@example.kr"): it goes with the title.
     */
    private static final Pattern EAST_ASIAN_ROLE = Pattern.compile(
            "^(?:本报|本報)?(?:(?:记者|記者|作者|撰文)\\s*[:：/／]?|文\\s*[:：/／])\\s*|\\s*(?:记者|記者|기자|特派員|特派员|通讯员)(?:\\s*[(（]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)）]?)?$");
    /** The longest name a reporter's title goes with: a few syllables, not a sentence ending "...告诉记者". */
    private static final int MAX_TITLED_NAME = 7;
    private static final Pattern CUT = Pattern.compile("\\s*(?:[|•·/]|\\s[-\u2013\u2014]\\s).*$");
    /** " on Tue, 20/02/2024", " am 3. Mai", " le 4 mai": a date after the names, as CMS "submitted" lines write it. */
    private static final Pattern DATE_AFTER = Pattern.compile("(?u)\\s+(?:" + BylineWords.DATE_CONNECTOR_PATTERN + ")\\s+(?=\\p{Lu}|\\d).*$");
    private static final Pattern SEPARATOR = Pattern.compile("(?iu)\\s*[,;&]\\s*|\\s+(?:and|und|y|e|et)\\s+");
    /** "MD", "PhD", "M.D." after a comma are credentials, not co-authors (a first "AFP" is a name). */
    private static final Pattern CREDENTIAL = Pattern.compile("(?:[A-Z]\\.?){2,5}|Ph\\.?D\\.?|Jr\\.?|Sr\\.?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}.'\u2019-]+");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "das", "del",
            "della", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "ten", "ter", "zu");
    private static final Set<String> ROLES = Set.of("staff", "writer", "reporter", "correspondent", "editor", "columnist",
            "contributor", "photographer", "redaktion", "korrespondent", "korrespondentin", "correspondant",
            "corresponsal", "reportero", "journaliste", "admin", "administrator", "author", "guest", "kolumnist",
            "kolumnistin", "chroniqueur", "chroniqueuse", "columnista");
    /**
     * Words of link and label text that sits where names do ("Learn more", "View all posts"), and
     * words that mark a label before a name ("Story by Jane Doe", "Ein Kommentar von Jane Doe").
     * "von" itself is a name particle, see {@link #isName}.
     */
    private static final Set<String> NOT_NAMES = Set.of("by", "por", "par", "ein", "eine", "more", "read", "view",
            "all", "posts", "profile", "follow", "about", "contact", "learn", "see", "home", "history", "share",
            "posted", "published", "updated", "submitted", "guidelines", "policy", "process", "standards");

    private Bylines() {
    }

    /**
     * Reads text that is known to be a byline, such as a byline element's text or an author field:
     * the "By" is optional ("Jane Doe; John Roe" gives two names).
     *
     * @param text byline text, possibly {@code null}; whitespace of any kind is collapsed
     * @return the names in order, without duplicates; empty when the text is not a byline or
     *         longer than 200 characters
     */
    public static List<String> names(String text) {
        if (text != null && keptChars(text, MAX_TEXT) > MAX_TEXT) {
            return List.of(); // too long however its whitespace collapses: spare the regular expressions
        }
        String byline = text == null ? "" : SPACES.matcher(text).replaceAll(" ").trim();
        if (byline.isEmpty() || byline.length() > MAX_TEXT) {
            return List.of();
        }
        if (hasEastAsianRole(byline)) {
            String name = EAST_ASIAN_ROLE.matcher(byline).replaceAll("");
            if (name.length() < byline.length() && name.length() > MAX_TITLED_NAME) {
                return List.of();
            }
            byline = name;
        }
        int nameStart = prefixEnd(byline);
        boolean prefixed = nameStart > 0;
        byline = CUT.matcher(prefixed ? byline.substring(nameStart) : byline).replaceFirst("");
        if (prefixed) {
            byline = DATE_AFTER.matcher(byline).replaceFirst("");
        }
        List<String> names = new ArrayList<>();
        String[] parts = SEPARATOR.split(byline);
        for (int i = 0; i < parts.length; i++) {
            String part = shoutedName(parts[i].trim());
            if (isName(part) && (i == 0 || !CREDENTIAL.matcher(part).matches())) {
                if (!names.contains(part)) {
                    names.add(part);
                }
            } else if (i == 0) {
                return List.of();
            }
        }
        return names;
    }

    /**
     * @param part one name of a byline, trimmed
     * @return the name a wire byline prints in capitals before its agency in mixed case ("JOHN MARSH
     *         Associated Press": "JOHN MARSH"), as printed; otherwise the part unchanged (a name in capitals
     *         alone, "LEONARDO GARCIA", and one capitalised initialism before a name, "DJ Khaled", stay whole)
     */
    static String shoutedName(String part) {
        String[] words = part.split(" ");
        int shouted = 0;
        while (shouted < words.length && isShouted(words[shouted])) {
            shouted++;
        }
        if (shouted < 2 || shouted == words.length || !Character.isUpperCase(words[shouted].charAt(0))) {
            return part;
        }
        for (int i = shouted; i < words.length; i++) {
            if (isShouted(words[i])) {
                return part; // capitals again: not a name, then its agency
            }
        }
        return String.join(" ", Arrays.copyOf(words, shouted));
    }

    /** @return true for a word of two or more letters, all capitals ("JOHN", "O'NEILL", "SMITH-JONES") */
    private static boolean isShouted(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '\'' && c != '\u2019' && c != '-' && c != '.') {
                return false;
            }
        }
        return letters >= 2;
    }

    /**
     * Reads a line of running text that may be a byline, such as a line under a plain-text title:
     * it must start with a byline word ("By", "Von", "Por", "Par", "Author:"...), or name a reporter
     * the Chinese, Japanese or Korean way ("记者 李华", "김민수 기자"). Not with a word that opens other lines as often
     * ({@link BylineWords#BY_LOOKALIKES}, Romanian "de", Italian "di": "Av Club", "de Paris", "di Roma"): those only in
     * {@link #names}.
     *
     * @param line one line, possibly {@code null}
     * @return the names in order, without duplicates; empty when the line is not a byline or
     *         longer than 120 characters
     */
    public static List<String> fromLine(String line) {
        if (line != null && keptChars(line, MAX_LINE) > MAX_LINE) {
            return List.of(); // a paragraph, not a line: spare the regular expressions
        }
        String text = line == null ? "" : SPACES.matcher(line).replaceAll(" ").trim();
        if (text.length() > MAX_LINE || !LINE_PREFIX.matcher(text).find()
                && !(hasEastAsianRole(text) && EAST_ASIAN_ROLE.matcher(text).find())) {
            return List.of();
        }
        return names(text);
    }

    /**
     * @param byline a byline element's text, whitespace collapsed
     * @return where the name after its byline word or label begins, or 0 when it has none
     */
    private static int prefixEnd(String byline) {
        Matcher prefix = PREFIX.matcher(byline);
        if (prefix.find()) {
            return prefix.end();
        }
        Matcher lookalike = LOOKALIKE_PREFIX.matcher(byline);
        return lookalike.find() ? lookalike.end() : 0;
    }

    /** @return whether a text holds a Chinese, Japanese or Korean role word: most bylines are spared the pattern */
    private static boolean hasEastAsianRole(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3040') { // kana, Han, Hangul
                return true;
            }
        }
        return false;
    }

    /**
     * @return how many characters of the text collapsing whitespace and trimming surely keep (neither
     *         {@link #SPACES} nor control characters), counted up to one more than {@code max}
     */
    private static int keptChars(String text, int max) {
        int kept = 0;
        for (int i = 0; i < text.length() && kept <= max; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c != '\u00A0' && c != '\u2007' && c != '\u202F' && c != '\u200B' && c != '\uFEFF') {
                kept++;
            }
        }
        return kept;
    }

    /**
     * @param text a candidate name, whitespace already collapsed
     * @return true when it reads like a person's or agency's name: one to five capitalised words
     *         (name particles such as "van" or "de" aside), no digits, no role words ("Staff
     *         Writer") and no link or label words ("View all posts"); at most one capitalised word
     *         after "von", so that "Konstantin von Hammerstein" is a name and "Kommentar von Anna
     *         Schmidt" (a label, then a name) is not
     */
    public static boolean isName(String text) {
        if (text.isEmpty() || text.length() > 60) {
            return false;
        }
        String[] words = text.split(" ");
        if (words.length > 5) {
            return false;
        }
        boolean capitalised = false;
        int afterVon = -1;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!WORD.matcher(word).matches() || ROLES.contains(lower) || NOT_NAMES.contains(lower)) {
                return false;
            }
            if (PARTICLES.contains(lower)) {
                afterVon = lower.equals("von") ? 0 : afterVon;
                continue;
            }
            int first = word.codePointAt(0);
            if (!Character.isLetter(first) || Character.isLowerCase(first) || afterVon >= 0 && ++afterVon > 1) {
                return false;
            }
            capitalised = true;
        }
        return capitalised;
    }
}
