package org.gazette.testsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFarmTest {

    @Test
    void parsesOptions() {
        SiteFarm.Options options = SiteFarm.Options.parse(new String[] {"--hosts", "20", "--articles", "500", "--port", "8080",
            "--crawl-delay", "2", "--faults", "--page-list", "/tmp/x.txt", "--days", "10", "--prerender"});
        assertEquals(new SiteFarm.Options(20, 500, 10, 8080, 2, true, Path.of("/tmp/x.txt"), true, false), options);
        assertEquals(new SiteFarm.Options(1, 500, 30, 0, 0, false, null, false, false), SiteFarm.Options.parse(new String[0]));
    }

    @Test
    void rejectsBadOptionsWithAMessage() {
        assertEquals("--hosts must be 1..254, was 300",
                assertThrows(IllegalArgumentException.class, () -> SiteFarm.Options.parse(new String[] {"--hosts", "300"})).getMessage());
        assertEquals("--articles must be a number, was many",
                assertThrows(IllegalArgumentException.class, () -> SiteFarm.Options.parse(new String[] {"--articles", "many"})).getMessage());
        assertEquals("--port needs a value",
                assertThrows(IllegalArgumentException.class, () -> SiteFarm.Options.parse(new String[] {"--port"})).getMessage());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, SiteFarm.run(new String[] {"--bogus"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --bogus"));
    }

    @Test
    void startsOneSitePerAddressAndListsEveryArticle(@TempDir Path dir) throws Exception {
        SiteFarm.Options options = SiteFarm.Options.parse(new String[] {"--hosts", "3", "--articles", "7"});
        List<NewsSite> sites = SiteFarm.start(options);
        try {
            assertEquals(List.of("127.0.0.1", "127.0.0.2", "127.0.0.3"),
                    sites.stream().map(s -> java.net.URI.create(s.baseUrl()).getHost()).toList());
            Path list = SiteFarm.writePageList(dir.resolve("pages.txt"), sites);
            List<String> urls = Files.readAllLines(list).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            assertEquals(21, urls.size());
            assertTrue(urls.containsAll(sites.get(2).articleUrls()));
        } finally {
            SiteFarm.closeAll(sites);
        }
    }
}
