package edu.lifecycle.testing;

/**
 * The run's stack with its identity provider: services under test trust that provider's tokens, and tests present
 * them. Closing stops the provider, then the broker and registry.
 */
final class IdentifiedStack implements AutoCloseable {

    private final RunningStack stack;
    private final TestIdentity identity;

    private IdentifiedStack(RunningStack stack, TestIdentity identity) {
        this.stack = stack;
        this.identity = identity;
    }

    static IdentifiedStack start() {
        var stack = KafkaStackExtension.startStack();
        try {
            return new IdentifiedStack(stack, TestIdentity.start());
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    StackEndpoints endpoints() {
        return stack.endpoints().withIdentity(identity);
    }

    @Override
    public void close() {
        try {
            identity.close();
        } finally {
            stack.close();
        }
    }
}
