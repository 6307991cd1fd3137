package edu.lifecycle.placement.placement.stream;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of a new agreement or contract, derived from the command that signs it: a replayed command signs the same
 * placement, and the controller can name it in its answer without waiting for the topology.
 */
public final class PlacementIds {

    private PlacementIds() {}

    public static String agreement(String commandId) {
        return "agr-" + uuidOf(commandId);
    }

    public static String contract(String commandId) {
        return "ctr-" + uuidOf(commandId);
    }

    private static UUID uuidOf(String commandId) {
        return UUID.nameUUIDFromBytes(("placement:" + commandId).getBytes(StandardCharsets.UTF_8));
    }
}
