package org.gazette.enrich.entities.impl;

import java.util.Set;

/**
 * A gazetteer company's name followed by "Group" or "Holdings" alone names the company ("HSBC
 * Holdings", "Tata Group" are the gazetteer's "HSBC", "Tata"), and so does its name with "& Co."
 * ("JPMorgan Chase & Co."), for {@link LegalForms}. Not "Industries" or "International" alone, which
 * name other companies or bodies ("Toyota Industries", "Amnesty International").
 */
final class GroupsOfCompanies {

    private static final Set<String> GROUP_WORDS = Set.of("Group", "Holdings", "Holding");

    private GroupsOfCompanies() {
    }

    static boolean isGroupWord(String word) {
        return GROUP_WORDS.contains(word);
    }

    /** @return whether the token is the "&" of "& Co." */
    static boolean isAmpersand(Token t) {
        return t.isPunct('&') || "&".equals(t.text);
    }
}
