package edu.lifecycle.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The shared domain rules pass on a plain-Java domain and fail when a domain imports what it must not. */
class DomainRulesTest {

    private static final String FIXTURES = "edu.lifecycle.testing.domainrules";

    @Test
    void aPlainJavaDomainPasses() {
        var service = FIXTURES + ".pure";

        assertThatCode(() -> DomainRules.plainJava(service, service + ".order").check(classesOf(service)))
                .doesNotThrowAnyException();
    }

    @Test
    void aDomainImportingKafkaIsReported() {
        var service = FIXTURES + ".kafka";
        var classes = classesOf(service);

        assertThat(DomainRules.noFrameworks(service + ".order")
                        .evaluate(classes)
                        .hasViolation())
                .isTrue();
        assertThatThrownBy(
                        () -> DomainRules.plainJava(service, service + ".order").check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OrderSerializer")
                .hasMessageContaining("org.apache.kafka.common.serialization.Serializer");
    }

    @Test
    void aDomainReachingIntoItsAdaptersIsReported() {
        var service = FIXTURES + ".adapters";

        assertThatThrownBy(
                        () -> DomainRules.plainJava(service, service + ".order").check(classesOf(service)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(service + ".web.OrderForm");
    }

    @Test
    void aPackageNobodyNamedIsDomainByDefaultAndItsAdaptersAreNot() {
        var service = FIXTURES + ".unnamed";

        assertThatThrownBy(() -> DomainRules.domainOf(service).check(classesOf(service)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Parcel")
                .hasMessageNotContaining("ParcelSerde");
    }

    @Test
    void everyPackageButTheAdaptersOfAPureServiceIsPlainJava() {
        var service = FIXTURES + ".pure";

        assertThatCode(() -> DomainRules.domainOf(service).check(classesOf(service)))
                .doesNotThrowAnyException();
    }

    @Test
    void twoFeaturesNeedingEachOtherAreACycle() {
        var service = FIXTURES + ".cycles";

        assertThatThrownBy(() -> DomainRules.featuresFreeOfCycles(service).check(classesOf(service)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("feature order")
                .hasMessageContaining("feature invoice");
        assertThatCode(() -> DomainRules.featuresFreeOfCycles(FIXTURES + ".adapters")
                        .check(classesOf(FIXTURES + ".adapters")))
                .doesNotThrowAnyException();
    }

    private static JavaClasses classesOf(String servicePackage) {
        return new ClassFileImporter().importPackages(servicePackage);
    }
}
