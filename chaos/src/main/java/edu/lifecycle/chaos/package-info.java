/** The chaos run: the system as separate processes under seeded faults, judged by an oracle over the event log. */
package edu.lifecycle.chaos;
