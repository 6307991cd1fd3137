/** The read-model audit: rebuild a service's read models from the topics and compare them key by key with the live ones. */
package edu.lifecycle.servicekit.audit;
