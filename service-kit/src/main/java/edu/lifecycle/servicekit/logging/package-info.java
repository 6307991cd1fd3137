/** Which service a log line belongs to, when several services share one JVM and one logging system. */
package edu.lifecycle.servicekit.logging;
