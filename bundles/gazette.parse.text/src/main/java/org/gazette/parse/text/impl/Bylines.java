package org.gazette.parse.text.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a byline line ("By Jane Doe", "By Jane Doe and John Roe", "Von Anna Schmidt",
 * "Por Ana Ruiz", "Par Luc Martin") and splits it into names. A sentence that merely starts
 * with "By" ("By providing your email you agree...") is not a byline.
 */
final class Bylines {

    private static final int MAX_LINE = 120;
    private static final Pattern PREFIX = Pattern.compile("(?iu)^(?:by|von|por|par)\\s+(.+)$");
    private static final Pattern SEPARATOR = Pattern.compile("(?iu)\\s*[,;&]\\s*|\\s+(?:and|und|y|e|et)\\s+");
    /** "MD", "PhD", "M.D." after a comma are credentials, not co-authors (a first "AFP" is a name). */
    private static final Pattern CREDENTIAL = Pattern.compile("(?:[A-Z]\\.?){2,5}|Ph\\.?D\\.?|Jr\\.?|Sr\\.?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}.'\u2019-]+");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "das", "del",
            "della", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "ten", "ter", "zu");
    private static final Set<String> ROLES = Set.of("staff", "writer", "reporter", "correspondent", "editor",
            "contributor", "photographer", "redaktion", "korrespondent", "korrespondentin", "correspondant",
            "corresponsal", "reportero", "journaliste");

    private Bylines() {
    }

    /**
     * @param line one trimmed line
     * @return the names in byline order, or {@code null} when the line is not a byline
     */
    static List<String> parse(String line) {
        if (line.length() > MAX_LINE) {
            return null;
        }
        Matcher m = PREFIX.matcher(line);
        if (!m.matches()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        String[] parts = SEPARATOR.split(m.group(1).trim());
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (isName(part) && (i == 0 || !CREDENTIAL.matcher(part).matches())) {
                if (!names.contains(part)) {
                    names.add(part);
                }
            } else if (i == 0) {
                return null;
            }
        }
        return names.isEmpty() ? null : names;
    }

    /**
     * @param text a candidate name
     * @return true when it reads like a person's or agency's name: one to five capitalised words
     *         (name particles such as "von" or "de" aside), no digits, no role words
     */
    static boolean isName(String text) {
        if (text.isEmpty() || text.length() > 60) {
            return false;
        }
        String[] words = text.split("\\s+");
        if (words.length > 5) {
            return false;
        }
        boolean capitalised = false;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!WORD.matcher(word).matches() || ROLES.contains(lower)) {
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
