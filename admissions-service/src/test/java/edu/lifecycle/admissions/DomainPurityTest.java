package edu.lifecycle.admissions;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import edu.lifecycle.testing.DomainRules;

/** The rules of admissions are plain Java: no Spring, Kafka or Avro, and of the kit only its decision types. */
@AnalyzeClasses(packages = "edu.lifecycle.admissions", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = DomainRules.plainJava(
            "edu.lifecycle.admissions",
            "edu.lifecycle.admissions.application",
            "edu.lifecycle.admissions.intake",
            "edu.lifecycle.admissions.programme",
            "edu.lifecycle.admissions.cohort",
            "edu.lifecycle.admissions.timeline");
}
