package edu.lifecycle.curriculum;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import edu.lifecycle.testing.DomainRules;

/** The rules of curriculum are plain Java: no Spring, Kafka or Avro, and of the kit only its decision types. */
@AnalyzeClasses(packages = "edu.lifecycle.curriculum", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = DomainRules.domainOf("edu.lifecycle.curriculum");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = DomainRules.featuresFreeOfCycles("edu.lifecycle.curriculum");
}
