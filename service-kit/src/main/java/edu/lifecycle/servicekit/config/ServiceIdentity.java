package edu.lifecycle.servicekit.config;

/** The resolved identity of the service: names of its command topics and of its Streams applications. */
record ServiceIdentity(String serviceName, String applicationId) {

    /** The read models' own application id (consumer group, prefix of their internal topics). */
    String readModelsApplicationId() {
        return applicationId + "-read-models";
    }
}
