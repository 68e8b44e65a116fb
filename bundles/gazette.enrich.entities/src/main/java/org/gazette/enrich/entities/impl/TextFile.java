package org.gazette.enrich.entities.impl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file's text for {@code gazette:tag}: UTF-8, strictly (a file that is not UTF-8 is an
 * error, not a text with replacement characters), verbatim (a byte order mark stays as U+FEFF,
 * line ends stay as they are), so that mention offsets are indexes into the file's own characters.
 */
final class TextFile {

    private TextFile() {
    }

    /**
     * @param name the path as the operator wrote it
     * @param maxBytes largest file read
     * @return the text
     * @throws IllegalArgumentException when the file is missing, not a regular file, too large or not UTF-8
     * @throws IOException when it cannot be read
     */
    static String read(String name, long maxBytes) throws IOException {
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException(name + " is a directory, not a file");
        }
        long size;
        try {
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + name);
        }
        if (size > maxBytes) {
            throw new IllegalArgumentException(name + " is too large: " + size + " bytes, more than --max-size " + maxBytes + " bytes");
        }
        byte[] bytes = Files.readAllBytes(path);
        if (bytes.length > maxBytes) {
            throw new IllegalArgumentException(name + " is too large: it grew past --max-size " + maxBytes + " bytes while read");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + " is not UTF-8 text");
        }
    }
}
