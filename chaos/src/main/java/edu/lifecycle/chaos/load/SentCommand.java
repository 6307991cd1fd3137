package edu.lifecycle.chaos.load;

/**
 * One intended command and its final answer.
 *
 * @param studentId the student it concerns
 * @param name what it asked, e.g. {@code submit-application}
 * @param eventType the event it makes when accepted (the Avro record's simple name)
 * @param idempotencyKey the key sent with every attempt
 * @param reference the payment reference it carried, or {@code null}
 * @param answer its final answer
 */
public record SentCommand(
        String studentId, String name, String eventType, String idempotencyKey, String reference, Answer answer) {}
