package edu.lifecycle.chaos.system;

/** A stand-in harness for {@link StopOnExitTest}: starts a long process and waits to be stopped. */
public final class StopOnExitHarness {

    private StopOnExitHarness() {}

    public static void main(String[] args) throws Exception {
        var stop = StopOnExit.register();
        if (args[0].equals("close")) {
            stop.close();
        }
        var started = new ProcessBuilder("sleep", "300").start();
        System.out.println("started " + started.pid());
        System.out.flush();
        Thread.sleep(300_000); // ended by the test's SIGTERM
    }
}
