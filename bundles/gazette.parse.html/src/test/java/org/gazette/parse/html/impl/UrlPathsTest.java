package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlPathsTest {

    @Test
    void addressesOfOnePageGiveOneKeyWhateverTheirQueryFragmentOrSlash() {
        UrlPaths paths = UrlPaths.against("https://www.fenmoor.example/travel/rail/night-trains/?utm_source=feed");

        assertEquals("fenmoor.example/travel/rail/night-trains", paths.page("https://fenmoor.example/travel/rail/night-trains#tickets"));
        assertEquals("fenmoor.example/travel/rail/night-trains", paths.page("/travel/rail/night-trains/"));
        assertEquals("", paths.path("https://www.fenmoor.example/"));
    }

    @Test
    void anotherSitesPageWithTheSamePathIsAnotherPage() {
        UrlPaths paths = UrlPaths.against("https://fenmoor.example/guide/");

        assertEquals("other.example/guide", paths.page("https://other.example/guide/"));
    }

    @Test
    void addressesThatStrictSyntaxRefusesAreReadWithTheirCharactersQuoted() {
        UrlPaths paths = UrlPaths.against("https://fenmoor.example/news/rail|sea/night trains/");

        assertEquals("fenmoor.example/news/rail|sea/night trains", paths.page("https://fenmoor.example/news/rail|sea/night trains/"));
        assertEquals("/news/rail|sea", paths.path("https://fenmoor.example/news/rail|sea/"));
        assertEquals("fenmoor.example/news", paths.page("/news/"), "relative to a location that needed quoting");
    }

    @Test
    void withoutALocationARelativeAddressGivesNothing() {
        assertNull(UrlPaths.against("").page("/news/"));
        assertNull(UrlPaths.against(null).path("news/"));
        assertNull(UrlPaths.against("https://fenmoor.example/").page(null));
    }
}
