package edu.lifecycle.billing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import edu.lifecycle.testing.DomainRules;

/**
 * The rules of billing are plain Java: no Spring, Kafka or Avro, and of the kit only its decision types; every package
 * but the adapters is held to that. Its features depend on each other one way only.
 */
@AnalyzeClasses(packages = "edu.lifecycle.billing", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = DomainRules.domainOf("edu.lifecycle.billing");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = DomainRules.featuresFreeOfCycles("edu.lifecycle.billing");
}
