package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gazette.api.model.EntityType;

/**
 * Entities whose mentions are others widened by the words before them ("northern Syria" from
 * "Syria", "many Americans" from "Americans"): a widened mention leaves its entity for one of its
 * own name, created the first time the name is met and shared by every later mention of it. One
 * instance per pass over the resolved entities.
 */
final class WiderMentions {

    private final List<Group> groups;
    private final List<Token> tokens;
    private final Map<String, Group> byKey = new HashMap<>();

    /**
     * @param groups the resolved entities, to which the new ones are added
     * @param tokens the text's tokens
     */
    WiderMentions(List<Group> groups, List<Token> tokens) {
        this.groups = groups;
        this.tokens = tokens;
    }

    /**
     * Moves a mention out of its entity into the entity named {@code canonical}, as the span
     * {@code [from, mention.to)}, with the mention's confidence.
     *
     * @param owner the mention's entity
     * @param mention the mention
     * @param from the first token of the wider mention
     * @param type the new entity's type
     * @param canonical the new entity's name
     */
    void widen(Group owner, Candidate mention, int from, EntityType type, String canonical) {
        Group wider = byKey.computeIfAbsent(Resolver.key(type, canonical), k -> {
            Group created = new Group(type, canonical, true);
            groups.add(created);
            return created;
        });
        Candidate whole = new Candidate(from, mention.to, Token.surface(tokens, from, mention.to), null);
        whole.decide(type, mention.confidence);
        owner.members.remove(mention);
        wider.add(whole);
    }

    /** Drops the entities whose every mention moved. */
    void finish() {
        groups.removeIf(g -> g.members.isEmpty());
    }
}
