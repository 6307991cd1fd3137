package edu.lifecycle.servicekit.command;

/**
 * The command an instance sends itself to learn whether it can answer commands: it takes the same path as a client's
 * (commands topic, partition, task, transaction, outcomes topic, outcome listener), and the aggregate answers it
 * without reading or changing any state, so it leaves no trace in the domain.
 */
public final class ReadinessProbe {

    /** The command type the decide step answers at once. */
    public static final String TYPE = "lifecycle.readiness-probe";

    private static final String ID_PREFIX = "probe:";

    private ReadinessProbe() {}

    public static boolean isProbe(CommandEnvelope envelope) {
        return TYPE.equals(envelope.type()) && envelope.commandId().startsWith(ID_PREFIX);
    }

    static String commandId(String instance, int partition, long attempt) {
        return ID_PREFIX + instance + ":" + partition + ":" + attempt;
    }
}
