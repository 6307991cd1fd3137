package edu.lifecycle.registry.testing;

import edu.lifecycle.registry.client.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the back-off a client asks for instead of waiting it out. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
