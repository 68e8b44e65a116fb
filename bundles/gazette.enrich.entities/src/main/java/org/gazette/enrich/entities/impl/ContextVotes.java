package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gazette.api.model.EntityType;

/**
 * The votes of the words around every mention of an undecided name, over the whole text, for the
 * {@link Resolver}: "Galois said" outvotes "in Galois", "the publishing giant Zellix" and "Zellix's
 * shares" make an organisation, and then "at Zellix" is at the organisation.
 */
final class ContextVotes {

    /** Index of the person, place and organisation counts in a vote. */
    static final int PERSON = 0;
    static final int PLACE = 1;
    static final int ORGANISATION = 2;

    private final List<Token> tokens;
    private final Cues cues;
    private final NameFinder finder;

    ContextVotes(List<Token> tokens, Cues cues, NameFinder finder) {
        this.tokens = tokens;
        this.cues = cues;
        this.finder = finder;
    }

    /**
     * @return the evidence around every undecided name, summed per name (its {@link Names#key}):
     *         [person, place, organisation]. For a single name, a verb of speech after it or "according to" before it counts 2 for a person, a
     * possessive after it 1; "in", "at", "near" before it count 2 for a place; "to", "from",
     * "through" nothing (a letter to Galois, a quote from Einstein) unless a word of motion or
     * distance stands before them ("drove to Tarnby", "40 km from Tarnby": 2 for a place); such a
     * motion or a noun of places and "of" counts 2 for a place of several words too ("the island
     * of Kora Tevani"). For any undecided name, the cues
     * of {@link Cues#organisationCue} count for an organisation, and then "at" before a name with
     * such a cue anywhere in the text counts for the organisation, not a place ("at Pixar"). An
     * occurrence with an organisation cue casts no person or place vote ("a spokesperson for Korvath
     * said", "shares in Tellmar").
     */
    Map<String, int[]> count(List<Candidate> candidates) {
        Map<String, int[]> votes = new HashMap<>();
        for (Candidate c : candidates) {
            int organisation = c.type == null && !c.roleAlone ? cues.organisationCue(c) : 0;
            if (organisation > 0) {
                votes.computeIfAbsent(Names.key(c.surface), k -> new int[3])[ORGANISATION] += organisation;
            }
        }
        for (Candidate c : candidates) {
            if (c.type == EntityType.LOCATION && c.length() == 1 && c.known == null && c.confidence >= 0.75 && !c.personCue) {
                // "Zembla is the capital of", "Zembla, a town in": a place by its own words speaks for the other "Zembla"s
                votes.computeIfAbsent(Names.key(c.surface), k -> new int[3])[PLACE] += 2;
            } else if (c.type == EntityType.LOCATION && c.length() == 1 && cues.placeOf(c)) {
                // "the capital of Zembla", already a place by its own words, still speaks for the other "Zembla"s
                votes.computeIfAbsent(Names.key(c.surface), k -> new int[3])[PLACE] += 2;
            }
            if (c.type == EntityType.PERSON && c.length() == 1 && c.known == null && c.personCue && !c.roleAlone && c.spanFrom == c.from) {
                // "(Galois &amp; Abel [7])": a cited author speaks for the other "Galois"s; not "Mrs. Galois" (a title can tell her apart)
                votes.computeIfAbsent(Names.key(c.surface), k -> new int[3])[PERSON] += 2;
            }
            if (c.type == null && c.length() >= 2 && !c.roleAlone && (cues.placeNounOf(c) || cues.motionCue(c))) {
                // "the island of Kora Tevani", "the bus from Puerto Ovalde": a run of several words too
                votes.computeIfAbsent(Names.key(c.surface), k -> new int[3])[PLACE] += 2;
            }
            if (c.type != null || c.length() != 1 || NameWords.isAcronym(tokens.get(c.from)) || !finder.nameLike(c)) {
                continue;
            }
            Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
            int person = next != null && next.shape == Token.Shape.LOWER && Cues.SPEECH.contains(next.text)
                    && !Cues.WEAK_SPEECH.contains(next.text) || cues.accordingTo(c) || MessagesToPeople.before(tokens, c.from) ? 2
                    : next != null && next.shape == Token.Shape.POSSESSIVE ? 1 : 0;
            boolean organisationCue = cues.organisationCue(c) > 0; // counted above; then no person or place vote here
            if (cues.afterThe(c) || organisationCue || PlaceBeforeSpeech.at(tokens, c)) {
                person = 0; // "the North's", "the Confederacy had": no person; "a spokesperson for Korvath said": the organisation; "Police in Tarnby said": the place
            }
            int place = !organisationCue && (cues.placeCue(c) && !Cues.WEAK_LOCATIVE.contains(tokens.get(c.from - 1).text.toLowerCase(Locale.ROOT))
                    || cues.motionCue(c) || cues.placeOf(c) || PlaceAdjectives.before(tokens, c.from)
                    || PlaceBeforeOriginSuffix.after(tokens, c.to) && !tokens.get(c.from).sentenceStart) ? 2 : 0; // "shares in Tellmar": the organisation
            int[] known = votes.get(Names.key(c.surface));
            int organisation = 0;
            if (place > 0 && known != null && known[ORGANISATION] > 0 && tokens.get(c.from - 1).is("at")) {
                organisation = place; // "at Pixar" where Pixar hired someone
                place = 0;
            }
            if (person + place + organisation > 0) {
                int[] v = votes.computeIfAbsent(Names.key(c.surface), k -> new int[3]);
                v[PERSON] += person;
                v[PLACE] += place;
                v[ORGANISATION] += organisation;
            }
        }
        return votes;
    }
}
