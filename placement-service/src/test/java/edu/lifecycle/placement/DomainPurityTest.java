package edu.lifecycle.placement;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import edu.lifecycle.testing.DomainRules;

/**
 * Every package of placement but its adapters is plain Java: no Spring, Kafka or Avro, and of the kit only its
 * decision types; a package added tomorrow is held to that by default. Its feature packages depend on each other one
 * way only.
 */
@AnalyzeClasses(packages = "edu.lifecycle.placement", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = DomainRules.domainOf("edu.lifecycle.placement");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = DomainRules.featuresFreeOfCycles("edu.lifecycle.placement");
}
