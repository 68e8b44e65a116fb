package org.gazette.enrich.entities.impl;

import java.text.Normalizer;
import java.util.Locale;

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
