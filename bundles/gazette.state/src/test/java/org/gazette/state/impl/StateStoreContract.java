package org.gazette.state.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.gazette.api.state.KeyValue;
import org.gazette.api.state.StateException;
import org.gazette.api.state.UrlRecord;
import org.gazette.api.state.UrlState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link org.gazette.api.state.StateStore} must do, run against each database by a
 * subclass that says where a fresh, empty store for one test is.
 */
abstract class StateStoreContract {
    static final int THREADS = 8;

    protected JdbcStateStore store;
    private final List<JdbcStateStore> others = new ArrayList<>();

    /** @return settings of an empty database for the current test (the same on each call in one test) */
    protected abstract StoreSettings settings();

    /** Called before each test, before the store is opened: makes the empty database. */
    protected void newDatabase() throws Exception {
    }

    @BeforeEach
    void openStore() throws Exception {
        newDatabase();
        store = JdbcStateStore.open(settings());
    }

    @AfterEach
    void closeStores() {
        others.forEach(JdbcStateStore::close);
        if (store != null) {
            store.close();
        }
    }

    /** @return another store on the same database, as a second runtime would open it */
    JdbcStateStore second() {
        JdbcStateStore s = JdbcStateStore.open(settings());
        others.add(s);
        return s;
    }

    JdbcStateStore reopen() {
        store.close();
        store = JdbcStateStore.open(settings());
        return store;
    }

    @Test
    void newStoreIsEmptyAndAtTheCurrentSchemaVersion() {
        assertEquals(0, store.schemaVersionFound());
        assertArrayEquals(new long[UrlState.values().length], store.countUrls());
        assertNull(store.url("https://news.example/none"));
        assertEquals(List.of(), store.urls(UrlState.QUEUED, 10));
        assertEquals(Schema.currentVersion(settings().dialect()), reopen().schemaVersionFound());
    }

    @Test
    void insertUrlStoresEveryFieldAndReadsItBack() {
        UrlRecord r = Records.full("a");
        assertTrue(store.insertUrl(r));
        assertSameRecord(r, store.url(r.url));
    }

    @Test
    void insertUrlKeepsTheFirstRecord() {
        UrlRecord first = Records.queued("a", 0);
        UrlRecord second = Records.queued("a", 10);
        second.sourceId = "feed-b";
        assertTrue(store.insertUrl(first));
        assertFalse(store.insertUrl(second));
        assertSameRecord(first, store.url(first.url));
    }

    @Test
    void saveUrlInsertsAndReplaces() {
        UrlRecord r = Records.queued("a", 0);
        store.saveUrl(r);
        assertSameRecord(r, store.url(r.url));
        UrlRecord done = Records.full("a");
        store.saveUrl(done);
        assertSameRecord(done, store.url(r.url));
        done.etag = null;
        done.item = null;
        store.saveUrl(done);
        assertSameRecord(done, store.url(r.url));
    }

    @Test
    void timesComeBackInUtcToTheMicrosecond() {
        UrlRecord r = Records.queued("a", 0);
        r.firstSeen = "2026-11-23T11:00:00+01:00";
        r.lastFetched = "2026-11-23T10:00:00.123456789Z";
        store.saveUrl(r);
        UrlRecord back = store.url(r.url);
        assertEquals("2026-11-23T10:00:00Z", back.firstSeen);
        assertEquals("2026-11-23T10:00:00.123456Z", back.lastFetched);
    }

    @Test
    void largeAndUnicodeValuesSurvive() {
        UrlRecord r = Records.full("a");
        r.item = "{\"text\":\"" + "Zeitung ✓ ".repeat(50_000) + "\"}";
        store.saveUrl(r);
        assertEquals(r.item, store.url(r.url).item);
        KeyValue kv = store.namespace("big");
        kv.put("k", r.item);
        assertEquals(r.item, kv.get("k"));
    }

