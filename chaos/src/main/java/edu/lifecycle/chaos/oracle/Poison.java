package edu.lifecycle.chaos.oracle;

/**
 * One poison record written to a consumed topic.
 *
 * @param kind what makes it poison
 */
public record Poison(String topic, int partition, long offset, String key, String kind) {

    public static final String UNDESERIALIZABLE = "undeserializable bytes";
    public static final String UNRESOLVABLE_SCHEMA = "well-formed wire format, unknown schema id";
    public static final String UNSTORABLE_TIME = "well-formed event that fails translation: occurredAt in 2300";
    public static final String NOT_A_COMMAND = "well-formed JSON that is no command";

    public String where() {
        return topic + "-" + partition + "@" + offset;
    }
}
