package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * An apposition after a name that calls it a kind of organisation: ", a company", ", the firm",
 * and with up to three words before the noun: ", a Berlin-based startup", ", the country's largest
 * bank", ", a small regional airline". The noun closes the apposition or goes on with a relative
 * pronoun or a preposition (", a company that", ", a bank based in"; not "of": ", the group of chemicals"), so that ", a band member" or
 * ", a team player" is no organisation.
 */
final class OrganisationAppositions {

    /** Kinds of organisation named in an apposition: "X, a company", "X, the charity". */
    static final Set<String> KINDS = Set.of("company", "firm", "charity", "band", "team", "club", "publisher", "startup",
            "corporation", "organisation", "organization", "agency", "group", "retailer", "airline", "newspaper",
            "magazine", "website", "network", "bank", "label", "studio", "nonprofit", "non-profit", "brand", "chain",
            "manufacturer", "broadcaster", "conglomerate", "insurer", "carrier", "lender", "university", "party",
            "militia", "outlet", "tabloid", "subsidiary", "cooperative", "co-operative", "foundation",
            "think-tank");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words that may follow the noun inside the apposition: "a company that", "a bank based in". */
    private static final Set<String> AFTER_KIND = Set.of("that", "which", "whose", "based", "in", "from", "with",
            "for", "owned", "founded", "run", "headquartered", "and", "on", "by", "at");
    /** Words before the noun at most, after the article. */
    private static final int MODIFIERS = 3;

    private OrganisationAppositions() {
    }

    /** @return whether a comma at {@code k} opens an apposition naming a kind of organisation */
    static boolean at(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !tokens.get(k).isPunct(',') || !ARTICLES.contains(tokens.get(k + 1).text)) {
            return false;
        }
        for (int n = k + 2; n < Math.min(tokens.size(), k + 3 + MODIFIERS); n++) {
            Token t = tokens.get(n);
            if (t.shape == Token.Shape.LOWER && KINDS.contains(t.text)) {
                return closes(tokens, n + 1);
            }
            if (t.sentenceStart || t.shape != Token.Shape.LOWER && t.shape != Token.Shape.CAPITALISED
                    && t.shape != Token.Shape.POSSESSIVE && t.shape != Token.Shape.NUMBER && !t.isPunct('-')) {
                return false; // "Ann Lee, a friend. The band"
            }
        }
        return false;
    }

    /** The token after the noun ends the apposition or goes on with a relative pronoun or a preposition. */
    private static boolean closes(List<Token> tokens, int n) {
        if (n >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(n);
        return t.sentenceStart || t.shape != Token.Shape.LOWER || AFTER_KIND.contains(t.text);
    }
}
