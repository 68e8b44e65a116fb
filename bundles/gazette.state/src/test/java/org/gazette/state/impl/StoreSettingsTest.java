package org.gazette.state.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {
    private static final Path HOME = Path.of("/srv/gazette");

    @Test
    void emptyUrlIsTheEmbeddedStoreUnderTheHome() {
        StoreSettings s = StoreSettings.of("  ", "ignored", "ignored", HOME, 4, "10s", "5s", "30s");
        assertEquals(Dialect.H2, s.dialect());
        assertEquals("h2:/srv/gazette/data/state/gazette", s.location());
        assertEquals("jdbc:h2:file:/srv/gazette/data/state/gazette" + StoreSettings.H2_SETTINGS, s.jdbcUrl());
        assertEquals(Path.of("/srv/gazette/data/state/gazette"), s.h2File());
        assertEquals(Duration.ofSeconds(5), s.acquireTimeout());
    }

    @Test
    void postgresUrlKeepsItsCredentialsOutOfTheLocation() {
        StoreSettings s = StoreSettings.of("jdbc:postgresql://db:5432/gazette?password=secret&ssl=true", "gazette", "pw",
                HOME, 8, "10s", "10s", "30s");
        assertEquals(Dialect.POSTGRESQL, s.dialect());
        assertEquals("jdbc:postgresql://db:5432/gazette?ssl=true", s.location());
        assertEquals("gazette", s.user());
        assertEquals("pw", s.password());
        assertNull(s.h2File());
    }

    @Test
    void everyPasswordParameterIsRemoved() {
        assertEquals("jdbc:postgresql://h/d", StoreSettings.withoutPassword("jdbc:postgresql://h/d?password=x"));
        assertEquals("jdbc:postgresql://h/d?user=u&ssl=true",
                StoreSettings.withoutPassword("jdbc:postgresql://h/d?user=u&PASSWORD=x&ssl=true&sslpassword=y"));
        assertEquals("jdbc:postgresql://h/d?user=u", StoreSettings.withoutPassword("jdbc:postgresql://h/d?user=u"));
    }

    @Test
    void badValuesNameTheProperty() {
        assertProperty("poolSize", () -> StoreSettings.of("", "", "", HOME, 0, "10s", "10s", "30s"));
        assertProperty("poolSize", () -> StoreSettings.of("", "", "", HOME, 65, "10s", "10s", "30s"));
        assertProperty("connectTimeout", () -> StoreSettings.of("", "", "", HOME, 4, "soon", "10s", "30s"));
        assertProperty("acquireTimeout", () -> StoreSettings.of("", "", "", HOME, 4, "10s", "0", "30s"));
        assertProperty("statementTimeout", () -> StoreSettings.of("", "", "", HOME, 4, "10s", "10s", "2h"));
        InvalidPropertyException url = assertProperty("url",
                () -> StoreSettings.of("jdbc:mysql://db/x?password=secret", "", "", HOME, 4, "10s", "10s", "30s"));
        assertFalse(url.getMessage().contains("secret"), url.getMessage());
        assertTrue(url.getMessage().contains("jdbc:mysql://db/x"), url.getMessage());
    }

    private static InvalidPropertyException assertProperty(String property, Runnable r) {
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, r::run);
        assertEquals(property, e.property());
        return e;
    }
}
