package org.gazette.parse.html.impl;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The site's own day of a publication time declared in UTC. SEO plugins print
 * {@code article:published_time} in UTC ("2023-09-15T02:41:00+00:00"), while the permalink carries
 * the day in the site's zone ({@code /2023/09/14/}): an evening post west of Greenwich (or a
 * morning one east of it) is a day off in UTC. When the URL's day is the day before or after the
 * declared UTC day, the URL's day is when the page was published.
 */
final class UrlDays {
    private static final int DATE = 10;

    private UrlDays() {
    }

    /**
     * @param page the page
     * @param published the declared publication time, possibly {@code null}
     * @return the URL's day when it is one day off a declared UTC time, else {@code published}
     */
    static Pick<String> local(Page page, Pick<String> published) {
        String value = published == null ? "" : published.value();
        if (!(value.endsWith("Z") || value.endsWith("+00:00")) || value.length() <= DATE) {
            return published;
        }
        Pick<String> url = VisibleDates.fromUrl(page.doc().location());
        if (url == null) {
            return published;
        }
        try {
            LocalDate utcDay = OffsetDateTime.parse(value).toLocalDate();
            LocalDate urlDay = LocalDate.parse(url.value().substring(0, DATE));
            boolean dayOff = urlDay.equals(utcDay.minusDays(1)) || urlDay.equals(utcDay.plusDays(1));
            return dayOff ? new Pick<>(url.value(), "url (site's day of " + published.from() + ")") : published;
        } catch (DateTimeParseException e) {
            return published;
        }
    }
}
