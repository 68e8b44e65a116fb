package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A title word after a capitalised word and before a generational suffix is a family name, not a
 * title that opens another name: "King" in "Martin Luther King Jr.", "Marshall" in "Tom Marshall
 * III". Without this the run of capitalised words ends before the title and the person is "Martin
 * Luther".
 */
final class TitleBeforeGenerationalSuffix {

    private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    private TitleBeforeGenerationalSuffix() {
    }

    /** @return whether the token at {@code j} stands between a capitalised word and "Jr.", "Sr.", "III"… */
    static boolean at(List<Token> tokens, int j, int limit) {
        if (j == 0 || j + 1 >= limit || tokens.get(j).shape != Token.Shape.CAPITALISED) {
            return false;
        }
        Token before = tokens.get(j - 1);
        Token after = tokens.get(j + 1);
        return before.shape == Token.Shape.CAPITALISED && !after.sentenceStart && SUFFIXES.contains(after.text);
    }
}
