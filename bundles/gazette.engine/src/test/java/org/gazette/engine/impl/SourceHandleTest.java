package org.gazette.engine.impl;

import static org.gazette.engine.impl.TestSupport.props;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.gazette.api.StageProperties;
import org.junit.jupiter.api.Test;

class SourceHandleTest {

    private static SourceHandle handle(boolean adaptive, String maxItems) {
        Map<String, Object> p = props(StageProperties.SOURCE_ID, "feed", StageProperties.SOURCE_INTERVAL, "8m");
        p.put(StageProperties.SOURCE_ADAPTIVE, adaptive);
        if (maxItems != null) {
            p.put(StageProperties.SOURCE_MAX_ITEMS, maxItems);
        }
        return new SourceHandle(ctx -> { }, p, new SourceStats(), null);
    }

    @Test
    void anAdaptiveScheduleShortensForBusyFeedsAndStretchesForQuietOnesWithinBounds() {
        SourceHandle h = handle(true, null);
        assertEquals(Duration.ofMinutes(4), h.nextDelay(5));
        assertEquals(Duration.ofMinutes(2), h.nextDelay(1));
        assertEquals(Duration.ofMinutes(2), h.nextDelay(3), "not below a quarter of the interval");
        assertEquals(Duration.ofMinutes(3), h.nextDelay(0));
        for (int i = 0; i < 10; i++) {
            h.nextDelay(0);
        }
        assertEquals(Duration.ofMinutes(32), h.nextDelay(0), "not above four times the interval");
    }

    @Test
    void aFixedScheduleKeepsItsInterval() {
        SourceHandle h = handle(false, null);
        assertEquals(Duration.ofMinutes(8), h.nextDelay(100));
        assertEquals(Duration.ofMinutes(8), h.nextDelay(0));
    }

    @Test
    void maxItemsIsCheckedAndNamedWhenInvalid() {
        assertEquals(25, handle(false, "25").maxItems());
        SourceHandle bad = handle(false, "lots");
        assertEquals("invalid configuration property 'gazette.source.maxItems': not a number: 'lots'", bad.problem());
    }
}