    @Test
    void invalidRecordsAreRejectedNamingTheField() {
        UrlRecord noState = Records.queued("a", 0);
        noState.state = null;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> store.insertUrl(noState)).getMessage().contains("state"));
        UrlRecord badTime = Records.queued("a", 0);
        badTime.nextDue = "tomorrow";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> store.saveUrl(badTime)).getMessage().contains("nextDue"));
        UrlRecord longUrl = Records.queued("x".repeat(Schema.MAX_URL_LENGTH), 0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> store.saveUrl(longUrl)).getMessage().contains("url"));
        assertThrows(IllegalArgumentException.class, () -> store.insertUrl(null));
    }

    @Test
    void insertUrlIsAtomicUnderConcurrency() throws Exception {
        int urls = 150;
        JdbcStateStore other = second();
        AtomicInteger inserted = new AtomicInteger();
        runConcurrently(THREADS, t -> {
            JdbcStateStore s = t % 2 == 0 ? store : other; // two "runtimes" sharing the database
            for (int i = 0; i < urls; i++) {
                UrlRecord r = Records.queued("u" + ((i + t * 7) % urls), i);
                r.sourceId = "thread-" + t;
                if (s.insertUrl(r)) {
                    inserted.incrementAndGet();
                }
            }
        });
        assertEquals(urls, inserted.get());
        assertEquals(urls, store.countUrls()[UrlState.QUEUED.ordinal()]);
    }

    @Test
    void saveUrlFromManyThreadsLeavesOneRowPerUrl() throws Exception {
        runConcurrently(THREADS, t -> {
            for (int i = 0; i < 40; i++) {
                UrlRecord r = Records.record("s" + (i % 10), UrlState.DONE, i);
                r.attempts = t;
                store.saveUrl(r);
            }
        });
        assertEquals(10, store.countUrls()[UrlState.DONE.ordinal()]);
    }

    @Test
    void urlsInAStateComeOldestFirstUpToTheLimit() {
        store.saveUrl(Records.queued("c", 30));
        store.saveUrl(Records.queued("a", 10));
        store.saveUrl(Records.record("x", UrlState.DONE, 0));
        store.saveUrl(Records.queued("b", 20));
        store.saveUrl(Records.queued("d", 20));
        assertEquals(List.of("a", "b", "d"), paths(store.urls(UrlState.QUEUED, 3)));
        assertEquals(List.of("a", "b", "d", "c"), paths(store.urls(UrlState.QUEUED, 100)));
        assertEquals(List.of("x"), paths(store.urls(UrlState.DONE, 100)));
        assertEquals(List.of(), store.urls(UrlState.FAILED, 100));
        assertEquals(List.of(), store.urls(UrlState.QUEUED, 0));
        assertThrows(IllegalArgumentException.class, () -> store.urls(UrlState.QUEUED, -1));
    }

    @Test
    void orderIsByInstantNotByText() {
        UrlRecord later = Records.queued("later", 0);
        later.firstSeen = "2026-11-23T10:00:00.5Z"; // sorts before "...10:00:00Z" as text
        UrlRecord earlier = Records.queued("earlier", 0);
        earlier.firstSeen = "2026-11-23T10:00:00Z";
        store.saveUrl(later);
        store.saveUrl(earlier);
        assertEquals(List.of("earlier", "later"), paths(store.urls(UrlState.QUEUED, 10)));
    }

    @Test
    void countUrlsCountsEachState() {
        store.saveUrl(Records.queued("a", 0));
        store.saveUrl(Records.queued("b", 0));
        store.saveUrl(Records.record("c", UrlState.DONE, 0));
        store.saveUrl(Records.record("d", UrlState.FAILED, 0));
        assertArrayEquals(new long[] {2, 1, 0, 1}, store.countUrls());
        store.saveUrl(Records.record("a", UrlState.SKIPPED, 0));
        assertArrayEquals(new long[] {1, 1, 1, 1}, store.countUrls());
    }

    @Test
    void namespaceNamesAreChecked() {
        assertEquals("sources.feed-a_1", store.namespace("sources.feed-a_1").name());
        for (String bad : new String[] {"", "Upper", "with space", "a/b", "x".repeat(65)}) {
            assertThrows(IllegalArgumentException.class, () -> store.namespace(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> store.namespace(null));
    }

    @Test
    void keyValueGetPutRemove() {
        KeyValue kv = store.namespace("cursors");
        assertNull(kv.get("feed-a"));
        kv.put("feed-a", "{\"etag\":\"1\"}");
        assertEquals("{\"etag\":\"1\"}", kv.get("feed-a"));
        kv.put("feed-a", "{\"etag\":\"2\"}");
        assertEquals("{\"etag\":\"2\"}", kv.get("feed-a"));
        assertTrue(kv.remove("feed-a"));
        assertFalse(kv.remove("feed-a"));
        assertNull(kv.get("feed-a"));
        kv.put("k", "v");
        kv.put("k", null);
        assertNull(kv.get("k"));
        kv.put("", "empty key");
        assertEquals("empty key", kv.get(""));
    }

    @Test
    void namespacesAreSeparate() {
        store.namespace("a").put("k", "in a");
        store.namespace("b").put("k", "in b");
        assertEquals("in a", store.namespace("a").get("k"));
        assertEquals("in b", store.namespace("b").get("k"));
        assertEquals(Map.of("k", "in a"), store.namespace("a").scan("", 10));
    }

    @Test
    void keysAreChecked() {
        KeyValue kv = store.namespace("n");
        kv.put("k".repeat(Schema.MAX_KEY_LENGTH), "longest");
        assertEquals("longest", kv.get("k".repeat(Schema.MAX_KEY_LENGTH)));
        assertThrows(IllegalArgumentException.class, () -> kv.put("k".repeat(Schema.MAX_KEY_LENGTH + 1), "v"));
        assertThrows(IllegalArgumentException.class, () -> kv.get(null));
        assertThrows(IllegalArgumentException.class, () -> kv.putIfAbsent("k", null));
    }

    @Test
    void putIfAbsentStoresOnlyTheFirst() {
        KeyValue kv = store.namespace("entities");
        assertNull(kv.putIfAbsent("q1", "first"));
        assertEquals("first", kv.putIfAbsent("q1", "second"));
        assertEquals("first", kv.get("q1"));
    }

    @Test
    void putIfAbsentIsAtomicUnderConcurrency() throws Exception {
        JdbcStateStore other = second();
        int keys = 60;
        Map<String, String> winners = new ConcurrentHashMap<>();
        Map<String, Set<String>> seen = new ConcurrentHashMap<>();
        runConcurrently(THREADS, t -> {
            KeyValue kv = (t % 2 == 0 ? store : other).namespace("race");
            for (int i = 0; i < keys; i++) {
                String key = "k" + ((i + t * 5) % keys);
                String mine = "thread-" + t;
                String before = kv.putIfAbsent(key, mine);
                if (before == null && winners.putIfAbsent(key, mine) != null) {
                    throw new AssertionError("two threads stored " + key);
                }
                seen.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(before == null ? mine : before);
            }
        });
        assertEquals(keys, winners.size());
        KeyValue kv = store.namespace("race");
        for (Map.Entry<String, String> w : winners.entrySet()) {
            assertEquals(w.getValue(), kv.get(w.getKey()));
            assertEquals(Set.of(w.getValue()), seen.get(w.getKey()), "every caller saw the winner's value");
        }
    }

    @Test
    void scanReturnsKeysWithThePrefixInKeyOrderUpToTheLimit() {
        KeyValue kv = store.namespace("scan");
        for (String k : new String[] {"b/2", "a/1", "b/10", "b/1", "c", "b", "B/upper", "b%x", "b_y", "bz"}) {
            kv.put(k, "v:" + k);
        }
        store.namespace("scan2").put("b/other", "other namespace");
        assertEquals(List.of("b/1", "b/10", "b/2"), List.copyOf(kv.scan("b/", 10).keySet()));
        assertEquals(List.of("b/1", "b/10"), List.copyOf(kv.scan("b/", 2).keySet()));
        assertEquals("v:b/10", kv.scan("b/", 2).get("b/10"));
        assertEquals(List.of("b%x"), List.copyOf(kv.scan("b%", 10).keySet()));
        assertEquals(List.of("b_y"), List.copyOf(kv.scan("b_", 10).keySet()));
        assertEquals(List.of("B/upper", "a/1", "b", "b%x", "b/1"), List.copyOf(kv.scan("", 5).keySet()));
        assertEquals(10, kv.scan("", 100).size());
        assertEquals(Map.of(), kv.scan("zz", 10));
        assertEquals(Map.of(), kv.scan("b", 0));
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        UrlRecord r = Records.full("kept");
        store.insertUrl(r);
        store.namespace("n").put("k", "v");
        reopen();
        assertSameRecord(r, store.url(r.url));
        assertEquals("v", store.namespace("n").get("k"));
        assertEquals(1, store.countUrls()[UrlState.DONE.ordinal()]);
    }

    @Test
    void callsOnAClosedStoreFailNamingTheOperationAndTheStore() {
        store.close();
        StateException e = assertThrows(StateException.class, () -> store.url("https://news.example/a"));
        assertTrue(e.getMessage().contains("url failed"), e.getMessage());
        assertTrue(e.getMessage().contains(store.location()), e.getMessage());
        StateException kv = assertThrows(StateException.class, () -> store.namespace("n").put("k", "v"));
        assertTrue(kv.getMessage().contains("put n/k failed"), kv.getMessage());
        store = JdbcStateStore.open(settings());
    }

    @Test
    void aSchemaFromANewerGazetteIsRefused() throws Exception {
        store.close();
        try (Connection c = new ConnectionFactory(settings()).open(); Statement s = c.createStatement()) {
            s.execute("UPDATE " + Schema.VERSION_TABLE + " SET version = 99");
        }
        StateException e = assertThrows(StateException.class, () -> JdbcStateStore.open(settings()));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot open the state store " + settings().location()), e.getMessage());
        try (Connection c = new ConnectionFactory(settings()).open(); Statement s = c.createStatement()) {
            s.execute("UPDATE " + Schema.VERSION_TABLE + " SET version = " + Schema.currentVersion(settings().dialect()));
        }
        store = JdbcStateStore.open(settings());
        assertEquals(Schema.currentVersion(settings().dialect()), store.schemaVersionFound());
    }

    @Test
    void locationNeverShowsThePassword() {
        assertFalse(store.location().contains("secret"), store.location());
    }

    /** DTOs have no equals: compares every field through DTO.toString. */
    static void assertSameRecord(UrlRecord expected, UrlRecord actual) {
        assertEquals(String.valueOf(expected), String.valueOf(actual));
    }

    static List<String> paths(List<UrlRecord> records) {
        List<String> out = new ArrayList<>();
        records.forEach(r -> out.add(r.url.substring("https://news.example/".length())));
        return out;
    }

    /** A task run by one of several threads, given its index. */
    interface ThreadTask {
        void run(int thread) throws Exception;
    }

    /** Starts the threads together and fails with the first failure; gives up after a minute. */
    static void runConcurrently(int threads, ThreadTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int index = t;
                Callable<Void> c = () -> {
                    start.await();
                    task.run(index);
                    return null;
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            for (Future<Void> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
