package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A shop, restaurant or firm called by its founder's name and a possessive, nothing after it: "at
 * Tellby's.", "went in Quarrow's, but", "to Marrick's;". After "at", "in", "to" or "from", a name
 * with "'s" that ends the phrase is the business, an organisation. Not a given name ("at Sarah's"
 * is her home).
 */
final class ShopsByPossessive {

    private static final Set<String> BEFORE = Set.of("at", "in", "to", "from");

    private ShopsByPossessive() {
    }

    /** @return whether the candidate is such a business */
    static boolean at(Lexicon lexicon, List<Token> tokens, Candidate c) {
        if (c.from == 0 || c.to + 1 > tokens.size() || !BEFORE.contains(tokens.get(c.from - 1).text)
                || tokens.get(c.to).shape != Token.Shape.POSSESSIVE || lexicon.isFirstNameAlone(tokens.get(c.from).text)) {
            return false;
        }
        if (c.to + 1 == tokens.size()) {
            return true;
        }
        Token after = tokens.get(c.to + 1);
        return after.lineStart || after.shape == Token.Shape.PUNCT;
    }
}
