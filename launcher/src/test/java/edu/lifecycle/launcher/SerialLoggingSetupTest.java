package edu.lifecycle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

class SerialLoggingSetupTest {

    @Configuration(proxyBeanMethods = false)
    static class Nothing {}

    /** Sits where Boot's logging listener sits and notes whether the logging step's lock is held there. */
    static final class Witness implements GenericApplicationListener {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return SerialLoggingSetup.concerns(eventType);
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            seen.add(event.getClass().getSimpleName() + " held=" + SerialLoggingSetup.heldByThisThread());
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER;
        }
    }

    @Test
    void everyApplicationOfTheLauncherSetsUpAndCleansUpItsLoggingHoldingTheLockAndGivesItBack() {
        var witness = new Witness();
        var context = new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE)
                .listeners(witness)
                .run("--spring.main.banner-mode=off");
        assertThat(SerialLoggingSetup.heldByThisThread()).as("after the start").isFalse();
        context.close();

        assertThat(witness.seen)
                .containsExactly(
                        ApplicationEnvironmentPreparedEvent.class.getSimpleName() + " held=true",
                        ContextClosedEvent.class.getSimpleName() + " held=true");
        assertThat(SerialLoggingSetup.heldByThisThread()).as("after the close").isFalse();
    }

    @Test
    void applicationsStartingTogetherAllStart() throws Exception {
        var failures = new CopyOnWriteArrayList<Throwable>();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 4; i++) {
            var thread = new Thread(() -> {
                try (var context = new SpringApplicationBuilder(Nothing.class)
                        .web(WebApplicationType.NONE)
                        .run("--spring.main.banner-mode=off")) {
                    assertThat(context.isActive()).isTrue();
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (var thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
