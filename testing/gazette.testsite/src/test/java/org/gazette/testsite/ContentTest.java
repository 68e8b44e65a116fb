package org.gazette.testsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ContentTest {

    @Test
    void everyWordOfTheProseFitsWindows1252() throws Exception {
        CharsetEncoder encoder = Charset.forName("windows-1252").newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
        List<List<String>> pools = List.of(Prose.REPORTERS, Prose.PEOPLE, Prose.ROLES, Prose.PLACES, Prose.ORGANISATIONS,
                Prose.THINGS, Prose.ACTIONS, Prose.LEADS, Prose.SENTENCES, Prose.KICKERS, Prose.CAPTIONS, Prose.COMMENTS,
                Prose.COMMENTERS);
        for (String text : Stream.concat(pools.stream().flatMap(List::stream),
                Prose.HEADLINES.values().stream().flatMap(List::stream)).toList()) {
            encoder.reset().encode(CharBuffer.wrap(text)); // throws on a character windows-1252 lacks
        }
    }

    @Test
    void newsroomWritesUniquePathsAcrossSectionsNewestFirst() {
        Newsroom newsroom = new Newsroom(3, 500, 30, Instant.parse("2024-05-01T12:00:00Z"));
        List<Article> articles = newsroom.articles();
        assertEquals(500, articles.size());
        Set<String> paths = new HashSet<>();
        articles.forEach(a -> assertTrue(paths.add(a.path), a.path));
        for (int i = 1; i < articles.size(); i++) {
            assertTrue(!articles.get(i).published.isAfter(articles.get(i - 1).published));
        }
        Prose.SECTIONS.forEach(s -> assertTrue(newsroom.section(s).size() > 100, s));
        articles.forEach(a -> assertTrue(a.revision().paragraphs().size() >= 4 && a.revision().paragraphs().size() <= 9));
        assertTrue(newsroom.privateArticle().path.startsWith("/private/"));
    }

    @Test
    void slugsAreAscii() {
        assertEquals("ferry-strike-enters-its-third-day-in-alsund", StoryWriter.slug("Ferry strike enters its third day in Ålsund"));
        assertEquals("review-a-quiet-clever-staging-of-the-lantern-keeper-in-sainte-evelyne",
                StoryWriter.slug("Review: a quiet, clever staging of “The Lantern Keeper” in Sainte-Évelyne"));
        assertEquals("the-harbour-authority-pledges-eur12-million", StoryWriter.slug("The Harbour Authority pledges €12 million"));
    }

    @Test
    void gzipBombInflatesToExactlyWhatItPromises() throws Exception {
        for (long size : new long[] {1024, 1_000_000, 10_000_000}) {
            byte[] bomb = GzipBomb.build(size);
            long expected = GzipBomb.inflatedSize(size);
            assertTrue(expected >= size && expected < size + 258);
            assertTrue(bomb.length < size / 900 + 64, "ratio: " + bomb.length);
            long inflated = 0;
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bomb))) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    for (int i = 0; i < n; i++) {
                        assertEquals(0, buffer[i]);
                    }
                    inflated += n;
                }
            }
            assertEquals(expected, inflated);
        }
    }

    @Test
    void minimalPdfHasAConsistentXref() {
        String pdf = new String(FaultRoutes.minimalPdf(), java.nio.charset.StandardCharsets.ISO_8859_1);
        int xref = Integer.parseInt(pdf.replaceAll("(?s).*startxref\n(\\d+)\n.*", "$1"));
        assertTrue(pdf.startsWith("xref", xref));
        assertTrue(pdf.startsWith("1 0 obj", Integer.parseInt(pdf.substring(xref).split("\n")[3].substring(0, 10))));
    }
}
