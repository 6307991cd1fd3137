package edu.lifecycle.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class a running Kafka broker and schema registry: declare a {@link StackEndpoints}
 * parameter on a test, lifecycle method or constructor.
 *
 * <p>One stack serves the whole test run. With a Docker engine it is Apache Kafka plus Confluent's
 * {@code cp-schema-registry} in containers; without one it is the project's embedded broker and registry. Set
 * {@code -Dlifecycle.test.stack=embedded} or {@code =containers} to force one. Tests share the stack, so each uses
 * its own topic names. Both modes are closed as the system is: clients log in as one of the system's principals, whose
 * settings {@link StackEndpoints} hands out, and may do only what its ACLs allow on a run's topics.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KafkaStackExtension.class)
public @interface KafkaStack {}
