/** Who may use the registry: HTTP Basic logins with a reader or writer role, and the registry's own Kafka login. */
package edu.lifecycle.registry.server.security;
