package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads author names from byline text: "By Jane Doe and John Roe | 14 September 2023" gives two
 * names; "By providing your email you agree..." gives none. A name is one to five capitalised
 * words (particles such as "van" or "de" aside) without digits or role words.
 */
final class Bylines {

    private static final int MAX_TEXT = 200;
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^(?:(?:written|posted|words|reported|text)\\s+)?(?:by|von|por|par|author|autor|auteur)\\s*:?\\s+");
    private static final Pattern CUT = Pattern.compile("\\s*(?:[|•·/]|\\s[-\u2013\u2014]\\s).*$");
    private static final Pattern SEPARATOR = Pattern.compile("(?iu)\\s*[,;&]\\s*|\\s+(?:and|und|y|e|et)\\s+");
    /** "MD", "PhD", "M.D." after a comma are credentials, not co-authors (a first "AFP" is a name). */
    private static final Pattern CREDENTIAL = Pattern.compile("(?:[A-Z]\\.?){2,5}|Ph\\.?D\\.?|Jr\\.?|Sr\\.?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}.'\u2019-]+");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "das", "del",
            "della", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "ten", "ter", "zu");
    private static final Set<String> ROLES = Set.of("staff", "writer", "reporter", "correspondent", "editor",
            "contributor", "photographer", "redaktion", "korrespondent", "korrespondentin", "correspondant",
            "corresponsal", "reportero", "journaliste", "admin", "administrator", "author", "guest");
    /** Words of link and label text that sits where names do ("Learn more", "View all posts"). */
    private static final Set<String> NOT_NAMES = Set.of("by", "von", "por", "par", "more", "read", "view", "all",
            "posts", "profile", "follow", "about", "contact", "learn", "see", "home", "history", "share");

    private Bylines() {
    }

    /**
     * @param text byline text such as an element's text
     * @return the names in order, without duplicates; empty when the text is not a byline
     */
    static List<String> names(String text) {
        String byline = Text.normalise(text);
        if (byline.isEmpty() || byline.length() > MAX_TEXT) {
            return List.of();
        }
        byline = CUT.matcher(PREFIX.matcher(byline).replaceFirst("")).replaceFirst("");
        List<String> names = new ArrayList<>();
        String[] parts = SEPARATOR.split(byline);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
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
     * @param text a candidate name
     * @return true when it reads like a person's or agency's name
     */
    static boolean isName(String text) {
        if (text.isEmpty() || text.length() > 60) {
            return false;
        }
        String[] words = text.split(" ");
        if (words.length > 5) {
            return false;
        }
        boolean capitalised = false;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!WORD.matcher(word).matches() || ROLES.contains(lower) || NOT_NAMES.contains(lower)) {
                return false;
            }
            if (PARTICLES.contains(lower)) {
                continue;
            }
            int first = word.codePointAt(0);
            if (!Character.isLetter(first) || Character.isLowerCase(first)) {
                return false;
            }
            capitalised = true;
        }
        return capitalised;
    }
}
