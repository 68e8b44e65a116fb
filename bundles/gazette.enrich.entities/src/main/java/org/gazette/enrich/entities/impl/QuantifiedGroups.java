package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A group of people written in the plural ("Americans", "Thais", "Democrats") after a word of
 * quantity or of a class of its members is a part of the group, an entity of its own: "many
 * Americans", "most Thais", "working Americans", "43 million Americans", "my fellow Democrats"
 * are not all "Americans" the text names elsewhere, as the development set marks them (a generic
 * plural with a quantifier is a new group). The word belongs to the mention; the same word and group
 * written again is the same entity. Only gazetteer groups (plural demonyms and the `[people]` of
 * `not-entities.txt`) and only a word of the list below or a number, not an article, a
 * demonstrative, a comparative ("more Republicans than Democrats") or "all" ("the Americans", "these Democrats", "all Americans" stay the group: the
 * development set marks "all Americans" as the group in one text and apart in another).
 */
final class QuantifiedGroups {

    private static final Set<String> QUANTITIES = Set.of("many", "most", "some", "few", "several", "other",
            "ordinary", "average", "working", "young", "younger", "older", "elderly", "poor", "rich", "wealthy",
            "fellow", "million", "millions", "thousand", "thousands", "hundred", "hundreds", "dozens", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "countless", "numerous", "ethnic", "native");

    private final List<Token> tokens;

    QuantifiedGroups(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @param groups the resolved entities; quantified mentions of a group move to entities of their own */
    void split(List<Group> groups) {
        WiderMentions quantified = new WiderMentions(groups, tokens);
        for (Group g : List.copyOf(groups)) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (!peopleInPlural(c) || c.spanFrom != c.from || c.from == 0 || !quantity(tokens.get(c.from - 1))) {
                    continue;
                }
                String canonical = tokens.get(c.from - 1).text.toLowerCase(Locale.ROOT) + " " + g.canonical;
                quantified.widen(g, c, c.from - 1, EntityType.PERSON, canonical);
            }
        }
        quantified.finish();
    }

    /** @return whether the mention is a gazetteer group of people in the plural ("Americans") */
    static boolean peopleInPlural(Candidate c) {
        return c.known != null && c.known.kind() == Known.Kind.DEMONYM && c.known.type() == EntityType.PERSON
                && c.surface.endsWith("s");
    }

    private static boolean quantity(Token t) {
        return t.shape == Token.Shape.NUMBER || t.shape == Token.Shape.LOWER && QUANTITIES.contains(t.text);
    }
}
