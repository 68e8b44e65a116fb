package org.gazette.benchmarks.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the data folder when {@code --data} is not given: the system property
 * {@value #PROPERTY}, else {@value #RELATIVE} under the working directory or one of its parents
 * (so that it is found from the repository root, from {@code benchmarks/} and from the module).
 */
final class DataFolders {

    /** System property naming the data folder. */
    static final String PROPERTY = "gazette.eval.data";
    /** Where the development set sits, relative to the folder that holds the repository. */
    static final String RELATIVE = "shared/devdata/extraction/dev";

    private DataFolders() {
    }

    /**
     * @param given the {@code --data} option, or {@code null}
     * @param workingDirectory where to start looking
     * @return the data folder
     * @throws IllegalArgumentException when none is found or the folder lacks {@code html/}
     */
    static Path resolve(Path given, Path workingDirectory) {
        Path folder = given;
        if (folder == null && System.getProperty(PROPERTY) != null) {
            folder = Path.of(System.getProperty(PROPERTY));
        }
        if (folder == null) {
            for (Path dir = workingDirectory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(RELATIVE);
                if (Files.isDirectory(candidate)) {
                    folder = candidate;
                    break;
                }
            }
            if (folder == null) {
                throw new IllegalArgumentException("no data folder: give --data DIR (or -D" + PROPERTY
                        + "=DIR); looked for " + RELATIVE + " beside " + workingDirectory.toAbsolutePath()
                        + " and its parents");
            }
        }
        if (!Files.isDirectory(folder.resolve("html")) || !Files.isDirectory(folder.resolve("ground-truth"))) {
            throw new IllegalArgumentException("data folder " + folder + " must hold html/ and ground-truth/");
        }
        return folder.toAbsolutePath().normalize();
    }
}
