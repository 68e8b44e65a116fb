package org.gazette.enrich.entities.impl;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * How names are compared: case, accents, hyphens, periods and apostrophes do not count, so "Kim
 * Jong-un", "Kim Jong Un" and "KIM JONG-UN" have one key, as do "U.S." and "US".
 */
final class Names {

    private Names() {
    }

    /** @return the comparison key of a name: lower case, no accents, hyphens as spaces, no periods or apostrophes */
    static String key(String name) {
        String s = name;
        boolean ascii = true;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!ascii && Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '.' || c == '\'' || c == '’' || c == '‘' || c == '"') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '-' || c == '‐' || c == '–' || c == '_' || c == ',') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Common English short forms of given names and the full name they stand for (facts; lower case). */
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("steve", "steven"),
            Map.entry("stephen", "steven"), Map.entry("larry", "lawrence"), Map.entry("bill", "william"),
            Map.entry("will", "william"), Map.entry("bob", "robert"), Map.entry("rob", "robert"),
            Map.entry("bobby", "robert"), Map.entry("jim", "james"), Map.entry("jimmy", "james"),
            Map.entry("mike", "michael"), Map.entry("tom", "thomas"), Map.entry("tommy", "thomas"),
            Map.entry("dick", "richard"), Map.entry("rick", "richard"), Map.entry("joe", "joseph"),
            Map.entry("dave", "david"), Map.entry("dan", "daniel"), Map.entry("danny", "daniel"),
            Map.entry("chris", "christopher"), Map.entry("matt", "matthew"), Map.entry("nick", "nicholas"),
            Map.entry("tony", "anthony"), Map.entry("ed", "edward"), Map.entry("ted", "edward"),
            Map.entry("ben", "benjamin"), Map.entry("sam", "samuel"), Map.entry("alex", "alexander"),
            Map.entry("andy", "andrew"), Map.entry("pete", "peter"), Map.entry("ken", "kenneth"),
            Map.entry("greg", "gregory"), Map.entry("jeff", "jeffrey"), Map.entry("jon", "jonathan"),
            Map.entry("tim", "timothy"), Map.entry("pat", "patrick"), Map.entry("ron", "ronald"),
            Map.entry("don", "donald"), Map.entry("doug", "douglas"), Map.entry("fred", "frederick"),
            Map.entry("charlie", "charles"), Map.entry("chuck", "charles"), Map.entry("hank", "henry"),
            Map.entry("liz", "elizabeth"), Map.entry("beth", "elizabeth"), Map.entry("kate", "katherine"),
            Map.entry("katie", "katherine"), Map.entry("cathy", "catherine"), Map.entry("jenny", "jennifer"),
            Map.entry("jen", "jennifer"), Map.entry("sue", "susan"), Map.entry("meg", "margaret"),
            Map.entry("maggie", "margaret"), Map.entry("peggy", "margaret"), Map.entry("becky", "rebecca"),
            Map.entry("vicky", "victoria"), Map.entry("pam", "pamela"), Map.entry("debbie", "deborah"),
            Map.entry("abby", "abigail"), Map.entry("mandy", "amanda"));

    /**
     * @return the comparison key of a person's name with a short given name first written in full:
     *         "Steve Jobs" and "Steven Jobs" have one key, "steven jobs"
     */
    static String personKey(String name) {
        String key = key(name);
        int space = key.indexOf(' ');
        String first = space < 0 ? key : key.substring(0, space);
        String full = SHORT_FORMS.get(first);
        return full == null ? key : space < 0 ? full : full + key.substring(space);
    }

    /**
     * @return the name without the letters of honours and degrees after it ("Ann Lee FRS",
     *         "Edith Harrowgate DBE FRS" are "Ann Lee", "Edith Harrowgate"): trailing words of two to four
     *         capitals, when at least two words are left and the rest is not written in capitals
     */
    static String withoutPostNominals(String name) {
        String[] words = name.split(" ");
        int end = words.length;
        while (end > 2 && postNominal(words[end - 1])) {
            end--;
        }
        if (end == words.length || !hasLowerCase(words[0])) {
            return name;
        }
        return String.join(" ", Arrays.copyOf(words, end));
    }

    private static boolean postNominal(String word) {
        String w = word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
        if (w.length() < 2 || w.length() > 4) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isUpperCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLowerCase(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Abbreviated last words of street names and the words they stand for (keys, without periods). */
    private static final Map<String, String> STREET_WORDS = Map.of("st", "street", "ave", "avenue", "rd", "road",
            "blvd", "boulevard", "sq", "square", "ln", "lane", "dr", "drive", "pl", "place", "hwy", "highway");

    /**
     * @return the comparison key of a place's name with an abbreviated street word in full ("Main
     *         St." is "main street") and without the generic words that name the same place: "City
     *         of Marlow" is "marlow", "Tallgrass National Park" "tallgrass" (not "X Island": a town
     *         is often named like its island)
     */
    static String placeKey(String name) {
        String key = key(name);
        for (String prefix : new String[] {"city of ", "town of "}) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                key = key.substring(prefix.length());
            }
        }
        for (String suffix : new String[] {" national park"}) {
            if (key.endsWith(suffix) && key.length() > suffix.length()) {
                key = key.substring(0, key.length() - suffix.length());
            }
        }
        key = LeadingPlaceAbbreviations.expand(key); // "Mt. Quarrow" is "Mount Quarrow"
        int space = key.lastIndexOf(' ');
        String full = space < 0 ? null : STREET_WORDS.get(key.substring(space + 1));
        return full == null ? key : key.substring(0, space + 1) + full;
    }

    /** @return whether the first word of {@code name} is a short form of the first word of {@code full} ("Steve", "Steven") */
    static boolean shortGivenName(String name, String full) {
        String a = key(name);
        String b = key(full);
        String first = a.indexOf(' ') < 0 ? a : a.substring(0, a.indexOf(' '));
        String fullFirst = b.indexOf(' ') < 0 ? b : b.substring(0, b.indexOf(' '));
        return !first.equals(fullFirst) && fullFirst.equals(SHORT_FORMS.get(first));
    }

    /** @return the number of space-separated words of a name */
    static int words(String name) {
        int n = 1;
        for (int k = 0; k < name.length(); k++) {
            if (name.charAt(k) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** @return the text with runs of whitespace (line breaks included) collapsed to one space */
    static String collapse(String text) {
        StringBuilder out = null;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c) && (c != ' ' || k + 1 < text.length() && Character.isWhitespace(text.charAt(k + 1)))) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, k));
                }
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (out != null) {
                if (c != ' ' || out.charAt(out.length() - 1) != ' ') {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
