package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.intake.IntakeCommand;
import edu.lifecycle.servicekit.command.CommandType;
import java.util.List;

/**
 * The ids of the two commands an admission decision sets off: the jury's request places the applicant in the intake
 * of the programme year, and the intake answers with the final decision. They derive from the request's own command
 * id alone, so the HTTP request that asked for the decision knows which outcome to wait for, and a request processed
 * again after a crash sends the same commands, which the aggregates then recognise.
 */
public final class AdmissionDecisionCommandIds {

    private AdmissionDecisionCommandIds() {}

    /** The intake's {@code place-applicant} command sent on accepting the request {@code requestCommandId}. */
    public static String placement(String requestCommandId) {
        return CommandType.of(IntakeCommand.PlaceApplicant.class) + ":" + requestCommandId;
    }

    /** The application's {@code record-admission-decision} command the intake sends on placing the applicant. */
    public static String finalDecision(String placementCommandId) {
        return CommandType.of(ApplicationCommand.RecordAdmissionDecision.class) + ":" + placementCommandId;
    }

    /** The final decision's command id, straight from the jury's request. */
    public static String finalDecisionOfRequest(String requestCommandId) {
        return finalDecision(placement(requestCommandId));
    }

    /**
     * The commands before {@code commandId} when it is one of the two an admission request sets off: the jury's
     * request, then the placement; empty for any other command.
     */
    public static List<String> stepsBefore(String commandId) {
        String placementPrefix = placement("");
        String finalPrefix = finalDecision(placementPrefix);
        if (commandId.startsWith(finalPrefix) && commandId.length() > finalPrefix.length()) {
            String request = commandId.substring(finalPrefix.length());
            return List.of(request, placement(request));
        }
        if (commandId.startsWith(placementPrefix) && commandId.length() > placementPrefix.length()) {
            return List.of(commandId.substring(placementPrefix.length()));
        }
        return List.of();
    }
}
