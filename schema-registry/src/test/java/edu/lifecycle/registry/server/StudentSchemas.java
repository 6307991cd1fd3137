package edu.lifecycle.registry.server;

/** Avro schemas of a student record as it evolves, written as a client would send them. */
final class StudentSchemas {

    static final String ID = field("id", "\"string\"");
    static final String NAME = field("name", "\"string\"");
    static final String NAME_AS_INT = field("name", "\"int\"");
    static final String NICKNAME_WITH_DEFAULT = fieldWithDefault("nickname", "\"string\"", "\"\"");
    static final String EMAIL = field("email", "\"string\"");
    static final String EMAIL_WITH_DEFAULT = fieldWithDefault("email", "\"string\"", "\"\"");

    private StudentSchemas() {}

    static String student(String... fields) {
        return "{\"type\":\"record\",\"name\":\"Student\",\"namespace\":\"edu.lifecycle\",\"fields\":["
                + String.join(",", fields) + "]}";
    }

    /** A schema unrelated to the student, for tests that need a second distinct id. */
    static String course() {
        return "{\"type\":\"record\",\"name\":\"Course\",\"namespace\":\"edu.lifecycle\",\"fields\":["
                + field("code", "\"string\"") + "]}";
    }

    static String field(String name, String type) {
        return "{\"name\":\"" + name + "\",\"type\":" + type + "}";
    }

    static String fieldWithDefault(String name, String type, String defaultJson) {
        return "{\"name\":\"" + name + "\",\"type\":" + type + ",\"default\":" + defaultJson + "}";
    }
}
