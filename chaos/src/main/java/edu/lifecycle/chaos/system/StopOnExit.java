package edu.lifecycle.chaos.system;

/**
 * While open, stops every process the harness started if its JVM is asked to exit (Ctrl-C, a SIGTERM, surefire
 * ending its fork). Without it an interrupted run skips its own closing and leaves three brokers and eight service
 * instances running, holding their ports and folders, with no one left to stop them.
 */
public final class StopOnExit implements AutoCloseable {

    private final Thread hook = new Thread(StopOnExit::stopDescendants, "chaos-stop-on-exit");

    private StopOnExit() {}

    public static StopOnExit register() {
        var stop = new StopOnExit();
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    static void stopDescendants() {
        // A run's folder is never reused (RunDirectory), so nothing is lost by not letting them shut down cleanly.
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exitUnderWay) {
            // The hook is running or has run: nothing to take back.
        }
    }
}
