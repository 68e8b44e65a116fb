package org.gazette.state.impl;

import java.nio.file.Path;

import org.gazette.api.state.KeyValue;

/**
 * Run in a child JVM by {@link H2CrashTest}: writes URL records and key-value entries from two threads,
 * printing {@code ack T-N} once each call has returned, until the process is killed.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    /** @param args the Gazette home */
    public static void main(String[] args) {
        JdbcStateStore store = JdbcStateStore.open(StoreSettings.of("", "", "", Path.of(args[0]), 4, "10s", "10s", "30s"));
        System.out.println("open");
        System.out.flush();
        for (int t = 0; t < 2; t++) {
            int thread = t;
            new Thread(() -> write(store, thread), "writer-" + t).start();
        }
    }

    private static void write(JdbcStateStore store, int thread) {
        KeyValue kv = store.namespace("crash");
        for (int i = 0;; i++) {
            String id = thread + "-" + i;
            store.insertUrl(Records.queued(id, i));
            kv.put(id, "value " + id);
            synchronized (System.out) {
                System.out.println("ack " + id);
                System.out.flush();
            }
        }
    }
}
