package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.privacy.Personal;
import edu.lifecycle.admissions.privacy.PersonalDataUnreadableException;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.command.PayloadTransform;
import edu.lifecycle.servicekit.json.KitJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The internal format of an application's commands on {@code admissions.commands}, derived from
 * {@link ApplicationCommand}: each type named after its record unless declared below, the student id, time, command id
 * and signed-in sender ({@code staffId}) carried by the envelope, the rest the payload. What is declared here keeps the
 * bytes the previous release wrote, which its instances still read during a rolling upgrade: the jury's request travels
 * as {@code decide-admission}; a submission's programme as {@code programme}, its student id repeated in the payload and
 * the applicant's name and e-mail flat beside the other fields; a command with nothing to say as {@code {}}. Name and
 * e-mail are sealed under the person's data key before they reach the topic (ADR 13), and a command whose key was
 * destroyed while it was in flight cannot be read by anyone: it goes to the dead letters as it is, ciphertext only, and
 * its client sees the command failed. Pinned by {@code ApplicationCommandFormatTest}.
 */
public final class ApplicationCommandFormat {

    private ApplicationCommandFormat() {}

    /** The codec sealing and opening personal values with {@code personal}. */
    public static CommandCodec<ApplicationCommand> codec(PersonalFields personal) {
        return CommandCodec.of(ApplicationCommand.class)
                .named(ApplicationCommand.RequestAdmissionDecision.class, "decide-admission")
                .component(ApplicationCommand.SubmitApplication.class, "programmeId", "programme")
                .transformed(
                        ApplicationCommand.SubmitApplication.class,
                        new SubmissionOnTheWire(new Sealed(personal, FlatApplicant.class)))
                .transformed(
                        ApplicationCommand.RectifyPersonalData.class,
                        new Sealed(personal, ApplicationCommand.RectifyPersonalData.class))
                .transformed(ApplicationCommand.ErasePersonalData.class, PayloadTransform.EMPTY_OBJECT)
                .transformed(ApplicationCommand.PromoteFromWaitlist.class, PayloadTransform.EMPTY_OBJECT)
                .build();
    }

    /** The command's personal values sealed for the student when written, opened when read. */
    private record Sealed(PersonalFields personal, Class<?> type) implements PayloadTransform {

        @Override
        public JsonNode write(String studentId, JsonNode payload) {
            return personal.seal(payload, type, studentId);
        }

        @Override
        public JsonNode read(String studentId, JsonNode payload) {
            var opened = personal.open(payload, type, studentId);
            if (opened == null) {
                throw new PersonalDataUnreadableException(
                        "The personal data of a command to " + studentId + " cannot be read: its key was destroyed");
            }
            return opened;
        }

        @Override
        public String describe() {
            return "personal values sealed";
        }
    }

    /**
     * A submission as the previous release wrote it: the student id first, the applicant's name and e-mail flat at the
     * end, both sealed.
     */
    private record SubmissionOnTheWire(Sealed sealed) implements PayloadTransform {

        private static final String APPLICANT = "applicant";
        private static final String STUDENT_ID = "studentId";

        @Override
        public JsonNode write(String studentId, JsonNode payload) {
            ObjectNode wire = KitJson.mapper().createObjectNode();
            wire.put(STUDENT_ID, studentId);
            payload.properties().forEach(field -> {
                if (field.getKey().equals(APPLICANT)) {
                    field.getValue().properties().forEach(value -> wire.set(value.getKey(), value.getValue()));
                } else {
                    wire.set(field.getKey(), field.getValue());
                }
            });
            return sealed.write(studentId, wire);
        }

        @Override
        public JsonNode read(String studentId, JsonNode payload) {
            if (!(payload instanceof ObjectNode)) {
                return payload;
            }
            var wire = (ObjectNode) sealed.read(studentId, payload);
            wire.remove(STUDENT_ID);
            ObjectNode applicant = KitJson.mapper().createObjectNode();
            applicant.set("fullName", wire.remove("fullName"));
            applicant.set("email", wire.remove("email"));
            wire.set(APPLICANT, applicant);
            return wire;
        }

        @Override
        public String describe() {
            return "studentId repeated first, applicant's fullName and email flat at the end, both sealed";
        }
    }

    /** The applicant's name and e-mail as they sit, flat, in a submission's payload. */
    private record FlatApplicant(
            @Personal String fullName, @Personal String email) {}
}
