package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExtractorsTest {

    @Test
    void titlesLoseTheSiteName() {
        List<String> sites = List.of(Text.key("The Riverside Courier"), "riversidecourier");
        assertEquals("Bridge reopens", Titles.withoutSite("Bridge reopens | The Riverside Courier", sites));
        assertEquals("Bridge reopens", Titles.withoutSite("Bridge reopens \u2014 THE RIVERSIDE COURIER", sites));
        assertEquals("Bridge reopens", Titles.withoutSite("The Riverside Courier - Bridge reopens", sites));
        assertEquals("Bridge reopens", Titles.withoutSite("Bridge reopens - riverside-courier", sites));
        assertEquals("Bridge reopens - and tolls go", Titles.withoutSite("Bridge reopens - and tolls go", sites));
        assertEquals("The Riverside Courier", Titles.withoutSite("The Riverside Courier", sites));
    }

    @Test
    void shortLabelsAfterABarOrABulletAreNotTheHeadline() {
        assertEquals("Bridge reopens after two years", Titles.withoutLabel("Bridge reopens after two years | Opinion"));
        assertEquals("Bridge reopens after two years", Titles.withoutLabel("Bridge reopens after two years | Acme Tires"));
        assertEquals("Bridge reopens after two years", Titles.withoutLabel("Bridge reopens after two years \u2022 Jane Doe"));
        assertEquals("Bridge reopens - a guide", Titles.withoutLabel("Bridge reopens - a guide"));
        assertEquals("Bridge reopens | after two years of work on it",
                Titles.withoutLabel("Bridge reopens | after two years of work on it"));
        assertEquals("Traffic | Opinion", Titles.withoutLabel("Traffic | Opinion"));
    }

    @Test
    void languageTags() {
        assertEquals("en-GB", LanguageTags.normalise("en_GB"));
        assertEquals("en-US", LanguageTags.normalise("EN-us"));
        assertEquals("de", LanguageTags.normalise("de, en"));
        assertEquals("zh-Hant-TW", LanguageTags.normalise("zh-hant-tw"));
        assertNull(LanguageTags.normalise("english"));
        assertNull(LanguageTags.normalise(""));
    }
}
