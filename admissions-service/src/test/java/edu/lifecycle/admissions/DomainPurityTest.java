package edu.lifecycle.admissions;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import edu.lifecycle.testing.DomainRules;

/**
 * The rules of admissions are plain Java: every package but the adapters (so a new package is covered by default)
 * uses no Spring, Kafka or Avro, and of the kit only its decision types; and no two features depend on each other.
 */
@AnalyzeClasses(packages = "edu.lifecycle.admissions", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = DomainRules.domainOf("edu.lifecycle.admissions");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = DomainRules.featuresFreeOfCycles("edu.lifecycle.admissions");
}
