package org.gazette.support.source;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gazette.api.Fetcher;
import org.gazette.api.StageProperties;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

class FetchersTest {

    @Test
    void theFetcherServingTheSchemeWithTheHighestRankingIsChosen() {
        Fetcher low = request -> null;
        Fetcher high = request -> null;
        Fetcher other = request -> null;
        List<Map.Entry<Map<String, Object>, Fetcher>> fetchers = List.of(
                Map.entry(Map.of(StageProperties.FETCHER_SCHEMES, new String[] {"http", "https"}, Constants.SERVICE_ID, 1L), low),
                Map.entry(Map.of(StageProperties.FETCHER_SCHEMES, "HTTPS", Constants.SERVICE_RANKING, 10, Constants.SERVICE_ID, 2L), high),
                Map.entry(Map.of(StageProperties.FETCHER_SCHEMES, List.of("s3"), Constants.SERVICE_ID, 3L), other));

        assertSame(high, Fetchers.forScheme(fetchers, "https").orElseThrow());
        assertSame(low, Fetchers.forScheme(fetchers, "http").orElseThrow());
        assertSame(other, Fetchers.forScheme(fetchers, "s3").orElseThrow());
        assertTrue(Fetchers.forScheme(fetchers, "ftp").isEmpty());
    }

    @Test
    void aWildcardServesEverySchemeAndTheOldestWinsATie() {
        Fetcher older = request -> null;
        Fetcher newer = request -> null;
        List<Map.Entry<Map<String, Object>, Fetcher>> fetchers = List.of(
                Map.entry(Map.of(StageProperties.FETCHER_SCHEMES, "*", Constants.SERVICE_ID, 9L), newer),
                Map.entry(Map.of(StageProperties.FETCHER_SCHEMES, "*", Constants.SERVICE_ID, 4L), older),
                Map.entry(Map.of(StageProperties.FETCHER_SCHEMES, 42, Constants.SERVICE_ID, 1L), request -> null));

        assertSame(older, Fetchers.forScheme(fetchers, "GOPHER").orElseThrow());
    }
}
