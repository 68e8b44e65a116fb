package org.gazette.export.json.impl;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file the exporter appends to, kept open between batches. A batch is written with one
 * channel in append mode until every byte is out, then forced to the device when asked. When a
 * write fails (disk full, interrupted thread) the file is cut back to its size before the batch,
 * so that no half line stays behind; and a file is checked for a torn last line whenever it is
 * (re)opened. Not thread-safe: the exporter guards it.
 */
final class AppendFile implements Closeable {

    private final boolean fsync;
    private Path path;
    private FileChannel channel;
    private long repaired;

    /** @param fsync whether to force each batch to the storage device */
    AppendFile(boolean fsync) {
        this.fsync = fsync;
    }

    /**
     * @param file the file to append to; the current one is closed when it is another
     * @param bytes whole lines
     * @throws IOException when the batch could not be written; the file is as it was before
     */
    void append(Path file, byte[] bytes) throws IOException {
        if (channel == null || !channel.isOpen() || !file.equals(path)) {
            close();
            open(file);
        }
        long before = channel.size();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (fsync) {
                channel.force(false);
            }
        } catch (IOException e) {
            rollback(file, before, e);
            close();
            throw e;
        }
    }

    /** @return how many bytes of torn last lines were cut off when files were reopened */
    long repairedBytes() {
        return repaired;
    }

    private void open(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        boolean created = !Files.exists(file);
        if (!created) {
            repaired += TailRepair.repair(file);
        }
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        path = file;
        if (created && fsync) {
            syncDirectory(file.getParent());
        }
    }

    /** Cuts the file back to its size before a failed batch, even when the thread was interrupted. */
    private static void rollback(Path file, long size, IOException failure) {
        boolean interrupted = Thread.interrupted();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (ch.size() > size) {
                ch.truncate(size);
            }
        } catch (IOException e) {
            failure.addSuppressed(e); // the next open() repairs the torn line
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Makes a new file's directory entry durable; not every platform allows it, which is fine. */
    private static void syncDirectory(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; the file's own force still holds its data
        }
    }

    @Override
    public void close() throws IOException {
        FileChannel open = channel;
        channel = null;
        path = null;
        if (open != null) {
            open.close();
        }
    }
}
