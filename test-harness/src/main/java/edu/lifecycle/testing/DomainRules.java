package edu.lifecycle.testing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The ArchUnit rules that keep a service's domain plain Java: no Spring, Kafka, Avro (nor the Avro event types),
 * Jackson or jakarta; of the kit only its {@code decision} package; and nothing of the service's own adapters
 * ({@code stream}, {@code web}, {@code config}, {@code topics}, {@code security}, {@code metrics}); and the service's
 * feature packages free of cycles.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "edu.lifecycle.billing", importOptions = ImportOption.DoNotIncludeTests.class)
 * class DomainPurityTest {
 *     @ArchTest
 *     static final ArchRule domainIsPlainJava = DomainRules.domainOf("edu.lifecycle.billing");
 *     @ArchTest
 *     static final ArchRule featuresAreFreeOfCycles = DomainRules.featuresFreeOfCycles("edu.lifecycle.billing");
 * }
 * }</pre>
 *
 * The domain is every package of the service but its adapters, so a package added tomorrow is held to the rules
 * until someone names it an adapter. Needs {@code com.tngtech.archunit:archunit-junit5} on the test class path
 * (optional here).
 */
public final class DomainRules {

    /** The names of the packages, at any depth, that adapt the domain to the frameworks. */
    public static final List<String> ADAPTER_PACKAGES =
            List.of("stream", "web", "config", "topics", "security", "metrics");

    private DomainRules() {}

    /**
     * The three purity rules for every class of {@code servicePackage} outside its adapters and its root package
     * (which holds the Spring Boot application).
     *
     * @param otherAdapters further packages that adapt (e.g. {@code edu.lifecycle.admissions.privacy..}, which holds
     *     the Kafka key rings), as ArchUnit package identifiers
     */
    public static ArchRule domainOf(String servicePackage, String... otherAdapters) {
        var domain = domainClassesOf(servicePackage, otherAdapters);
        return CompositeArchRule.of(noFrameworks(domain))
                .and(onlyTheKitsDecisionTypes(domain))
                .and(noAdaptersOf(servicePackage, domain, otherAdapters));
    }

    /**
     * No cycle between the service's feature packages ({@code servicePackage.<feature>} with all its sub-packages):
     * a feature that needs another's types depends on it one way, and a shared type moves to where both can see it.
     * The {@code config} package, which wires them all, is left out.
     */
    public static ArchRule featuresFreeOfCycles(String servicePackage) {
        var wiring = resideInAPackage(servicePackage + ".config..");
        return slices().matching(servicePackage + ".(*)..")
                .namingSlices("feature $1")
                .should()
                .beFreeOfCycles()
                // The configuration wires every feature and its properties are read by some: wiring, not a feature.
                .ignoreDependency(wiring, DescribedPredicate.alwaysTrue())
                .ignoreDependency(DescribedPredicate.alwaysTrue(), wiring)
                .as("the feature packages of " + servicePackage + " (but its configuration) are free of cycles");
    }

    /**
     * All three rules below as one, for the named domain packages only.
     *
     * @param servicePackage the service's root package ({@code edu.lifecycle.billing}), whose adapters are off limits
     * @param domainPackages the domain packages, as ArchUnit package identifiers ({@code edu.lifecycle.billing.account}
     *     is that package only, {@code edu.lifecycle.billing.account..} includes its sub-packages)
     */
    public static ArchRule plainJava(String servicePackage, String... domainPackages) {
        var domain = resideInAnyPackage(domainPackages);
        return CompositeArchRule.of(noFrameworks(domain))
                .and(onlyTheKitsDecisionTypes(domain))
                .and(noAdaptersOf(servicePackage, domain));
    }

    /** The domain uses no Spring, Kafka, Avro, Avro event types, Jackson or jakarta. */
    public static ArchRule noFrameworks(String... domainPackages) {
        return noFrameworks(resideInAnyPackage(domainPackages));
    }

    /** Of the service kit, the domain uses only its {@code decision} package. */
    public static ArchRule onlyTheKitsDecisionTypes(String... domainPackages) {
        return onlyTheKitsDecisionTypes(resideInAnyPackage(domainPackages));
    }

    /** The domain does not reach into the service's adapters. */
    public static ArchRule noAdaptersOf(String servicePackage, String... domainPackages) {
        return noAdaptersOf(servicePackage, resideInAnyPackage(domainPackages));
    }

    private static DescribedPredicate<JavaClass> domainClassesOf(String servicePackage, String... otherAdapters) {
        var notDomain = new ArrayList<>(adapterPackagesOf(servicePackage));
        notDomain.addAll(List.of(otherAdapters));
        return resideInAPackage(servicePackage + "..")
                .and(DescribedPredicate.not(resideInAPackage(servicePackage)))
                .and(DescribedPredicate.not(resideInAnyPackage(notDomain.toArray(String[]::new))))
                .as("the domain of " + servicePackage);
    }

    private static List<String> adapterPackagesOf(String servicePackage) {
        return ADAPTER_PACKAGES.stream()
                .map(name -> servicePackage + ".." + name + "..")
                .toList();
    }

    private static ArchRule noFrameworks(DescribedPredicate<JavaClass> domain) {
        return noClasses()
                .that(domain)
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

    private static ArchRule onlyTheKitsDecisionTypes(DescribedPredicate<JavaClass> domain) {
        return noClasses()
                .that(domain)
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

    private static ArchRule noAdaptersOf(
            String servicePackage, DescribedPredicate<JavaClass> domain, String... otherAdapters) {
        var adapters = new ArrayList<>(adapterPackagesOf(servicePackage));
        adapters.addAll(List.of(otherAdapters));
        return noClasses()
                .that(domain)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(adapters.toArray(String[]::new));
    }
}
