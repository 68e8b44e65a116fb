package org.gazette.export.json.impl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Mends a JSON Lines file that a crash left with half a line at its end: the file is cut back to
 * just after its last {@code '\n'} (to empty when it has none). Complete lines are never touched.
 */
final class TailRepair {

    private static final int CHUNK = 8192;

    private TailRepair() {
    }

    /**
     * @param file a {@code .jsonl} file
     * @return how many bytes were cut off; 0 when the file was whole
     * @throws IOException when the file cannot be read or truncated
     */
    static long repair(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long keep = afterLastNewline(channel, size);
            if (keep == size) {
                return 0;
            }
            channel.truncate(keep);
            channel.force(true);
            return size - keep;
        }
    }

    private static long afterLastNewline(FileChannel channel, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        long end = size;
        while (end > 0) {
            long start = Math.max(0, end - CHUNK);
            buffer.clear().limit((int) (end - start));
            long position = start;
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, position);
                if (read < 0) {
                    throw new IOException(channel + " shrank while being repaired");
                }
                position += read;
            }
            for (int i = buffer.limit() - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }
}
