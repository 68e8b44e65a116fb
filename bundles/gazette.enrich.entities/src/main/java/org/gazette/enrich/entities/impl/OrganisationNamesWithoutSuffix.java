package org.gazette.enrich.entities.impl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A name of two words or more that the text also writes with an organisation word after it is that
 * organisation, before the words around it are weighed: "Zembla Mining said" after "the Zembla Mining
 * Corporation" is the company, not a person "Zembla Mining" (a verb of speech would make it one). Only
 * for a name not typed yet (a given name or a title has made "Walt Disney" a person already) and not
 * used as a modifier ("the Social Security benefit" after "the Social Security Administration"), so
 * that {@link OrganisationJoins} then joins it to the full name.
 */
final class OrganisationNamesWithoutSuffix {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    OrganisationNamesWithoutSuffix(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /** Types as organisations the untyped names that are an organisation's name without its last word. */
    void decide(List<Candidate> candidates) {
        Set<String> shortNames = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.type == EntityType.ORGANIZATION && c.known == null && c.length() >= 3 && lexicon.isOrgSuffix(tokens.get(c.to - 1).text)) {
                shortNames.add(Names.key(Token.surface(tokens, c.from, c.to - 1)));
            }
        }
        if (shortNames.isEmpty()) {
            return;
        }
        for (Candidate c : candidates) {
            if (c.type == null && c.known == null && c.length() >= 2 && !c.personCue && shortNames.contains(Names.key(c.surface))
                    && !beforeLowerNoun(c)) {
                c.decide(EntityType.ORGANIZATION, 0.6);
            }
        }
    }

    /** "Social Security benefit", "Acme shares": the name used as a modifier, left to the other rules */
    private boolean beforeLowerNoun(Candidate c) {
        Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
        return next != null && next.shape == Token.Shape.LOWER && !NameWords.isFunctionWord(next.text)
                && !Cues.SPEECH.contains(next.text) && !PastTenseAfterName.isPastTense(next.text);
    }
}
