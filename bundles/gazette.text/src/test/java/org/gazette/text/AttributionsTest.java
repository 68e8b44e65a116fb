package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AttributionsTest {

    @Test
    void labelledSourceLines() {
        assertEquals("Anadolu Agency", Attributions.of("Source: Anadolu Agency"));
        assertEquals("dpa", Attributions.of("Quelle: dpa"));
        assertEquals("EFE", Attributions.of("Fuente: EFE."));
        assertEquals("AFP", Attributions.of("(Source : AFP)"));
        // Chinese, Japanese and Korean labels, with the full-width colon and parentheses
        assertEquals("新华社", Attributions.of("来源：新华社"));
        assertEquals("共同通信", Attributions.of("（出典：共同通信）"));
        assertEquals("연합뉴스", Attributions.of("출처: 연합뉴스"));
    }

    @Test
    void sentencesAreNotAttributions() {
        assertNull(Attributions.of("The source of the river is in the hills."));
        assertNull(Attributions.of("Source: " + "word ".repeat(12)));
        assertNull(Attributions.of(null));
    }
}
