package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExtractorsTest {

    @Test
    void isoDates() {
        assertEquals("2023-09-14", IsoDates.normalise("2023-09-14"));
        assertEquals("2023-09-14T10:00:00+02:00", IsoDates.normalise("2023-09-14T10:00:00+02:00"));
        assertEquals("2023-09-14T10:00:00+02:00", IsoDates.normalise("2023-09-14T10:00:00.123+0200"));
        assertEquals("2023-09-14T10:00:00+02:00", IsoDates.normalise("2023-09-14 10:00+02"));
        assertEquals("2023-09-14T08:00:00Z", IsoDates.normalise("2023-09-14T08:00:00Z"));
        assertEquals("2023-09-14T08:00:00Z", IsoDates.normalise("2023-09-14 08:00:00 UTC"));
        assertEquals("2023-09-14T10:00:00", IsoDates.normalise("2023-09-14T10:00"));
        assertEquals("2023-09-14T08:00:00Z", IsoDates.normalise("Thu, 14 Sep 2023 08:00:00 GMT"));
        assertNull(IsoDates.normalise("14 September 2023"));
        assertNull(IsoDates.normalise("2023-02-30"));
        assertNull(IsoDates.normalise(""));
    }

    @Test
    void bylines() {
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.names("By Jane Doe and John Roe"));
        assertEquals(List.of("Jane Doe"), Bylines.names("Written by: Jane Doe | 14 September 2023"));
        assertEquals(List.of("Jane Doe"), Bylines.names("By Jane Doe, Political Correspondent"));
        assertEquals(List.of("Anna Schmidt", "Jonas Weber"), Bylines.names("Von Anna Schmidt und Jonas Weber"));
        assertEquals(List.of("Ludwig van Beethoven"), Bylines.names("Ludwig van Beethoven"));
        assertEquals(List.of("Doris Lee", "Sam Roe"), Bylines.names("Doris Lee, MD, PhD and Sam Roe, DVM"));
        assertEquals(List.of("AFP"), Bylines.names("By AFP"));
        assertEquals(List.of(), Bylines.names("By providing your email you agree to our privacy policy."));
        assertEquals(List.of(), Bylines.names("Posted on 14 September 2023"));
        assertEquals(List.of(), Bylines.names("https://social.example/janedoe"));
    }

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
    void languageTags() {
        assertEquals("en-GB", LanguageTags.normalise("en_GB"));
        assertEquals("en-US", LanguageTags.normalise("EN-us"));
        assertEquals("de", LanguageTags.normalise("de, en"));
        assertEquals("zh-Hant-TW", LanguageTags.normalise("zh-hant-tw"));
        assertNull(LanguageTags.normalise("english"));
        assertNull(LanguageTags.normalise(""));
    }
}
