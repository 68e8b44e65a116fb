package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A name followed by an age set off by commas is a person's: "Kirathu, 76, was sworn in", "Ana
 * Ruiz, 34, a nurse". The number is a whole number from 1 to 119 between two commas.
 */
final class AgeApposition {

    private final List<Token> tokens;

    AgeApposition(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @return whether ", AGE," follows the name ending before {@code end} */
    boolean follows(int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).isPunct(',') || !tokens.get(end + 2).isPunct(',')) {
            return false;
        }
        String number = tokens.get(end + 1).text;
        if (number.isEmpty() || number.length() > 3 || !number.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int age = Integer.parseInt(number);
        return age >= 1 && age < 120;
    }
}
