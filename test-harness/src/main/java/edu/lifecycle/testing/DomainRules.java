package edu.lifecycle.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The ArchUnit rules that keep a service's domain plain Java: no Spring, Kafka, Avro (nor the Avro event types),
 * Jackson or jakarta; of the kit only its {@code decision} package; and nothing of the service's own adapters
 * ({@code stream}, {@code web}, {@code config}, {@code topics}).
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "edu.lifecycle.billing", importOptions = ImportOption.DoNotIncludeTests.class)
 * class DomainPurityTest {
 *     @ArchTest
 *     static final ArchRule domainIsPlainJava = DomainRules.plainJava(
 *             "edu.lifecycle.billing", "edu.lifecycle.billing.account", "edu.lifecycle.billing.receivables");
 * }
 * }</pre>
 *
 * Needs {@code com.tngtech.archunit:archunit-junit5} on the test class path (optional here).
 */
public final class DomainRules {

    private DomainRules() {}

    /**
     * All three rules below as one.
     *
     * @param servicePackage the service's root package ({@code edu.lifecycle.billing}), whose adapters are off limits
     * @param domainPackages the domain packages, as ArchUnit package identifiers ({@code edu.lifecycle.billing.account}
     *     is that package only, {@code edu.lifecycle.billing.account..} includes its sub-packages)
     */
    public static ArchRule plainJava(String servicePackage, String... domainPackages) {
        return CompositeArchRule.of(noFrameworks(domainPackages))
                .and(onlyTheKitsDecisionTypes(domainPackages))
                .and(noAdaptersOf(servicePackage, domainPackages));
    }

    /** The domain uses no Spring, Kafka, Avro, Avro event types, Jackson or jakarta. */
    public static ArchRule noFrameworks(String... domainPackages) {
        return noClasses()
                .that()
                .resideInAnyPackage(domainPackages)
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
    }

    /** Of the service kit, the domain uses only its {@code decision} package. */
    public static ArchRule onlyTheKitsDecisionTypes(String... domainPackages) {
        return noClasses()
                .that()
                .resideInAnyPackage(domainPackages)
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
    }

    /** The domain does not reach into the service's adapters: its streams, web, configuration and topics. */
    public static ArchRule noAdaptersOf(String servicePackage, String... domainPackages) {
        return noClasses()
                .that()
                .resideInAnyPackage(domainPackages)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        servicePackage + "..stream..",
                        servicePackage + "..web..",
                        servicePackage + ".config..",
                        servicePackage + ".topics..");
    }
}
