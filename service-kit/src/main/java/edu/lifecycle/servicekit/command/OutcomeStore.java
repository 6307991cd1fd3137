package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyOwner;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.StoreUnavailableException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every decided command's outcome by command id, wherever the instance holding it runs. */
public final class OutcomeStore {

    /** The name of the queryable store (a table of the outcomes topic). */
    public static final String NAME = "command-outcomes";

    private static final Logger log = LoggerFactory.getLogger(OutcomeStore.class);

    private final RecentOutcomes recent;
    private final StoreQueries queries;
    private final InstanceForwarder forwarder;

    public OutcomeStore(RecentOutcomes recent, StoreQueries queries, InstanceForwarder forwarder) {
        this.recent = recent;
        this.queries = queries;
        this.forwarder = forwarder;
    }

    /**
     * The outcome if the command was decided; empty when it was not, or when no instance can say right now (the
     * aggregate's own de-duplication then still makes a repeat harmless).
     */
    public Optional<CommandOutcome> find(String commandId) {
        Optional<CommandOutcome> justDecided = recent.find(commandId);
        if (justDecided.isPresent()) {
            return justDecided;
        }
        try {
            if (queries.owner(NAME, commandId) instanceof KeyOwner.Remote remote) {
                var answer = forwarder.get(
                        remote.host(),
                        CommandStatusController.PATH_PREFIX + URLEncoder.encode(commandId, StandardCharsets.UTF_8));
                return answer.getStatusCode().is2xxSuccessful() && answer.getBody() != null
                        ? Optional.of(KitJson.mapper().readValue(answer.getBody(), CommandOutcome.class))
                        : Optional.empty();
            }
            return queries.get(NAME, commandId);
        } catch (StoreUnavailableException e) {
            log.debug("Cannot look up outcome of {} now; relying on de-duplication downstream", commandId);
            return Optional.empty();
        }
    }
}
