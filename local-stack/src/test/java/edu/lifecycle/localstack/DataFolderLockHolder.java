package edu.lifecycle.localstack;

import java.nio.file.Path;

/** A running system's hold on a data folder, in a JVM of its own: locks the folder, says so, and waits to be killed. */
public final class DataFolderLockHolder {

    private DataFolderLockHolder() {}

    public static void main(String[] args) throws Exception {
        var lock = DataFolder.prepare(Path.of(args[0]), false);
        System.out.println("locked");
        System.out.flush();
        // Holds the lock until the test kills this JVM (or closes its input).
        while (System.in.read() >= 0) {
            Thread.onSpinWait();
        }
        lock.close();
    }
}
