package org.gazette.testsite;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** The command line: starts one site on each of 127.0.0.1..127.0.0.N and serves until killed. */
final class SiteFarm {

    static final String USAGE = """
            usage: java -jar gazette.testsite.jar [options]
              --hosts N         sites on 127.0.0.1 .. 127.0.0.N (default 1, at most 254)
              --articles N      articles per site (default 500)
              --days N          articles are dated over the last N days (default 30)
              --port P          the same port on every address (default 0: a free port each)
              --crawl-delay S   Crawl-delay in every robots.txt (default 0: none)
              --faults          also serve the fault routes
              --prerender       render (and gzip) every article before writing the page list, so that
                                a benchmark measures the crawler, not this site's rendering
              --page-list FILE  where to write every article URL of every site (default: a new temp file)
              --help            this text""";

    record Options(int hosts, int articles, int days, int port, int crawlDelay, boolean faults, Path pageList,
            boolean prerender, boolean help) {

        static Options parse(String[] args) {
            int hosts = 1;
            int articles = 500;
            int days = 30;
            int port = 0;
            int crawlDelay = 0;
            boolean faults = false;
            Path pageList = null;
            boolean prerender = false;
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "--hosts" -> hosts = number(args, ++i, option, 1, 254);
                    case "--articles" -> articles = number(args, ++i, option, 1, 1_000_000);
                    case "--days" -> days = number(args, ++i, option, 1, 36_500);
                    case "--port" -> port = number(args, ++i, option, 0, 65_535);
                    case "--crawl-delay" -> crawlDelay = number(args, ++i, option, 0, 3_600);
                    case "--faults" -> faults = true;
                    case "--prerender" -> prerender = true;
                    case "--page-list" -> pageList = Path.of(value(args, ++i, option));
                    case "--help", "-h" -> help = true;
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            return new Options(hosts, articles, days, port, crawlDelay, faults, pageList, prerender, help);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int number(String[] args, int i, String option, int min, int max) {
            String value = value(args, i, option);
            try {
                int n = Integer.parseInt(value);
                if (n < min || n > max) {
                    throw new IllegalArgumentException(option + " must be " + min + ".." + max + ", was " + value);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a number, was " + value);
            }
        }
    }

    private SiteFarm() {
    }

    /** Parses, starts the sites and blocks until the process is killed; returns only on errors or --help. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("gazette.testsite: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(USAGE);
            return 0;
        }
        List<NewsSite> sites;
        Path pageList;
        try {
            sites = start(options);
            if (options.prerender()) {
                sites.forEach(NewsSite::prerender);
            }
            pageList = writePageList(options.pageList(), sites);
        } catch (IllegalArgumentException | UncheckedIOException | IOException e) {
            err.println("gazette.testsite: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAll(sites), "testsite-shutdown"));
        sites.forEach(site -> out.println(site.baseUrl()));
        out.println("page list: " + pageList.toAbsolutePath());
        out.printf("ready: %d sites, %d articles each%n", sites.size(), options.articles());
        out.flush();
        try {
            new CountDownLatch(1).await(); // serve until killed; the shutdown hook closes the sites
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Closes the sites in parallel (each HttpServer takes a moment to stop). */
    static void closeAll(List<NewsSite> sites) {
        List<Thread> closers = sites.stream().map(site -> new Thread(site::close, "testsite-close")).toList();
        closers.forEach(Thread::start);
        for (Thread closer : closers) {
            try {
                closer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static List<NewsSite> start(Options options) {
        List<NewsSite> sites = new ArrayList<>();
        try {
            for (int i = 1; i <= options.hosts(); i++) {
                sites.add(NewsSite.builder().host("127.0.0." + i).port(options.port()).articles(options.articles())
                        .days(options.days()).crawlDelaySeconds(options.crawlDelay()).faults(options.faults()).start());
            }
        } catch (RuntimeException e) {
            closeAll(sites);
            throw e;
        }
        return sites;
    }

    static Path writePageList(Path target, List<NewsSite> sites) throws IOException {
        Path file = target != null ? target : Files.createTempFile("gazette-testsite-pages-", ".txt");
        List<String> lines = new ArrayList<>();
        lines.add("# Gazette test sites: every article URL of " + sites.size() + " sites");
        for (NewsSite site : sites) {
            lines.add("# " + site.baseUrl());
            lines.addAll(site.articleUrls());
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
