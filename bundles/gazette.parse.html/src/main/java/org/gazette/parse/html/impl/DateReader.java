package org.gazette.parse.html.impl;

import java.time.OffsetDateTime;

import org.gazette.text.DateOrder;
import org.gazette.text.IsoDates;
import org.gazette.text.RelativeDates;
import org.gazette.text.WrittenDates;

/**
 * How the dates one page shows are read: as machines write them, as people write them in the
 * page's order of day and month ("03/10/2023" is 3 October on a British page, March 10 on an
 * American one: {@link PageDateOrders}), or relative to when the page was fetched ("2 hours ago").
 *
 * @param fetched when the page was fetched, or {@code null} when unknown
 * @param order how the page writes numeric dates
 */
record DateReader(OffsetDateTime fetched, DateOrder order) {

    /**
     * @param page the page
     * @return the reader of that page's dates
     */
    static DateReader of(Page page) {
        return new DateReader(page.fetched(), PageDateOrders.of(page));
    }

    /**
     * @param text a short normalised text that may be a date alone
     * @return the date in ISO-8601, or {@code null}
     */
    String parse(String text) {
        String iso = IsoDates.normalise(text);
        if (iso == null) {
            iso = WrittenDates.parse(text, order);
        }
        return iso != null ? iso : RelativeDates.parse(text, fetched);
    }
}
