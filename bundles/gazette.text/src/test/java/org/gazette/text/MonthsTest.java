package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MonthsTest {

    @Test
    void monthNames() {
        assertEquals(1, Months.number("January"));
        assertEquals(3, Months.number("MÄRZ"));
        assertEquals(8, Months.number("août"));
        assertEquals(9, Months.number("Sept"));
        assertEquals(9, Months.number("setiembre"));
        assertEquals(12, Months.number("diciembre"));
        assertEquals(8, Months.number("ago"));
        assertEquals(5, Months.number("maggio"));
        assertEquals(10, Months.number("outubro"));
        assertEquals(3, Months.number("mrt"));
        assertEquals(9, Months.number("září"));
        assertEquals(11, Months.number("listopadu"));
        assertEquals(9, Months.number("בספטמבר"));
        assertEquals(9, Months.number("سپتامبر"));
        assertNull(Months.number("شهریور")); // a Solar Hijri month, no Gregorian one
        assertEquals(9, Months.number("szept"));
        assertEquals(8, Months.number("augusti"));
        assertEquals(12, Months.number("decembrie"));
        assertEquals(9, Months.number("syyskuuta"));
        assertNull(Months.number("Smarch"));
        assertNull(Months.number(""));
    }
}
