package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gazette.api.model.EntityType;

/**
 * An organisation's name right before a group of people in the plural names the group's members in
 * it, persons, one mention: "Senate Republicans", "Parliament Communists" are the Republicans of the
 * Senate, not the Senate and all Republicans (the name rules find the gazetteer organisation and the
 * group apart; a run of unknown words, "House Democrats", is one name already). The group is an
 * entity of its own, named by the whole mention. Only gazetteer groups in the plural (the `[people]`
 * of `not-entities.txt` and plural demonyms) and not in a line in capitals.
 */
final class MembersOfOrganisationsInPlural {

    private final List<Token> tokens;

    MembersOfOrganisationsInPlural(List<Token> tokens) {
        this.tokens = tokens;
    }

    void join(List<Group> groups) {
        Map<Integer, Candidate> organisationByEnd = new HashMap<>();
        for (Group g : groups) {
            if (g.type == EntityType.ORGANIZATION) {
                for (Candidate c : g.members) {
                    organisationByEnd.put(c.to, c);
                }
            }
        }
        WiderMentions members = new WiderMentions(groups, tokens);
        for (Group g : List.copyOf(groups)) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                Candidate organisation = c.spanFrom == c.from && QuantifiedGroups.peopleInPlural(c) && !tokens.get(c.from).caseless
                        ? organisationByEnd.get(c.from) : null;
                if (organisation == null || organisation.caseless || organisation.group == null
                        || !tokens.get(organisation.to - 1).isCapital()) {
                    continue;
                }
                organisation.group.members.remove(organisation);
                members.widen(g, c, organisation.spanFrom, EntityType.PERSON, Token.surface(tokens, organisation.spanFrom, c.to));
            }
        }
        members.finish();
    }
}
