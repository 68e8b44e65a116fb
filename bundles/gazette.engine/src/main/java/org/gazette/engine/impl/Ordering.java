package org.gazette.engine.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.gazette.api.Enricher;
import org.gazette.api.StageProperties;

/** How the engine chooses among stage services. */
final class Ordering {
    private static final int DEFAULT_ENRICHER_ORDER = 1000;

    /** Highest {@code service.ranking} first, then the oldest service. */
    static final Comparator<Stage<?>> BY_RANKING = Comparator.comparingInt((Stage<?> s) -> -s.ranking)
            .thenComparingLong(s -> s.serviceId);

    private Ordering() {
    }

    static <T> Stage<T> best(List<Stage<T>> stages, Predicate<Stage<T>> accepts) {
        return stages.stream().filter(accepts).min(BY_RANKING).orElse(null);
    }

    /** Enrichers by {@code gazette.enricher.order} ascending, then by ranking. */
    static List<Stage<Enricher>> enrichers(List<Stage<Enricher>> stages) {
        List<Stage<Enricher>> out = new ArrayList<>(stages);
        out.sort(Comparator.comparingInt((Stage<Enricher> s) -> StageNames.intValue(s.properties.get(StageProperties.ENRICHER_ORDER), DEFAULT_ENRICHER_ORDER))
                .thenComparing(BY_RANKING));
        return out;
    }

    /** Whether a property listing types or schemes accepts {@code value}; {@code *}, {@code x/*} and {@code *}{@code /*} are wildcards. */
    static boolean matches(Map<String, Object> props, String key, String value) {
        for (String accepted : StageNames.all(props.get(key))) {
            String a = accepted.trim().toLowerCase(java.util.Locale.ROOT);
            if (a.equals(value) || a.equals("*") || a.equals("*/*")
                    || (a.endsWith("/*") && value.startsWith(a.substring(0, a.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
