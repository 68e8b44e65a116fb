package org.gazette.source.pagelist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ListedUrlTest {

    @Test
    void acceptsAbsoluteHttpUrlsNormalised() throws Exception {
        assertEquals("https://a.example/b", ListedUrl.parse("https://a.example/x/../b"));
        assertEquals("HTTP://a.example/?q=1#f", ListedUrl.parse("HTTP://a.example/?q=1#f"));
    }

    @Test
    void rejectsWhatIsNotOne() {
        assertEquals("'https://a.example/%zz' is not a valid URL: Malformed escape pair",
                assertThrows(ListedUrl.InvalidLineException.class, () -> ListedUrl.parse("https://a.example/%zz")).getMessage());
        assertEquals("'https:/path-only' has no host",
                assertThrows(ListedUrl.InvalidLineException.class, () -> ListedUrl.parse("https:/path-only")).getMessage());
        assertEquals("the line is longer than 8192 characters", assertThrows(ListedUrl.InvalidLineException.class,
                () -> ListedUrl.parse("https://a.example/" + "x".repeat(9000))).getMessage());
    }
}
