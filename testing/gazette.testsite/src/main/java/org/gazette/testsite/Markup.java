package org.gazette.testsite;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Escaping and date formats shared by the page, feed and sitemap templates. */
final class Markup {

    /** RFC 822/1123 dates as used by HTTP headers and RSS 2.0 {@code pubDate}. */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private Markup() {
    }

    /** Escapes text for HTML and XML element content and attribute values. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes text as the inside of a JSON string literal (for the JSON-LD block). */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c"); // keeps "</script>" out of the script element
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** ISO-8601 with offset, seconds precision: {@code 2024-05-01T08:30:00Z}. */
    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /** Date as RFC 1123 (HTTP headers, RSS 2.0). */
    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    /** A reader-facing date such as "1 May 2024". */
    static String longDate(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC).format(instant);
    }
}
