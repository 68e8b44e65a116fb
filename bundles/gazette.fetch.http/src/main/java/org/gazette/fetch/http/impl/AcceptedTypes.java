package org.gazette.fetch.http.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.gazette.support.InvalidPropertyException;

/**
 * The media types the fetcher brings: exact ({@code text/html}), a whole type ({@code text/*}) or
 * anything ({@code *}{@code /*}). A response without a usable {@code Content-Type} is accepted only
 * under {@code *}{@code /*}.
 */
final class AcceptedTypes {

    private static final Pattern TYPE = Pattern.compile("([a-z0-9!#$&^_.+-]+|\\*)/([a-z0-9!#$&^_.+-]+|\\*)");

    private final List<String> types;

    private AcceptedTypes(List<String> types) {
        this.types = List.copyOf(types);
    }

    /**
     * @param property the property name, for the error message
     * @param values the configured types
     * @throws InvalidPropertyException when there is none or one is not {@code type/subtype}
     */
    static AcceptedTypes parse(String property, String[] values) {
        List<String> types = new ArrayList<>();
        for (String value : values == null ? new String[0] : values) {
            String type = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                continue;
            }
            if (!TYPE.matcher(type).matches() || type.startsWith("*/") && !type.equals("*/*")) {
                throw new InvalidPropertyException(property, "'" + value + "' is not a media type (write text/html, text/* or */*)");
            }
            if (!types.contains(type)) {
                types.add(type);
            }
        }
        if (types.isEmpty()) {
            throw new InvalidPropertyException(property, "names no media type: nothing could be fetched");
        }
        return new AcceptedTypes(types);
    }

    /**
     * @param mediaType a media type without parameters, in lower case, or {@code null} when unknown
     * @return whether it is wanted
     */
    boolean accepts(String mediaType) {
        if (mediaType == null) {
            return types.contains("*/*");
        }
        int slash = mediaType.indexOf('/');
        String wholeType = slash < 0 ? null : mediaType.substring(0, slash) + "/*";
        return types.contains(mediaType) || types.contains("*/*") || wholeType != null && types.contains(wholeType);
    }

    /** @return the value of the {@code Accept} header */
    String acceptHeader() {
        return String.join(", ", types);
    }

    @Override
    public String toString() {
        return acceptHeader();
    }
}
