package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The packed table of given names and their sex. */
class GivenNamesBySexTableTest {

    @Test
    void findsEveryListedNameWithItsSexAndNothingElse() {
        GivenNamesBySex.Builder builder = new GivenNamesBySex.Builder();
        for (String line : new String[] {"Orla\tF", "Bram\tM", "Ash\tB", "Ashton\tM", "Quill", "Orla\tF"}) {
            builder.add(line);
        }
        GivenNamesBySex names = builder.build();
        assertEquals(5, names.size());
        assertEquals('F', names.sex("Orla"));
        assertEquals('M', names.sex("Bram"));
        assertEquals('B', names.sex("Ash"));
        assertEquals('M', names.sex("Ashton"));
        assertEquals('B', names.sex("Quill")); // no sex given: both
        assertEquals(0, names.sex("Ashto"));
        assertEquals(0, names.sex("Aa"));
        assertEquals(0, names.sex("Zed"));
        assertEquals(0, names.sex("orla"));
        assertEquals(0, new GivenNamesBySex.Builder().build().sex("Orla"));
    }
}
