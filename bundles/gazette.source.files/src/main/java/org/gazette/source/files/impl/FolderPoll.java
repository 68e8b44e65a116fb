package org.gazette.source.files.impl;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import org.gazette.api.SourceContext;
import org.gazette.api.SourceState;
import org.gazette.api.model.SourceItem;

/**
 * One poll of a folder: forgets files that are gone, then visits the matching files in sorted
 * order and emits those whose content is new or changed. State keys are the files' paths relative
 * to the folder; a file's record is stored only after the engine accepted it.
 */
final class FolderPoll {

    private final FolderWalker walker;
    private final BoundedReader reader;
    private final SourceContext context;
    private final SourceState state;
    private Path realRoot;

    FolderPoll(FolderWalker walker, BoundedReader reader, SourceContext context) {
        this.walker = walker;
        this.reader = reader;
        this.context = context;
        this.state = context.state();
    }

    /**
     * @throws IOException when the folder itself cannot be read; the poll fails and the state is kept
     * @throws InterruptedException when the polling thread is interrupted
     */
    void run() throws IOException, InterruptedException {
        FolderWalker.Listing listing = walker.list();
        realRoot = walker.root().toRealPath();
        forgetVanished(listing);
        for (Map.Entry<String, IOException> folder : listing.unreadableFolders().entrySet()) {
            Path path = walker.root().resolve(folder.getKey());
            context.reject(path.toUri().toString(), cannotRead(folder.getKey(), folder.getValue()));
        }
        for (Map.Entry<String, Path> file : listing.files().entrySet()) {
            if (context.isCancelled() || !visit(file.getKey(), file.getValue())) {
                return;
            }
        }
    }

    /** Removes the state of files that are gone, keeping that of folders that could not be listed. */
    private void forgetVanished(FolderWalker.Listing listing) {
        for (String key : state.keys()) {
            if (listing.files().containsKey(key) || underUnreadableFolder(key, listing)) {
                continue;
            }
            state.remove(key);
        }
    }

    private static boolean underUnreadableFolder(String key, FolderWalker.Listing listing) {
        for (String folder : listing.unreadableFolders().keySet()) {
            if (key.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    /** @return false when the walk must stop (cancelled) */
    private boolean visit(String relative, Path path) throws InterruptedException {
        String uri = path.toUri().toString();
        Path real;
        BasicFileAttributes attributes;
        try {
            real = path.toRealPath();
            if (!real.startsWith(realRoot)) {
                context.reject(uri, "cannot read " + relative + ": it is a symbolic link to " + real + ", outside the folder");
                return true;
            }
            attributes = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException e) {
            return rejected(uri, relative, e);
        }
        if (!attributes.isRegularFile()) {
            return true; // a link to a folder, a pipe, a device: not a file to read
        }
        long modified = attributes.lastModifiedTime().toMillis();
        String fingerprint = FileRecord.fingerprint(attributes.size(), modified);
        FileRecord previous = FileRecord.parse(state.get(relative));
        if (previous != null && previous.fingerprint().equals(fingerprint)) {
            return true; // unchanged since the last poll: not even read
        }
        byte[] content;
        try {
            content = reader.read(real, relative, attributes.size());
        } catch (BoundedReader.TooLargeException e) {
            context.reject(uri, e.getMessage());
            // remember it, so that the same oversized file is not rejected again on every poll
            state.put(relative, new FileRecord(fingerprint, FileRecord.REJECTED).format());
            return true;
        } catch (IOException e) {
            return rejected(uri, relative, e);
        }
        FileRecord current = new FileRecord(fingerprint, sha256(content));
        if (previous != null && previous.sha256().equals(current.sha256())) {
            state.put(relative, current.format()); // touched, same content: nothing to emit
            return true;
        }
        boolean accepted;
        try {
            accepted = context.emit(item(uri, relative, content, modified));
        } catch (IllegalArgumentException e) {
            context.reject(uri, "not accepted by the engine: " + e.getMessage());
            return true;
        }
        if (accepted) {
            state.put(relative, current.format());
        }
        return accepted;
    }

    private boolean rejected(String uri, String relative, IOException e) throws InterruptedException {
        if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException
                || Thread.currentThread().isInterrupted()) {
            InterruptedException interrupted = new InterruptedException("interrupted while reading " + relative);
            interrupted.initCause(e);
            throw interrupted;
        }
        context.reject(uri, cannotRead(relative, e));
        return true;
    }

    private static SourceItem item(String uri, String relative, byte[] content, long modified) {
        SourceItem item = new SourceItem();
        item.url = uri;
        item.content = content;
        item.mediaType = MediaTypes.of(relative);
        item.properties = Map.of(
                "file.path", relative,
                "file.modified", Instant.ofEpochMilli(modified).toString());
        return item;
    }

    static String cannotRead(String relative, IOException e) {
        String problem;
        if (e instanceof NoSuchFileException) {
            problem = "no such file, or a broken symbolic link (" + e.getMessage() + ")";
        } else if (e instanceof AccessDeniedException) {
            problem = "access denied (" + e.getMessage() + ")";
        } else {
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return "cannot read " + relative + ": " + problem;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
