package org.gazette.parse.text.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void bylines() {
        assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe"));
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.parse("BY Jane Doe and John Roe"));
        assertEquals(List.of("Jane Doe"), Bylines.parse("By Jane Doe, Political Correspondent"));
        assertEquals(List.of("Ludwig van der Berg", "Ana Ruiz"), Bylines.parse("Von Ludwig van der Berg & Ana Ruiz"));
        assertEquals(List.of("Ana Ruiz", "Pedro Gómez"), Bylines.parse("Por Ana Ruiz y Pedro Gómez"));
        assertEquals(List.of("J. R. Smith"), Bylines.parse("By J. R. Smith"));
        assertEquals(List.of("Doris Lee"), Bylines.parse("By Doris Lee, MD, PhD"));
        assertEquals(List.of("AFP"), Bylines.parse("By AFP"));
    }

    @Test
    void notBylines() {
        assertNull(Bylines.parse("By providing your email you agree to our terms"));
        assertNull(Bylines.parse("By the numbers"));
        assertNull(Bylines.parse("By 2030 the city wants no cars"));
        assertNull(Bylines.parse("Jane Doe"));
    }
}
