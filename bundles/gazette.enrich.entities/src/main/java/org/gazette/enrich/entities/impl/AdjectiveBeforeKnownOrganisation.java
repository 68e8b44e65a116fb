package org.gazette.enrich.entities.impl;

import java.util.List;

import org.gazette.api.model.EntityType;

/**
 * A political or religious adjective before a run that is a gazetteer organisation by itself
 * modifies it and is not part of its name: "the Democratic Senate" and "a Republican Congress" are
 * the US Senate and the US Congress (not "Democratic Senate" as an organisation of its own), while
 * "Communist Party" or "the Conservative Government" stay one name. A demonym is not such an
 * adjective: "the Syrian Army" is not the US Army.
 */
final class AdjectiveBeforeKnownOrganisation {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    AdjectiveBeforeKnownOrganisation(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /**
     * @param adjective what the gazetteer says the word before names (a term that names no entity)
     * @param from the first token after the adjective
     * @param to the end of the capitalised run after it
     * @return whether the adjective only modifies the organisation that the run names
     */
    boolean modifies(Known adjective, int from, int to) {
        if (adjective.kind() != Known.Kind.NOT_AN_ENTITY) {
            return false;
        }
        Known run = lexicon.phrase(tokens, from, to, false);
        return run != null && run.type() == EntityType.ORGANIZATION && !run.ambiguous();
    }
}
