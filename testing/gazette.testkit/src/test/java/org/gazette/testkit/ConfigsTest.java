package org.gazette.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfigsTest {

    @interface Sample {
        String url();

        String gazette_source_interval() default "10m";

        int maxItems() default 0;

        String[] types() default {"PERSON", "PLACE"};
    }

    @Test
    void givenPropertiesOverrideAndTheRestKeepTheAnnotationDefaults() {
        Sample config = Configs.of(Sample.class, "url", "https://a.example/feed", "maxItems", "5");

        assertEquals("https://a.example/feed", config.url());
        assertEquals(5, config.maxItems());
        assertEquals("10m", config.gazette_source_interval());
        assertArrayEquals(new String[] {"PERSON", "PLACE"}, config.types());
        assertEquals(Sample.class, config.annotationType());
    }

    @Test
    void propertiesAreNamedAsConfigAdminNamesThem() {
        assertEquals("1h", Configs.of(Sample.class, "url", "u", "gazette.source.interval", "1h").gazette_source_interval());
        assertEquals(7, Configs.of(Sample.class, "url", "u", new Object[] {"maxItems", 7}).maxItems());
    }

    @Test
    void anUnknownOrUnpairedPropertyIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Configs.of(Sample.class, "maxItem", 5));
        assertTrue(e.getMessage().contains("'maxItem'") && e.getMessage().contains("maxItems"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Configs.of(Sample.class, "url"));
    }
}
