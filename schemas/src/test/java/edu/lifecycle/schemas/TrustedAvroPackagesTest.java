package edu.lifecycle.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.StudyStream;
import edu.lifecycle.events.admissions.TrainingScheme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrustedAvroPackagesTest {

    private ClassSecurityPredicate validatorBeforeTest;

    @BeforeEach
    void startFromAvrosOwnValidator() {
        validatorBeforeTest = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.DEFAULT);
    }

    @AfterEach
    void restoreTheValidator() {
        ClassSecurityValidator.setGlobal(validatorBeforeTest);
    }

    @Test
    void avroRefusesToInstantiateAGeneratedEventUntilItsPackageIsTrusted() throws IOException {
        byte[] written = binary(enrolledInSecurityAndDefense());

        assertThatThrownBy(() -> readAsSpecificRecord(written))
                .isInstanceOf(SecurityException.class)
                .hasMessageContaining(StudentEnrolled.class.getName());
    }

    @Test
    void readsAGeneratedEventOnceItsPackageIsTrusted() throws IOException {
        TrustedAvroPackages.trust();

        assertThat(readAsSpecificRecord(binary(enrolledInSecurityAndDefense())))
                .isEqualTo(enrolledInSecurityAndDefense());
    }

    @Test
    void trustingAgainChangesNothing() {
        TrustedAvroPackages.trust();
        ClassSecurityPredicate afterFirstCall = ClassSecurityValidator.getGlobal();

        TrustedAvroPackages.trust();

        assertThat(ClassSecurityValidator.getGlobal()).isSameAs(afterFirstCall);
    }

    @Test
    void keepsWhatAvroTrustedAndRefusedBefore() {
        TrustedAvroPackages.trust();

        assertThatCode(() -> ClassSecurityValidator.validate(BigDecimal.class)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ClassSecurityValidator.validate(URL.class)).isInstanceOf(SecurityException.class);
    }

    @Test
    void refusesOtherClassesTheWayTheValidatorInPlaceDid() {
        ClassSecurityValidator.setGlobal(new ClassSecurityPredicate() {
            @Override
            public boolean isTrusted(Class<?> type) {
                return false;
            }

            @Override
            public void forbiddenClass(String className) {
                throw new IllegalStateException("refused by the application's own validator: " + className);
            }
        });

        TrustedAvroPackages.trust();

        assertThatCode(() -> ClassSecurityValidator.validate(StudentEnrolled.class))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ClassSecurityValidator.validate(URL.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("application's own validator");
    }

    private static StudentEnrolled enrolledInSecurityAndDefense() {
        return StudentEnrolled.newBuilder()
                .setEventId("6f1c1a9e-3d43-4a55-9d37-2a0f0a4e8b11")
                .setOccurredAt(Instant.parse("2026-09-01T09:30:00Z"))
                .setStudentId("S-2026-0042")
                .setProgramme("M2-ISD")
                .setAcademicYear("2026-2027")
                .setStream(StudyStream.PROFESSIONAL)
                .setScheme(TrainingScheme.APPRENTICESHIP)
                .setRegisteredOn(LocalDate.of(2026, 9, 1))
                .build();
    }

    private static byte[] binary(StudentEnrolled event) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new SpecificDatumWriter<>(StudentEnrolled.class).write(event, encoder);
        encoder.flush();
        return bytes.toByteArray();
    }

    private static StudentEnrolled readAsSpecificRecord(byte[] written) throws IOException {
        // A model of its own for each read: a shared SpecificData caches the classes it has loaded once, which would
        // hide from one test whether another trusted the package first.
        SpecificData model = new SpecificData();
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        SpecificDatumReader<StudentEnrolled> reader =
                new SpecificDatumReader<>(StudentEnrolled.getClassSchema(), StudentEnrolled.getClassSchema(), model);
        return reader.read(null, DecoderFactory.get().binaryDecoder(written, null));
    }
}
