/** How a topic and a schema map to the registry subject they are registered under. */
package edu.lifecycle.registry.serde.subject;
