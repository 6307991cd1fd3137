package edu.lifecycle.placement;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import edu.lifecycle.testing.DomainRules;

/**
 * The rules of placement and its read-model types are plain Java: no Spring, Kafka or Avro, and of the kit only its
 * decision types.
 */
@AnalyzeClasses(packages = "edu.lifecycle.placement", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = DomainRules.plainJava(
            "edu.lifecycle.placement",
            "edu.lifecycle.placement.placement",
            "edu.lifecycle.placement.cohort",
            "edu.lifecycle.placement.validation",
            "edu.lifecycle.placement.workstudy",
            "edu.lifecycle.placement.careers");
}
