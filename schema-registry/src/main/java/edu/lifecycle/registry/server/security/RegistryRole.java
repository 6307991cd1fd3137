package edu.lifecycle.registry.server.security;

/** What a login may do. */
public enum RegistryRole {
    /** Reads schemas, subjects, versions, config and mode, looks a schema up and tests compatibility. */
    READER,
    /** Everything a reader does, and registers, deletes and changes config or mode. */
    WRITER;

    boolean allows(RegistryRole required) {
        return this == WRITER || required == READER;
    }
}
