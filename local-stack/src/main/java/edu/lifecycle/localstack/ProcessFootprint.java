package edu.lifecycle.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The memory this JVM holds, as the operating system and the heap see it. */
public record ProcessFootprint(OptionalLong residentBytes, long heapUsedBytes) {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    public static ProcessFootprint now() {
        var runtime = Runtime.getRuntime();
        return new ProcessFootprint(residentSetSize(), runtime.totalMemory() - runtime.freeMemory());
    }

    public String describe() {
        var heap = "heap used " + mebibytes(heapUsedBytes);
        return residentBytes.isPresent() ? "RSS " + mebibytes(residentBytes.getAsLong()) + ", " + heap : heap;
    }

    private static String mebibytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MiB";
    }

    /** VmRSS from procfs: what the process really occupies, which heap figures alone understate. */
    private static OptionalLong residentSetSize() {
        if (!Files.isReadable(PROC_STATUS)) {
            return OptionalLong.empty();
        }
        try (var lines = Files.lines(PROC_STATUS)) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .findFirst()
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .map(kib -> OptionalLong.of(Long.parseLong(kib) * 1024))
                    .orElse(OptionalLong.empty());
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
