package org.gazette.parse.html.impl;

/**
 * A value found on the page and where it was found ({@code "og:title"}, {@code "json-ld:author"}),
 * which becomes the field's entry in {@link org.gazette.api.model.Article#provenance}.
 *
 * @param <T> the value's type
 * @param value the value, never {@code null}
 * @param from where it came from
 */
record Pick<T>(T value, String from) {

    /**
     * @param value a value, possibly {@code null} or blank
     * @param from where it came from
     * @return a pick, or {@code null} when there is no value
     */
    static Pick<String> of(String value, String from) {
        return value == null || value.isBlank() ? null : new Pick<>(value, from);
    }
}
