package edu.lifecycle.curriculum;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of curriculum are plain Java: no Spring, Kafka or Avro, and of the kit only its decision types. */
@AnalyzeClasses(packages = "edu.lifecycle.curriculum", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    private static final String[] DOMAIN = {
        "edu.lifecycle.curriculum.programme",
        "edu.lifecycle.curriculum.transcript",
        "edu.lifecycle.curriculum.graduation",
        "edu.lifecycle.curriculum.defense",
        "edu.lifecycle.curriculum.results"
    };

    @ArchTest
    static final ArchRule domainImportsNoFrameworks = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.kafka..",
                    "org.apache.avro..",
                    "edu.lifecycle.events..",
                    "tools.jackson..",
                    "com.fasterxml..",
                    "jakarta..");

    @ArchTest
    static final ArchRule domainUsesOnlyTheKitsDecisionTypes = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "edu.lifecycle.servicekit.command..",
                    "edu.lifecycle.servicekit.stream..",
                    "edu.lifecycle.servicekit.query..",
                    "edu.lifecycle.servicekit.topic..",
                    "edu.lifecycle.servicekit.web..",
                    "edu.lifecycle.servicekit.json..",
                    "edu.lifecycle.servicekit.config..");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoItsAdapters = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "edu.lifecycle.curriculum..stream..",
                    "edu.lifecycle.curriculum..web..",
                    "edu.lifecycle.curriculum.config..",
                    "edu.lifecycle.curriculum.topics..");
}
