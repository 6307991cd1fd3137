package edu.lifecycle.testing;

import edu.lifecycle.localstack.LocalStack;
import edu.lifecycle.localstack.LocalStackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's in-process KRaft broker and schema registry on free ports, with data and generated credentials in a
 * fresh folder: closed exactly as the embedded default is.
 */
final class EmbeddedStack implements RunningStack {

    private final LocalStack stack;

    private EmbeddedStack(LocalStack stack) {
        this.stack = stack;
    }

    static EmbeddedStack start() {
        try {
            // java.io.tmpdir points into the module's target/ folder under the build, so nothing outlives `clean`.
            Path data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "test-stack-");
            return new EmbeddedStack(LocalStack.start(LocalStackSettings.ephemeral(data)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a data folder for the embedded test stack", e);
        }
    }

    @Override
    public StackEndpoints endpoints() {
        return new StackEndpoints(stack, StackMode.EMBEDDED);
    }

    @Override
    public void close() {
        stack.close();
    }
}
