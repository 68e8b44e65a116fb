package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * After a title, a one-word title that is also a given name and ends the run of capitalised words
 * is the name: "Senator Dean said", "Congresswoman Dean voted", "Judge Major ruled". "Former Vice
 * President" (not a given name) and "Senator Dean Heller" (a longer name follows) are left to the
 * other rules.
 */
final class TitledNameThatIsATitle {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    TitledNameThatIsATitle(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /**
     * @param at a capitalised token right after a title
     * @param title how many tokens the title found at {@code at} spans
     * @return whether the token at {@code at} is the name rather than a second title
     */
    boolean isName(int at, int title, int limit) {
        Token t = tokens.get(at);
        return title == 1 && t.shape == Token.Shape.CAPITALISED && lexicon.isFirstName(t.text)
                && (at + 1 >= limit || !tokens.get(at + 1).isCapital());
    }
}
