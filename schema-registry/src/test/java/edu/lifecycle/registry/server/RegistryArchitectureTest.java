package edu.lifecycle.registry.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The registry embeds anywhere because its dependencies stay where they belong. */
class RegistryArchitectureTest {

    private static final String ROOT = "edu.lifecycle.registry.server";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void usesNoSpringSoItFitsInsideAnyApplication() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLogKnowsKafka() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".log..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.kafka..")
                .check(CLASSES);
    }

    @Test
    void storageKnowsNothingOfHttpOrAvro() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".log..", ROOT + ".records..", ROOT + ".store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".http..", "org.apache.avro..", "com.sun.net.httpserver..")
                .check(CLASSES);
    }

    @Test
    void theFeaturePackagesDoNotDependOnEachOtherInCircles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
