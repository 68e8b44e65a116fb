package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** An office after a name, a bracket and a verb of being is that person; texts written for this test. */
class CopularOfficesAfterBracketsTest {

    @Test
    void anOfficeAfterABracketedPartIsThePerson() {
        Tagged t = new Tagged("His daughter Ilse Varrow (1921 - 2011) was Professor of Marine Botany at Quarrow.", null);
        t.assertMention("Professor of Marine Botany", 0, PERSON, "person:ilse-varrow");
    }
}
