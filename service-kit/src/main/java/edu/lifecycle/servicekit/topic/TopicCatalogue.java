package edu.lifecycle.servicekit.topic;

import java.util.List;

/**
 * The topics a service reads or writes, declared once (a service's {@code Topics} class implements this as a
 * bean). The kit creates each at startup when missing, with its command, outcome and dead-letter topics; topics of
 * other services are listed too, so that a service never fails to start because a producer has not run yet.
 */
public interface TopicCatalogue {

    List<Topic<?, ?>> topics();
}
