package org.gazette.engine.impl;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.gazette.api.Exporter;
import org.gazette.api.Parser;
import org.gazette.api.Source;
import org.gazette.api.StageProperties;
import org.gazette.api.model.Article;
import org.gazette.api.model.PageKind;
import org.gazette.api.model.SourceItem;
import org.osgi.service.log.Logger;

/** Fakes and helpers shared by the engine tests. */
final class TestSupport {
    private static final AtomicLong SERVICE_IDS = new AtomicLong();

    private TestSupport() {
    }

    static Logger quietLogger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false
                        : method.getReturnType() == String.class ? "test" : null);
    }

    static EngineSettings settings(Path data) {
        return settings(data, Duration.ofMillis(500));
    }

    /** @param stageWait how long an item waits for a missing stage before it fails */
    static EngineSettings settings(Path data, Duration stageWait) {
        return new EngineSettings(2, 2, 64, 1 << 20, 1 << 20, Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 10, Duration.ofMillis(20), 1, stageWait,
                Duration.ofSeconds(5), data, Duration.ZERO, 1000, 4, true);
    }

    static Map<String, Object> props(String... keyValues) {
        Map<String, Object> m = new HashMap<>();
        m.put("service.id", SERVICE_IDS.incrementAndGet());
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    static SourceItem html(String url, String title) {
        SourceItem item = new SourceItem();
        item.url = url;
        item.mediaType = "text/html";
        item.content = ("<title>" + title + "</title>").getBytes(StandardCharsets.UTF_8);
        return item;
    }

    /** Waits for a condition, failing after the deadline (never a bare sleep). */
    static void await(String what, Duration deadline, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.onSpinWait();
            Thread.sleep(5);
        }
    }

    /** A source that emits the given items on every poll. */
    static Source emitting(SourceItem... items) {
        return ctx -> {
            for (SourceItem i : items) {
                ctx.emit(i);
            }
        };
    }

    /** A parser that takes the title from the bytes and makes every page an article. */
    static Parser titleParser() {
        return doc -> {
            String s = new String(doc.content, StandardCharsets.UTF_8);
            if (s.contains("BOOM")) {
                throw new IllegalStateException("cannot parse BOOM page");
            }
            Article a = new Article();
            a.title = s.replaceAll("</?title>", "");
            a.text = "Body of " + a.title;
            a.kind = s.contains("INDEX") ? PageKind.INDEX : PageKind.ARTICLE;
            return a;
        };
    }

    static Map<String, Object> parserProps() {
        return props(StageProperties.PARSER_TYPES, "text/html", "component.name", "test.parser");
    }

    /** An exporter that remembers what it got. */
    static class Collecting implements Exporter {
        final List<Article> got = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void export(List<Article> articles) {
            got.addAll(articles);
        }

        List<String> titles() {
            synchronized (got) {
                return got.stream().map(a -> a.title).sorted().toList();
            }
        }
    }
}
