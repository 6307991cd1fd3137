/** Registering, looking up, reading, testing and deleting the versions of a subject. */
package edu.lifecycle.registry.server.subjects;
