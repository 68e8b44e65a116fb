package org.gazette.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsShortFormsIsoAndBareSeconds() {
        assertEquals(Duration.ofSeconds(30), Durations.parse("interval", "30s"));
        assertEquals(Duration.ofMinutes(5), Durations.parse("interval", " 5m "));
        assertEquals(Duration.ofHours(2), Durations.parse("interval", "2H"));
        assertEquals(Duration.ofDays(1), Durations.parse("interval", "1d"));
        assertEquals(Duration.ofMillis(250), Durations.parse("interval", "250ms"));
        assertEquals(Duration.ofSeconds(90), Durations.parse("interval", "90"));
        assertEquals(Duration.ofMinutes(5), Durations.parse("interval", "PT5M"));
        assertEquals(Duration.ZERO, Durations.parse("interval", ""));
        assertEquals(Duration.ZERO, Durations.parse("interval", null));
    }

    @Test
    void namesThePropertyWhenTheValueIsWrong() {
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, () -> Durations.parse("gazette.source.interval", "soon"));
        assertEquals("gazette.source.interval", e.property());
        assertTrue(e.getMessage().contains("'gazette.source.interval'"), e.getMessage());
        assertTrue(e.getMessage().contains("'soon'"), e.getMessage());
        assertThrows(InvalidPropertyException.class, () -> Durations.parse("x", "-5m"));
        assertThrows(InvalidPropertyException.class, () -> Durations.parse("x", "PT-5M"));
        assertThrows(InvalidPropertyException.class, () -> Durations.parse("x", "99999999999999999999999s"));
    }
}
