package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The packed list of names and their tags (a given name's sex). */
class PackedNamesTest {

    @Test
    void findsEveryListedNameWithItsTagAndNothingElse() {
        PackedNames.Builder builder = new PackedNames.Builder();
        for (String line : new String[] {"Orla\tF", "Bram\tM", "Ash\tB", "Ashton\tM", "Quill", "Orla\tF"}) {
            builder.add(line);
        }
        PackedNames names = builder.build();
        assertEquals(5, names.size());
        assertEquals('F', names.tag("Orla"));
        assertEquals('M', names.tag("Bram"));
        assertEquals('B', names.tag("Ash"));
        assertEquals('M', names.tag("Ashton"));
        assertEquals('B', names.tag("Quill")); // no sex given: both
        assertEquals(0, names.tag("Ashto"));
        assertEquals(0, names.tag("Aa"));
        assertEquals(0, names.tag("Zed"));
        assertEquals(0, names.tag("orla"));
        assertTrue(names.contains("Quill"));
        assertFalse(names.contains("Quil"));
        assertEquals(0, new PackedNames.Builder().build().tag("Orla"));
    }
}
