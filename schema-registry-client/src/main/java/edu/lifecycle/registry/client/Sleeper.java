package edu.lifecycle.registry.client;

import java.time.Duration;

/** Waits between retries; injectable so tests can record the back-off instead of sleeping through it. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
