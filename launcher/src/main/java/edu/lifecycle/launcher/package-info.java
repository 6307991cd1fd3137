/** The whole system in one command: broker, registry and the four services in one JVM. */
package edu.lifecycle.launcher;
