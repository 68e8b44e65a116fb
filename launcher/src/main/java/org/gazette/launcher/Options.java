package org.gazette.launcher;

import java.nio.file.Path;

/**
 * Command line options.
 *
 * @param home where deploy/, conf/, data/, out/ and log/ live; null: the distribution folder
 * @param command a console command line to run once ready, or null
 * @param help whether to print usage and exit
 */
record Options(Path home, String command, boolean help) {

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: gazette [--home DIR] [-c COMMAND]",
            "  --home DIR     keep deploy/, conf/, data/, out/ and log/ in DIR (default: the distribution folder)",
            "  -c COMMAND     start, wait until ready, run one console command line, print its result and exit",
            "                 (exit status 1 when the command fails, 3 when start-up was not ready)",
            "  -h, --help     print this help");

    static Options parse(String... args) {
        Path home = null;
        String command = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(value(args, ++i, "--home"));
                case "-c", "--command" -> command = value(args, ++i, args[i - 1]);
                case "-h", "--help" -> help = true;
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        return new Options(home, command, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].isBlank()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
