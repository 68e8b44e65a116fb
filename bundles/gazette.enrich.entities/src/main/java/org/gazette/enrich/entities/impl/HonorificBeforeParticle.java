package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * An honorific before a surname that opens with a lower-case particle: "Mlle. du Quorvath", "Mr. de
 * Villiers", "Mrs. van der Berg". The particle starts the name, as it would after a given name, so
 * the honorific is not left alone as an addressed person and the surname not cut from its particle.
 */
final class HonorificBeforeParticle {

    private HonorificBeforeParticle() {
    }

    /** @return whether the honorific at {@code i} is followed at {@code after} by particles and a capitalised word */
    static boolean at(Lexicon lexicon, List<Token> tokens, int i, int after, int limit) {
        if (!lexicon.isHonorific(tokens.get(i).text)) {
            return false;
        }
        for (int k = after; k < Math.min(limit, after + 3); k++) {
            Token t = tokens.get(k);
            if (k > after && t.isCapital()) {
                return !t.sentenceStart && !t.caseless;
            }
            if (t.shape != Token.Shape.LOWER || !NameWords.isParticle(t.text)) {
                return false;
            }
        }
        return false;
    }
}
