package edu.lifecycle.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Comparator;

/**
 * The folder where the local stack keeps everything that survives a restart. It carries a marker file, so that
 * {@code --clean} only ever deletes a folder the stack made: a mistyped {@code --data-dir} must never wipe a folder
 * of the user's. A running system holds a lock on it ({@value #LOCK}, held by the process, released when it stops or
 * dies), and a second start on the same folder, with or without {@code --clean}, is refused before anything is
 * touched: first the lock, then the ports the system would listen on, and only then the cleaning.
 */
public final class DataFolder {

    static final String MARKER = ".local-stack";
    static final String LOCK = ".lock";

    private DataFolder() {}

    /** A data folder in use: by another running system, or its ports by another program. Nothing was changed. */
    public static final class InUseException extends IllegalStateException {
        InUseException(String message) {
            super(message);
        }
    }

    /** The running system's hold on its data folder; closing it (or the process ending) lets another start there. */
    public static final class Lock implements AutoCloseable {

        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Locks the folder, then empties it if asked (refusing an unmarked one), then marks it. */
    public static Lock prepare(Path directory, boolean clean) throws IOException {
        return prepare(directory, clean, "127.0.0.1", java.util.List.of());
    }

    /**
     * Locks the folder, checks that every port the system will listen on is free, then empties the folder if asked
     * (refusing an unmarked one), then marks it. Any refusal comes before anything is deleted.
     *
     * @param ports the fixed ports (0 = any free one, not checked) the system will listen on at {@code host}
     * @throws InUseException when another running system holds the folder, or a port is taken
     * @throws IllegalArgumentException when asked to clean a folder the stack did not make
     */
    public static Lock prepare(Path directory, boolean clean, String host, Collection<Integer> ports)
            throws IOException {
        if (clean && Files.exists(directory) && !Files.exists(directory.resolve(MARKER))) {
            throw new IllegalArgumentException("Refusing to clean " + directory.toAbsolutePath()
                    + ": it is not a local-stack data folder (no " + MARKER + " file).");
        }
        Files.createDirectories(directory);
        Lock lock = lock(directory);
        try {
            checkPortsFree(host, ports);
            if (clean) {
                deleteContentsExceptLock(directory);
            }
            Files.writeString(directory.resolve(MARKER), "data of the local stack\n");
            writeOwner(lock);
            return lock;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Lock lock(Path directory) throws IOException {
        Path file = directory.resolve(LOCK);
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process, e.g. a second launch in one JVM
        }
        if (lock == null) {
            channel.close();
            String owner = Files.readString(file, StandardCharsets.UTF_8).trim();
            throw new InUseException("The data folder " + directory.toAbsolutePath() + " is in use by a running system"
                    + (owner.isEmpty() ? "" : " (" + owner + ")")
                    + ". Stop that system first (Ctrl-C in its terminal), or start this one with another --data-dir."
                    + " Nothing was changed.");
        }
        return new Lock(channel, lock);
    }

    private static void writeOwner(Lock lock) throws IOException {
        byte[] owner = ("process " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8);
        lock.channel.truncate(0);
        lock.channel.write(ByteBuffer.wrap(owner), 0);
        lock.channel.force(false);
    }

    private static void checkPortsFree(String host, Collection<Integer> ports) {
        for (int port : ports) {
            if (port <= 0) {
                continue;
            }
            try (var socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            } catch (IOException e) {
                throw new InUseException(host + ":" + port + " is already in use (by another running system, or"
                        + " another program). Stop it, or choose other ports. Nothing was changed.");
            }
        }
    }

    static void deleteContentsExceptLock(Path directory) throws IOException {
        Path lock = directory.resolve(LOCK);
        try (var paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(lock) && !path.equals(directory)) {
                    Files.delete(path);
                }
            }
        }
    }
}
