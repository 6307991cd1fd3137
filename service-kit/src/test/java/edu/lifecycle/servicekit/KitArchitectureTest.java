package edu.lifecycle.servicekit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "edu.lifecycle.servicekit", importOptions = ImportOption.DoNotIncludeTests.class)
class KitArchitectureTest {

    /** Service domains import this package, and they import no Spring, Kafka or Avro. */
    @ArchTest
    static final ArchRule decisionsArePlainJava = classes()
            .that()
            .resideInAPackage("..servicekit.decision..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "..servicekit.decision..");

    @ArchTest
    static final ArchRule packagesHaveNoCycles =
            slices().matching("edu.lifecycle.servicekit.(*)..").should().beFreeOfCycles();

    /** Only the auto-configuration knows Spring Boot; the rest works in a TopologyTestDriver test or any service. */
    @ArchTest
    static final ArchRule onlyConfigKnowsSpringBoot = classes()
            .that()
            .resideOutsideOfPackage("..servicekit.config..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackage("org.springframework.boot..");
}
