package org.gazette.parse.html.impl;

import java.util.List;
import java.util.regex.Pattern;

import org.gazette.text.Bylines;

/**
 * The letters a site's metadata writes after its author's name: degrees, licences and
 * certifications ("Jane Doe, MD", "Jane Doe, Ph.D.", "Jane Doe, MS, RD", "Jane Doe CPP, PSP",
 * "Jane Doe, CFP®"), as health, finance and trade sites credit their experts in the JSON-LD
 * {@code author} and the author meta tags. They are how the site names its author, so a declared
 * name keeps them as it stands; "Jr." and a role ("Senior Editor") are no credentials, nor is a second
 * name ("Jane Doe, John Roe").
 */
final class PostNominals {
    /** One or more credentials, each after a comma: capitals with optional dots ("RD", "M.D."), "Ph.D.", "PharmD", a registered sign. */
    private static final Pattern CREDENTIALS = Pattern.compile(
            "(?:\\s*,\\s*(?:(?:\\p{Lu}\\.?){2,6}|Ph\\.?\\s?D\\.?|Pharm\\.?\\s?D\\.?)[\u00ae\u2122]?)+");

    private PostNominals() {
    }

    /**
     * @param text a byline's text: a link's, an element's or an author property's
     * @return its names ({@link Bylines#names}); a single name keeps the credentials written after it, as the site credits its
     *         expert ("<a>Jane Doe, DVM</a>"): the same person the metadata would declare as "Jane Doe, DVM"
     */
    static List<String> names(String text) {
        List<String> names = Bylines.names(text);
        return names.size() == 1 ? List.of(withCredentials(text, names.get(0))) : names;
    }

    /**
     * @param declared the author's name as the metadata declares it
     * @param name the one name read from it
     * @return the declared text when it is that name followed by credentials only, else the name
     */
    static String withCredentials(String declared, String name) {
        String text = Text.normalise(declared);
        if (!text.startsWith(name) || text.length() == name.length()) {
            return name;
        }
        return CREDENTIALS.matcher(text.substring(name.length())).matches() ? text : name;
    }
}
