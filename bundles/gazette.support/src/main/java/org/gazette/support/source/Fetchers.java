package org.gazette.support.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gazette.api.Fetcher;
import org.gazette.api.StageProperties;
import org.osgi.framework.Constants;

/**
 * Chooses, among the fetcher services a component holds with their service properties, the one
 * for a URL scheme: those whose {@value StageProperties#FETCHER_SCHEMES} lists the scheme (or
 * {@code *}), highest {@code service.ranking} first, then the oldest service — the rule the engine
 * applies too.
 *
 * <p>Scheme names are compared without regard to case; a property that is neither a string, a
 * string array nor a collection serves no scheme.
 */
public final class Fetchers {

    private static final Comparator<Map.Entry<Map<String, Object>, Fetcher>> BEST_FIRST =
            Comparator.comparingInt((Map.Entry<Map<String, Object>, Fetcher> e) -> -intValue(e.getKey().get(Constants.SERVICE_RANKING)))
                    .thenComparingLong(e -> longValue(e.getKey().get(Constants.SERVICE_ID)));

    private Fetchers() {
    }

    /**
     * @param fetchers the services with their properties, as DS injects them
     * @param scheme a URL scheme, such as {@code https}
     * @return the fetcher to use, if any serves the scheme
     */
    public static Optional<Fetcher> forScheme(List<Map.Entry<Map<String, Object>, Fetcher>> fetchers, String scheme) {
        String wanted = scheme.toLowerCase(Locale.ROOT);
        return List.copyOf(fetchers).stream()
                .filter(e -> serves(e.getKey().get(StageProperties.FETCHER_SCHEMES), wanted))
                .min(BEST_FIRST)
                .map(Map.Entry::getValue);
    }

    private static boolean serves(Object schemes, String scheme) {
        if (schemes instanceof String s) {
            String v = s.trim().toLowerCase(Locale.ROOT);
            return v.equals(scheme) || v.equals("*");
        }
        if (schemes instanceof String[] array) {
            return serves(List.of(array), scheme);
        }
        if (schemes instanceof Collection<?> c) {
            return c.stream().anyMatch(v -> v != null && serves(v.toString(), scheme));
        }
        return false;
    }

    private static int intValue(Object value) {
        return value instanceof Integer i ? i : 0;
    }

    private static long longValue(Object value) {
        return value instanceof Long l ? l : Long.MAX_VALUE;
    }
}
