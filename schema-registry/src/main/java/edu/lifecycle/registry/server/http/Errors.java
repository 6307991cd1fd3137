package edu.lifecycle.registry.server.http;

/**
 * Every error the registry answers with, with Confluent's status, error code and message text
 * ({@code Errors.java} of Confluent's schema registry, v8.2).
 */
public final class Errors {

    private static final int NOT_FOUND = 404;
    private static final int CONFLICT = 409;
    private static final int UNPROCESSABLE = 422;
    private static final int SERVER_ERROR = 500;

    private Errors() {}

    public static ApiException subjectNotFound(String subject) {
        return new ApiException(NOT_FOUND, 40401, "Subject '" + subject + "' not found.");
    }

    public static ApiException versionNotFound(int version) {
        return new ApiException(NOT_FOUND, 40402, "Version " + version + " not found.");
    }

    public static ApiException schemaNotFound() {
        return new ApiException(NOT_FOUND, 40403, "Schema not found");
    }

    public static ApiException schemaNotFound(int id) {
        return new ApiException(NOT_FOUND, 40403, "Schema " + id + " not found");
    }

    public static ApiException schemaNotFound(String guid) {
        return new ApiException(NOT_FOUND, 40403, "Schema " + guid + " not found");
    }

    public static ApiException subjectSoftDeleted(String subject) {
        return new ApiException(
                NOT_FOUND,
                40404,
                "Subject '" + subject + "' was soft deleted.Set permanent=true to delete permanently");
    }

    public static ApiException subjectNotSoftDeleted(String subject) {
        return new ApiException(
                NOT_FOUND, 40405, "Subject '" + subject + "' was not deleted first before being permanently deleted");
    }

    public static ApiException versionSoftDeleted(String subject, int version) {
        return new ApiException(
                NOT_FOUND,
                40406,
                "Subject '" + subject + "' Version " + version
                        + " was soft deleted.Set permanent=true to delete permanently");
    }

    public static ApiException versionNotSoftDeleted(String subject, int version) {
        return new ApiException(
                NOT_FOUND,
                40407,
                "Subject '" + subject + "' Version " + version
                        + " was not deleted first before being permanently deleted");
    }

    public static ApiException subjectConfigNotFound(String subject) {
        return new ApiException(
                NOT_FOUND, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    public static ApiException subjectModeNotFound(String subject) {
        return new ApiException(
                NOT_FOUND, 40409, "Subject '" + subject + "' does not have subject-level mode configured");
    }

    /** Confluent answered error code 409 up to 8.1.1 and 40901 since 8.1.2; we match the pinned 8.2 image. */
    public static ApiException incompatibleSchema(String message) {
        return new ApiException(CONFLICT, 40901, message);
    }

    public static ApiException invalidSchema(String message) {
        return new ApiException(UNPROCESSABLE, 42201, message);
    }

    public static ApiException invalidVersion(String version) {
        return new ApiException(
                UNPROCESSABLE,
                42202,
                "The specified version '" + version + "' is not a valid version id. Allowed values are between"
                        + " [1, 2^31-1] and the string \"latest\"");
    }

    public static ApiException invalidCompatibilityLevel() {
        return new ApiException(
                UNPROCESSABLE,
                42203,
                "Invalid compatibility level. Valid values are none, backward, forward, full, backward_transitive,"
                        + " forward_transitive, and full_transitive");
    }

    public static ApiException invalidMode() {
        return new ApiException(UNPROCESSABLE, 42204, "Invalid mode. Valid values are READWRITE, READONLY and IMPORT");
    }

    public static ApiException operationNotPermitted(String message) {
        return new ApiException(UNPROCESSABLE, 42205, message);
    }

    /** Confluent names the version by its {@code _schemas} key, as {@code SchemaKey.toString()} prints it. */
    public static ApiException referenceExists(String subject, int version) {
        return new ApiException(
                UNPROCESSABLE,
                42206,
                "One or more references exist to the schema {magic=1,keytype=SCHEMA,subject=" + subject + ",version="
                        + version + "}.");
    }

    public static ApiException notAcceptable() {
        return new ApiException(406, 406, "HTTP 406 Not Acceptable");
    }

    public static ApiException storeError(String message) {
        return new ApiException(SERVER_ERROR, 50001, "Error in the backend datastore: " + message);
    }

    public static ApiException storeTimeout(String message) {
        return new ApiException(SERVER_ERROR, 50002, "Operation timed out: " + message);
    }

    /** Jersey's answer for a request without the body the endpoint requires. */
    public static ApiException emptyBody() {
        return new ApiException(UNPROCESSABLE, UNPROCESSABLE, "The request body is empty");
    }

    /** Jersey's answer for a body of the wrong JSON shape. */
    public static ApiException unprocessableBody(String message) {
        return new ApiException(UNPROCESSABLE, UNPROCESSABLE, message);
    }

    /** Jersey's answer for a body that is not JSON at all. */
    public static ApiException malformedBody(String message) {
        return new ApiException(400, 400, message);
    }

    public static ApiException notFound() {
        return new ApiException(NOT_FOUND, NOT_FOUND, "HTTP 404 Not Found");
    }

    public static ApiException methodNotAllowed() {
        return new ApiException(405, 405, "HTTP 405 Method Not Allowed");
    }

    public static ApiException internal() {
        return new ApiException(SERVER_ERROR, SERVER_ERROR, "Internal Server Error");
    }
}
