package edu.lifecycle.admissions.application.web;

import edu.lifecycle.admissions.application.stream.ApplicationCommandTypes;
import edu.lifecycle.admissions.application.stream.ApplicationPayloads;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandIds;
import edu.lifecycle.servicekit.command.CommandResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The right to erasure: a person's name and e-mail go, the facts of their lifecycle stay. */
@RestController
@Tag(name = "Personal data")
class PersonalDataController {

    private final CommandGateway commands;

    PersonalDataController(CommandGateway commands) {
        this.commands = commands;
    }

    @DeleteMapping("/api/v1/students/{studentId}/personal-data")
    @Operation(
            summary = "Erase a student's name and e-mail",
            description = "Writes a tombstone to admissions.student-profiles and removes the data from every "
                    + "admissions store; public events never carried it. Erasing twice changes nothing.")
    ResponseEntity<Object> erase(
            @PathVariable String studentId,
            @RequestHeader(name = CommandIds.IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey) {
        return CommandResponses.ok(commands.submit(
                idempotencyKey,
                studentId,
                ApplicationCommandTypes.ERASE_PERSONAL_DATA,
                new ApplicationPayloads.Empty()));
    }
}
