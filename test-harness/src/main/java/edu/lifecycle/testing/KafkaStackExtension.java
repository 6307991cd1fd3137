package edu.lifecycle.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;

/** Starts the test stack once per test run, in the mode {@link StackMode#resolve} picks, and hands out endpoints. */
public final class KafkaStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaStack.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == StackEndpoints.class;
    }

    @Override
    public StackEndpoints resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return endpoints(context);
    }

    /** The endpoints of the run's stack, starting it on first use; the root store closes it when the run ends. */
    public static StackEndpoints endpoints(ExtensionContext context) {
        var store = context.getRoot().getStore(NAMESPACE);
        return store.computeIfAbsent(IdentifiedStack.class, key -> IdentifiedStack.start(), IdentifiedStack.class)
                .endpoints();
    }

    static RunningStack startStack() {
        var mode = StackMode.resolve(
                System.getProperty(StackMode.PROPERTY),
                () -> DockerClientFactory.instance().isDockerAvailable());
        return switch (mode) {
            case CONTAINERS -> ContainerStack.start();
            case EMBEDDED -> EmbeddedStack.start();
        };
    }
}
