package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.IntakeEvent;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;

/**
 * What the intake's decisions tell the rest of the service, and on which topics. Given by the feature that feeds the
 * intake (the applications, which own the commands it answers with), so that the intake depends on nobody that
 * depends on it.
 */
public interface IntakeNotices {

    /** The records {@code event} sends; take ids from {@code context}, so a replayed command sends the same. */
    List<Publication> of(EventContext context, IntakeEvent event);

    /** Every topic {@link #of} may name. */
    List<Topic<?, ?>> topics();
}
