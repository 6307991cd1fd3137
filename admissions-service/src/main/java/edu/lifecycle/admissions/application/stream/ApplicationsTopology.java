package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.ApplicationDecider;
import edu.lifecycle.admissions.intake.IntakeDecider;
import edu.lifecycle.admissions.intake.stream.IntakeAggregate;
import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.servicekit.stream.Aggregates;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import org.apache.kafka.streams.StreamsBuilder;

/**
 * The command side of admissions: applications keyed by student, and the intakes they feed, keyed by programme and
 * year, because capacity and the waitlist span students. Both answer on the service's one outcomes topic.
 */
public final class ApplicationsTopology implements TopologyDefinition {

    private final AdmissionsTopics topics;
    private final ProgrammeCatalog programmes;
    private final PersonalDataKeys keys;

    public ApplicationsTopology(AdmissionsTopics topics, ProgrammeCatalog programmes, PersonalDataKeys keys) {
        this.topics = topics;
        this.programmes = programmes;
        this.keys = keys;
    }

    @Override
    public void define(StreamsBuilder builder) {
        Aggregates.attach(
                builder,
                topics.commandTopics(),
                ApplicationAggregate.of(new ApplicationDecider(programmes), topics, keys));
        IntakeAggregate.attach(
                builder,
                topics.intakeCommands(),
                topics.commandTopics().outcomes(),
                new IntakeDecider(programmes),
                new IntakeDecisionsToApplications(topics, ApplicationCommandFormat.codec(new PersonalFields(keys))));
    }
}
