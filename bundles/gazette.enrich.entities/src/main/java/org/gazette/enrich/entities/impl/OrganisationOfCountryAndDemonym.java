package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gazette.api.model.EntityType;

/**
 * An organisation named by a demonym and one organisation word and one named by that word, "of" and
 * the country are one: "the Albanian Government" and "the Government of the Republic of Albania",
 * "the Kenyan Parliament" and "the Parliament of Kenya". Only when each form names one organisation
 * of the text.
 */
final class OrganisationOfCountryAndDemonym {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    OrganisationOfCountryAndDemonym(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void join(List<Group> groups) {
        Map<String, Group> byDemonym = new HashMap<>();
        Map<String, Group> byCountry = new HashMap<>();
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION || g.members.isEmpty()) {
                continue;
            }
            for (Candidate c : g.members) {
                note(byDemonym, demonymForm(c), g);
                note(byCountry, ofCountryForm(c), g);
            }
        }
        for (Map.Entry<String, Group> e : byDemonym.entrySet()) {
            Group withDemonym = e.getValue();
            Group withCountry = byCountry.get(e.getKey());
            if (withDemonym != null && withCountry != null && withDemonym != withCountry
                    && !withDemonym.members.isEmpty() && !withCountry.members.isEmpty()) {
                withDemonym.takeAll(withCountry); // the longer name becomes the canonical one, as for any group
            }
        }
        groups.removeIf(g -> g.members.isEmpty());
    }

    /** Remembers the group of a form, or null for a form that names two organisations. */
    private static void note(Map<String, Group> forms, String key, Group g) {
        if (key != null) {
            if (forms.containsKey(key) && forms.get(key) != g) {
                forms.put(key, null);
            } else {
                forms.put(key, g);
            }
        }
    }

    /** @return "government|Albania" for "Albanian Government", else null */
    private String demonymForm(Candidate c) {
        if (c.length() != 2 || !lexicon.isOrgSuffix(tokens.get(c.from + 1).text)) {
            return null;
        }
        Known demonym = lexicon.phrase(tokens, c.from, c.from + 1, false);
        return demonym != null && demonym.kind() == Known.Kind.DEMONYM && demonym.type() == null
                ? tokens.get(c.from + 1).text.toLowerCase() + "|" + demonym.canonical() : null;
    }

    /** @return "government|Albania" for "Government of the Republic of Albania" or "Government of Albania", else null */
    private String ofCountryForm(Candidate c) {
        if (c.length() < 3 || !tokens.get(c.from + 1).is("of") || !lexicon.isOrgSuffix(tokens.get(c.from).text)
                && !lexicon.isOrgHead(tokens.get(c.from).text)) {
            return null;
        }
        for (int k = c.from + 2; k < c.to; k++) {
            Known country = lexicon.phrase(tokens, k, c.to, false);
            if (country != null && country.kind() == Known.Kind.COUNTRY) {
                return tokens.get(c.from).text.toLowerCase() + "|" + country.canonical();
            }
        }
        return null;
    }
}
