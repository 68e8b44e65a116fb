package org.gazette.source.files.impl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.gazette.api.model.SourceItem;
import org.gazette.testkit.FakeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {

    private static final long T1 = 1_700_000_000_000L;
    private static final long T2 = 1_700_000_600_000L;

    @TempDir
    Path folder;

    private final FakeContext context = new FakeContext();

    @Test
    void emitsNewFilesInPathOrderWithMediaTypeUriContentAndProperties() throws Exception {
        Path a = write("a.html", "<p>A</p>", T1);
        write("b.htm", "<p>B</p>", T1);
        write("c.txt", "plain C", T1);
        write("notes.pdf", "%PDF", T1);
        write("sub/d.HTML", "<p>D</p>", T2);

        poll(TestConfig.of(folder));

        assertEquals(List.of("a.html", "b.htm", "c.txt", "sub/d.HTML"), context.emittedProperty("file.path"));
        SourceItem first = context.emitted.get(0);
        assertEquals(a.toUri().toString(), first.url);
        assertEquals("file://" + folder + "/a.html", first.url);
        assertEquals("text/html", first.mediaType);
        assertArrayEquals("<p>A</p>".getBytes(UTF_8), first.content);
        assertEquals(Map.of("file.path", "a.html", "file.modified", "2023-11-14T22:13:20Z"), first.properties);
        assertNull(first.charset);
        assertEquals("text/html", context.emitted.get(1).mediaType);
        assertEquals("text/plain", context.emitted.get(2).mediaType);
        assertEquals("text/html", context.emitted.get(3).mediaType);
        assertEquals("2023-11-14T22:23:20Z", context.emitted.get(3).properties.get("file.modified"));
        assertEquals(Map.of(
                "a.html", "8:" + T1 + ":" + sha256("<p>A</p>"),
                "b.htm", "8:" + T1 + ":" + sha256("<p>B</p>"),
                "c.txt", "7:" + T1 + ":" + sha256("plain C"),
                "sub/d.HTML", "8:" + T2 + ":" + sha256("<p>D</p>")), context.values);
        assertEquals(List.of(), context.rejected);
    }

    @Test
    void secondPollWithoutChangesEmitsNothing() throws Exception {
        write("a.html", "<p>A</p>", T1);
        write("c.txt", "plain C", T1);
        FolderSource source = new FolderSource(TestConfig.of(folder));
        source.poll(context);
        Map<String, String> after = Map.copyOf(context.values);

        source.poll(context.nextPoll());

        assertEquals(List.of(), context.emitted);
        assertEquals(after, context.values);
    }

    @Test
    void changedContentIsEmittedAgain() throws Exception {
        write("a.html", "<p>A</p>", T1);
        write("b.html", "<p>B</p>", T1);
        FolderSource source = new FolderSource(TestConfig.of(folder));
        source.poll(context);

        write("a.html", "<p>a</p>", T2);
        source.poll(context.nextPoll());

        assertEquals(List.of("a.html"), context.emittedProperty("file.path"));
        assertArrayEquals("<p>a</p>".getBytes(UTF_8), context.emitted.get(0).content);
        assertEquals("8:" + T2 + ":" + sha256("<p>a</p>"), context.values.get("a.html"));
    }

    @Test
    void touchedFileWithSameContentIsNotEmittedButItsFingerprintIsUpdated() throws Exception {
        write("a.html", "<p>A</p>", T1);
        FolderSource source = new FolderSource(TestConfig.of(folder));
        source.poll(context);

        Files.setLastModifiedTime(folder.resolve("a.html"), FileTime.fromMillis(T2));
        source.poll(context.nextPoll());

        assertEquals(List.of(), context.emitted);
        assertEquals("8:" + T2 + ":" + sha256("<p>A</p>"), context.values.get("a.html"));
    }

    @Test
    void deletedFileIsForgotten() throws Exception {
        write("a.html", "<p>A</p>", T1);
        write("sub/b.html", "<p>B</p>", T1);
        FolderSource source = new FolderSource(TestConfig.of(folder));
        source.poll(context);
        assertEquals(2, context.values.size());

        Files.delete(folder.resolve("sub/b.html"));
        source.poll(context.nextPoll());

        assertEquals(List.of(), context.emitted);
        assertEquals(List.of("a.html"), List.copyOf(context.values.keySet()));
    }

    @Test
    void decompressesGzippedHtml() throws Exception {
        byte[] html = "<html><body><p>Gzipped</p></body></html>".getBytes(UTF_8);
        writeGzip("archive/story.html.gz", html, 1);

        poll(TestConfig.of(folder));

        SourceItem item = context.emitted.get(0);
        assertEquals("archive/story.html.gz", item.properties.get("file.path"));
        assertEquals("text/html", item.mediaType);
        assertArrayEquals(html, item.content);
        assertEquals(sha256(html), FileRecord.parse(context.values.get("archive/story.html.gz")).sha256());
    }

    @Test
    void rejectsAFileLargerThanTheLimitAndGoesOn() throws Exception {
        Path big = write("big.html", "x".repeat(2000), T1);
        write("small.html", "x".repeat(1024), T1);

        poll(TestConfig.of(folder, "maxFileSize", "1KB"));

        assertEquals(List.of("small.html"), context.emittedProperty("file.path"));
        assertEquals(List.of(new FakeContext.Rejected(big.toUri().toString(),
                "big.html is 2000 bytes, more than maxFileSize 1KB (1024 bytes)")), context.rejected);
        assertEquals(FileRecord.REJECTED, FileRecord.parse(context.values.get("big.html")).sha256());

        context.rejected.clear();
        poll(TestConfig.of(folder, "maxFileSize", "1KB"));
        assertEquals(List.of(), context.rejected, "an unchanged oversized file is not rejected again");

        write("big.html", "y".repeat(3000), T1 + 1000);
        poll(TestConfig.of(folder, "maxFileSize", "1KB"));
        assertEquals(1, context.rejected.size(), "a changed oversized file is rejected again");
    }

    @Test
    void rejectsAGzipBombWithoutReadingPastTheLimit() throws Exception {
        Path bomb = writeGzip("bomb.html.gz", new byte[1 << 20], 64); // 64 MB of zeros
        long compressed = Files.size(bomb);

        poll(TestConfig.of(folder, "maxFileSize", "1MB"));

        assertEquals(List.of(), context.emitted);
        assertEquals(List.of(new FakeContext.Rejected(bomb.toUri().toString(), "bomb.html.gz is " + compressed
                + " bytes compressed and decompresses to more than maxFileSize 1MB (1048576 bytes)")), context.rejected);
    }

    @Test
    void rejectsADanglingSymbolicLinkAndReadsTheOthers() throws Exception {
        write("a.html", "<p>A</p>", T1);
        Path broken = Files.createSymbolicLink(folder.resolve("b.html"), folder.resolve("missing.html"));
        write("c.html", "<p>C</p>", T1);

        poll(TestConfig.of(folder));

        assertEquals(List.of("a.html", "c.html"), context.emittedProperty("file.path"));
        assertEquals(List.of(new FakeContext.Rejected(broken.toUri().toString(),
                "cannot read b.html: no such file, or a broken symbolic link (" + broken + ")")), context.rejected);
    }

    @Test
    void followsLinksInsideTheFolderButNotOutOfIt(@TempDir Path outside) throws Exception {
        write("a.html", "<p>A</p>", T1);
        Files.createSymbolicLink(folder.resolve("alias.html"), folder.resolve("a.html"));
        Files.writeString(outside.resolve("secret.html"), "<p>secret</p>");
        Path escape = Files.createSymbolicLink(folder.resolve("escape.html"), outside.resolve("secret.html"));
        Files.createSymbolicLink(folder.resolve("linked"), outside);

        poll(TestConfig.of(folder));

        assertEquals(List.of("a.html", "alias.html"), context.emittedProperty("file.path"));
        assertEquals(List.of(new FakeContext.Rejected(escape.toUri().toString(), "cannot read escape.html: it is a symbolic link to "
                + outside.toRealPath().resolve("secret.html") + ", outside the folder")), context.rejected);
    }

    @Test
    void rejectsACorruptGzipFile() throws Exception {
        Path bad = write("bad.html.gz", "not gzip at all", T1);

        poll(TestConfig.of(folder));

        assertEquals(List.of(new FakeContext.Rejected(bad.toUri().toString(), "cannot read bad.html.gz: Not in GZIP format")),
                context.rejected);
    }

    @Test
    void includePatternsMatchNamesIgnoringCase() throws Exception {
        write("A.txt", "a", T1);
        write("b.TxT", "b", T1);
        write("c.html", "c", T1);
        write("feed.xml", "<rss/>", T1);

        poll(TestConfig.of(folder, "include", new String[] {"*.TXT", "feed.*"}));

        assertEquals(List.of("A.txt", "b.TxT", "feed.xml"), context.emittedProperty("file.path"));
        assertEquals("application/xml", context.emitted.get(2).mediaType);
    }

    @Test
    void readsOnlyTheTopFolderWhenNotRecursive() throws Exception {
        write("a.html", "a", T1);
        write("sub/b.html", "b", T1);
        Files.createDirectories(folder.resolve("dir.html"));

        poll(TestConfig.of(folder, "recursive", false));

        assertEquals(List.of("a.html"), context.emittedProperty("file.path"));
        assertEquals(List.of(), context.rejected);
    }

    @Test
    void stopsWhenEmitReturnsFalseAndStoresOnlyWhatWasAccepted() throws Exception {
        write("a.html", "a", T1);
        write("b.html", "b", T1);
        write("c.html", "c", T1);
        context.acceptBeforeCancel = 1;

        poll(TestConfig.of(folder));

        assertEquals(List.of("a.html"), context.emittedProperty("file.path"));
        assertEquals(List.of("a.html"), List.copyOf(context.values.keySet()));
    }

    @Test
    void emitsNothingOnceCancelled() throws Exception {
        write("a.html", "a", T1);
        context.cancelled = true;

        poll(TestConfig.of(folder));

        assertEquals(List.of(), context.emitted);
        assertEquals(Map.of(), context.values);
    }

    @Test
    void rejectsAnItemTheEngineRefusesAndGoesOn() throws Exception {
        Path a = write("a.html", "a", T1);
        write("b.html", "b", T1);
        context.refuse = item -> item.url.endsWith("/a.html");

        poll(TestConfig.of(folder));

        assertEquals(List.of("b.html"), context.emittedProperty("file.path"));
        assertEquals(List.of(new FakeContext.Rejected(a.toUri().toString(), "not accepted by the engine: item too large")),
                context.rejected);
        assertEquals(List.of("b.html"), List.copyOf(context.values.keySet()));
    }

    @Test
    void failsThePollAndKeepsTheStateWhenTheFolderIsGone() throws Exception {
        Path root = Files.createDirectories(folder.resolve("news"));
        Files.writeString(root.resolve("a.html"), "a");
        FolderSource source = new FolderSource(TestConfig.of(root));
        source.poll(context);
        Files.delete(root.resolve("a.html"));
        Files.delete(root);

        assertThrows(IOException.class, () -> source.poll(context.nextPoll()));
        assertEquals(List.of("a.html"), List.copyOf(context.values.keySet()));
    }

    private void poll(FolderSource.Config config) throws Exception {
        new FolderSource(config).poll(context);
    }

    private Path write(String relative, String content, long modified) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified));
        return file;
    }

    private Path writeGzip(String relative, byte[] block, int times) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < times; i++) {
                out.write(block);
            }
        }
        return file;
    }

    private static String sha256(String text) throws Exception {
        return sha256(text.getBytes(UTF_8));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
