package org.gazette.example.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gazette.api.SourceContext;
import org.gazette.api.SourceState;
import org.gazette.api.model.SourceItem;
import org.junit.jupiter.api.Test;

class ExampleSourceTest {

    private final FakeContext context = new FakeContext();

    @Test
    void emitsTheConfiguredNumberOfArticles() throws Exception {
        new ExampleSource(config(3, "30s")).poll(context);

        assertEquals(List.of(
                "https://news.example/gazette-example/1",
                "https://news.example/gazette-example/2",
                "https://news.example/gazette-example/3"), context.urls());
        SourceItem first = context.emitted.get(0);
        assertEquals("text/html", first.mediaType);
        assertEquals("UTF-8", first.charset);
        assertEquals("Harbour town opens floating library", first.title);
        assertEquals("2024-05-14T09:30:00+02:00", first.published);
        assertEquals(List.of("Mara Lindqvist"), first.authors);
        assertEquals("2024-05-14T07:30:00+02:00", context.emitted.get(2).published);
        String html = new String(first.content, UTF_8);
        assertTrue(html.contains("<title>Harbour town opens floating library | Example News</title>"), html);
        assertTrue(html.contains("<h1>Harbour town opens floating library</h1>"), html);
        assertTrue(html.contains("By <span class=\"author\">Mara Lindqvist</span>"), html);
        assertTrue(html.contains("<time datetime=\"2024-05-14T09:30:00+02:00\">2024-05-14</time>"), html);
        assertTrue(html.contains("<p>&quot;Every island gets a visit once a week,&quot; said the librarian, Tom Okafor.</p>"), html);
        assertTrue(new String(context.emitted.get(1).content, UTF_8).contains("café car"));
        assertEquals(3, context.values.size());
    }

    @Test
    void aSecondPollEmitsNothing() throws Exception {
        ExampleSource source = new ExampleSource(config(3, "30s"));
        source.poll(context);
        context.emitted.clear();

        source.poll(context);

        assertEquals(List.of(), context.emitted);
        assertEquals(3, context.values.size());
    }

    @Test
    void moreArticlesRepeatTheStoriesWithNumberedHeadlines() throws Exception {
        new ExampleSource(config(5, "30s")).poll(context);

        assertEquals(5, context.emitted.size());
        assertEquals("Harbour town opens floating library (5)", context.emitted.get(4).title);
    }

    @Test
    void stopsWhenTheEngineCancelsAndSendsTheRestNextTime() throws Exception {
        ExampleSource source = new ExampleSource(config(3, "30s"));
        context.acceptBeforeCancel = 1;
        source.poll(context);
        assertEquals(List.of("https://news.example/gazette-example/1"), context.urls());
        assertEquals(Set.of("https://news.example/gazette-example/1"), context.values.keySet());

        context.emitted.clear();
        context.acceptBeforeCancel = Integer.MAX_VALUE;
        source.poll(context);

        assertEquals(List.of("https://news.example/gazette-example/2", "https://news.example/gazette-example/3"), context.urls());
    }

    @Test
    void forgetsArticlesNoLongerOffered() throws Exception {
        new ExampleSource(config(3, "30s")).poll(context);
        new ExampleSource(config(1, "30s")).poll(context);

        assertEquals(Set.of("https://news.example/gazette-example/1"), context.values.keySet());
    }

    @Test
    void refusesACountOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExampleSource(config(-1, "30s")));
        assertEquals("invalid configuration property 'count': -1 is not between 0 and 100", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ExampleSource(config(101, "30s")));
    }

    private static ExampleSource.Config config(int count, String interval) {
        return new ExampleSource.Config() {
            @Override
            public int count() {
                return count;
            }

            @Override
            public String gazette_source_interval() {
                return interval;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ExampleSource.Config.class;
            }
        };
    }

    /** Records what the source emits; keeps the state in a map, as the engine would across polls. */
    private static final class FakeContext implements SourceContext {
        final List<SourceItem> emitted = new ArrayList<>();
        final Map<String, String> values = new HashMap<>();
        int acceptBeforeCancel = Integer.MAX_VALUE;

        List<String> urls() {
            return emitted.stream().map(item -> item.url).toList();
        }

        @Override
        public String sourceId() {
            return "example";
        }

        @Override
        public boolean emit(SourceItem item) {
            if (emitted.size() >= acceptBeforeCancel) {
                return false;
            }
            emitted.add(item);
            return true;
        }

        @Override
        public void reject(String url, String reason) {
            throw new AssertionError("unexpected reject of " + url + ": " + reason);
        }

        @Override
        public SourceState state() {
            return new SourceState() {
                @Override
                public String get(String key) {
                    return values.get(key);
                }

                @Override
                public void put(String key, String value) {
                    if (value == null) {
                        values.remove(key);
                    } else {
                        values.put(key, value);
                    }
                }

                @Override
                public void remove(String key) {
                    values.remove(key);
                }

                @Override
                public Set<String> keys() {
                    return Set.copyOf(values.keySet());
                }
            };
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public long maxItemBytes() {
            return 16L << 20;
        }
    }
}
