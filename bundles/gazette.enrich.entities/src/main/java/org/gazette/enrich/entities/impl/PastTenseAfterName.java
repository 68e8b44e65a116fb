package org.gazette.enrich.entities.impl;

import java.util.Set;

/**
 * A lower-case verb in the past tense right after a name makes the name the subject of a
 * sentence, not a modifier of a noun: "Korbell declined to comment", "Delmont sold the unit"
 * (unlike "the Korbell plant", "Social Security benefits"). A word in "-ed" of five letters or more,
 * or one of the common irregular past forms.
 */
final class PastTenseAfterName {

    private static final Set<String> IRREGULAR = Set.of("sold", "bought", "made", "took", "won", "lost", "paid",
            "began", "grew", "fell", "rose", "sent", "kept", "held", "built", "gave", "got", "led", "left", "met",
            "ran", "saw", "spent", "brought", "became", "chose", "drew", "found", "knew", "let", "put", "sought",
            "struck", "swore", "taught", "threw", "wrote", "said", "told");

    private PastTenseAfterName() {
    }

    /** @param lower a word written in lower case */
    static boolean isPastTense(String lower) {
        return lower.length() >= 5 && lower.endsWith("ed") || IRREGULAR.contains(lower);
    }
}
