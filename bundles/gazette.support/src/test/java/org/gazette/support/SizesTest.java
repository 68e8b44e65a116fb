package org.gazette.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void readsBinaryMultiples() {
        assertEquals(512, Sizes.parse("maxBytes", "512"));
        assertEquals(64 * 1024, Sizes.parse("maxBytes", "64KB"));
        assertEquals(10L << 20, Sizes.parse("maxBytes", "10 mb"));
        assertEquals(1L << 30, Sizes.parse("maxBytes", "1g"));
    }

    @Test
    void rejectsZeroNegativeGarbageAndOverflow() {
        assertThrows(InvalidPropertyException.class, () -> Sizes.parse("maxBytes", "0"));
        assertThrows(InvalidPropertyException.class, () -> Sizes.parse("maxBytes", "-1"));
        assertThrows(InvalidPropertyException.class, () -> Sizes.parse("maxBytes", "lots"));
        assertThrows(InvalidPropertyException.class, () -> Sizes.parse("maxBytes", "9999999999GB"));
    }
}
