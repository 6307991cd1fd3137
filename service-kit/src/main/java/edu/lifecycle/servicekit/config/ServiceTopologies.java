package edu.lifecycle.servicekit.config;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.Topology;

/** The service's topologies: the command side, and the read models when it has any. */
record ServiceTopologies(Topology commandSide, Topology readModels) {

    List<Topology> all() {
        return List.of(commandSide, readModels);
    }

    Map<String, Topology> byApplicationId(ServiceIdentity identity) {
        var byId = new java.util.LinkedHashMap<String, Topology>();
        byId.put(identity.applicationId(), commandSide);
        byId.put(identity.readModelsApplicationId(), readModels);
        return byId;
    }
}
