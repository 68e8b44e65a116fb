package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;

/**
 * Where a run of capitalised words that may be one name ends: it goes on over name particles,
 * "of" after an organisation or place head word and "&amp;", and stops at sentence starts,
 * function words, dates and a role before another name.
 */
final class NameRuns {

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final Roles roles;

    NameRuns(Lexicon lexicon, List<Token> tokens, Roles roles) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.roles = roles;
    }

    /**
     * @return the end of the run of capitalised words at {@code i}: it goes on over particles before
     *         a capital ("van der", "bin"), "of" after an organisation or place head word
     *         ("University of", "Gulf of") and "&amp;"; it stops at a sentence start, a possessive,
     *         and before a role ("Acme CEO Jane Doe")
     */
    int end(int i, int limit) {
        int j = i + 1;
        while (j < limit) {
            Token u = tokens.get(j);
            if (u.sentenceStart || u.caseless) {
                break;
            }
            boolean nextCapital = j + 1 < limit && tokens.get(j + 1).isCapital() && !tokens.get(j + 1).sentenceStart;
            if (u.isCapital()) {
                if (Calendar.weekday(u) != null || Calendar.month(u) > 0 && j + 1 < limit
                        && tokens.get(j + 1).shape == Token.Shape.NUMBER) {
                    break; // "Obama Tuesday", "Summit March 3"
                }
                if (roles.roleOrHonorific(j, limit) > 0 && j + 1 < limit && tokens.get(j + 1).isCapital()
                        && !lexicon.isOrgSuffix(tokens.get(j + lexicon.roleAt(tokens, j, limit)).text)
                        && !TitleBeforeGenerationalSuffix.at(tokens, j, limit)) { // "Martin Luther King Jr." is one name
                    break;
                }
                if (PersonAfterOrganisationSuffix.startsAt(lexicon, tokens, i, j, limit)) {
                    break; // "Marrow State University Jane Doe"
                }
                if (isPronounI(j, limit)) {
                    break; // "Shit I thought"
                }
                if (u.shape == Token.Shape.CAPITALISED && !SurnameMay.at(lexicon, tokens, j, limit) && (isFunctionWordWithoutPeriod(u.text.toLowerCase(Locale.ROOT))
                        || NameWords.isContraction(u.text.toLowerCase(Locale.ROOT)))) {
                    break;
                }
                j++;
            } else if (u.shape == Token.Shape.LOWER && NameWords.isParticle(u.text) && particlesThenCapital(j, limit)) {
                j++;
            } else if ((u.is("of") || u.is("for")) && ofJoins(i, j, limit)) {
                j += tokens.get(j + 1).is("the") ? 2 : 1;
            } else if (PurposeInOrganisationNames.joins(lexicon, tokens, j, limit)) {
                j++; // "the Committee to Protect Journalists"
            } else if (u.isPunct('&') && nextCapital) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** "van der Berg": one or two particles, then a capitalised word in the same sentence. */
    private boolean particlesThenCapital(int j, int limit) {
        for (int k = j; k < Math.min(limit, j + 3); k++) {
            Token t = tokens.get(k);
            if (t.isCapital()) {
                return !t.sentenceStart;
            }
            if (t.shape != Token.Shape.LOWER || !NameWords.isParticle(t.text)) {
                return false;
            }
        }
        return false;
    }

    /** "of" at {@code j} joins "University of Michigan", "Gulf of Mexico", "Bank of the West". */
    private boolean ofJoins(int from, int j, int limit) {
        int next = j + 1 < limit && tokens.get(j + 1).is("the") ? j + 2 : j + 1;
        if (next >= limit || !tokens.get(next).isCapital() || tokens.get(next).sentenceStart) {
            return false;
        }
        String head = tokens.get(j - 1).text;
        String first = tokens.get(from).text;
        return lexicon.isOrgHead(head) || lexicon.isPlaceHead(head) || lexicon.isOrgHead(first)
                || lexicon.isOrgSuffix(head) && !lexicon.isPlaceSuffix(head) || ChainedOfInNames.continues(tokens, from, j);
    }

    /** "No." is the function word "no"; "Mr." stays "Mr.": honorifics keep their period. */
    boolean isFunctionWordWithoutPeriod(String lower) {
        String word = lower.length() > 1 && lower.endsWith(".") && !lexicon.isHonorific(lower) ? lower.substring(0, lower.length() - 1) : lower;
        return NameWords.isFunctionWord(word);
    }

    /** "I" followed by a lower-case word or nothing: the pronoun, not an initial ("I thought", not "J Smith"). */
    private boolean isPronounI(int j, int limit) {
        return tokens.get(j).text.equals("I") && (j + 1 >= limit || !tokens.get(j + 1).isCapital());
    }
}
