package org.gazette.launcher;

import java.util.List;

/**
 * How start-up ended.
 *
 * @param ready true when every bundle resolved and no component misses a service
 * @param problems what is wrong (also components that failed to start while the rest is ready)
 * @param millis milliseconds from JVM start to this report
 */
record ReadyReport(boolean ready, List<String> problems, long millis) {
}
