package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DateOrderTest {

    @Test
    void englishByRegion() {
        assertEquals(DateOrder.MONTH_FIRST, DateOrder.ofLocale("en-US"));
        assertEquals(DateOrder.MONTH_FIRST, DateOrder.ofLocale("en_us"));
        assertEquals(DateOrder.DAY_FIRST, DateOrder.ofLocale("en-GB"));
        assertEquals(DateOrder.DAY_FIRST, DateOrder.ofLocale("en_AU"));
        assertEquals(DateOrder.DAY_FIRST, DateOrder.ofLocale("EN-IN"));
        assertEquals(DateOrder.UNKNOWN, DateOrder.ofLocale("en"));
        assertEquals(DateOrder.UNKNOWN, DateOrder.ofLocale("en-CA"));
    }

    @Test
    void otherLanguagesWriteTheDayFirstUnlessTheyWriteTheYearFirst() {
        assertEquals(DateOrder.DAY_FIRST, DateOrder.ofLocale("de"));
        assertEquals(DateOrder.DAY_FIRST, DateOrder.ofLocale("fr-CA"));
        assertEquals(DateOrder.DAY_FIRST, DateOrder.ofLocale("es_MX"));
        assertEquals(DateOrder.UNKNOWN, DateOrder.ofLocale("ja"));
        assertEquals(DateOrder.UNKNOWN, DateOrder.ofLocale("zh-Hans-CN"));
        assertEquals(DateOrder.UNKNOWN, DateOrder.ofLocale(null));
        assertEquals(DateOrder.UNKNOWN, DateOrder.ofLocale(""));
    }

    @Test
    void countryDomains() {
        assertEquals(DateOrder.DAY_FIRST, DateOrder.ofHost("news.example.co.uk"));
        assertEquals(DateOrder.DAY_FIRST, DateOrder.ofHost("example.com.au"));
        assertEquals(DateOrder.MONTH_FIRST, DateOrder.ofHost("example.us"));
        assertEquals(DateOrder.UNKNOWN, DateOrder.ofHost("example.com"));
        assertEquals(DateOrder.UNKNOWN, DateOrder.ofHost("startup.io"));
        assertEquals(DateOrder.UNKNOWN, DateOrder.ofHost(null));
    }
}
