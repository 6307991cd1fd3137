package edu.lifecycle.servicekit.web;

import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Refuses a field a body's {@link RefusedActorFields} lists. Jackson asks problem handlers about every unknown field
 * before it applies {@code FAIL_ON_UNKNOWN_PROPERTIES}, so every other unknown field is still skipped as before.
 */
final class ActorFieldsRefusal extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(
            DeserializationContext context,
            JsonParser parser,
            ValueDeserializer<?> deserializer,
            Object beanOrClass,
            String propertyName) {
        Class<?> type =
                beanOrClass instanceof Class<?> given ? given : beanOrClass == null ? null : beanOrClass.getClass();
        RefusedActorFields refused = type == null ? null : type.getAnnotation(RefusedActorFields.class);
        if (refused != null && Arrays.asList(refused.value()).contains(propertyName)) {
            var problem = new ImplausibleValueException(
                    parser, type, "must not be sent: the " + propertyName + " is the signed-in caller");
            problem.prependPath(beanOrClass, propertyName);
            throw problem;
        }
        return false;
    }
}
