package edu.lifecycle.servicekit.web;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson's leniencies that let an implausible request body through, turned off for the web layer's mapper (the kit's
 * internal {@code KitJson} is untouched). Each refusal is an {@link ImplausibleValueException} naming its field:
 *
 * <ul>
 *   <li>a string with control characters or a lone surrogate ({@link PlainText});
 *   <li>a fraction for an integer: Jackson truncates {@code 2.5} to {@code 2};
 *   <li>a number, an array or a string of digits for a date or time: Jackson reads them as epoch seconds or days, or
 *       as {@code [year, month, day]}, where a client more likely sent milliseconds or a mistake;
 *   <li>a number, or a string of digits, for an enum: Jackson takes it as the constant's position;
 *   <li>a number for a boolean: Jackson takes any non-zero number as {@code true}.
 * </ul>
 *
 * A body's field naming the person acting, listed by {@link RefusedActorFields}, is refused too: who acts is the
 * signed-in caller.
 *
 * <p>Numbers in strings for number fields ({@code "487.50"}) stay accepted: it is how many clients keep money exact.
 */
public final class PlausibleInputModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private static final Pattern DIGITS = Pattern.compile("[+-]?[0-9]+([.][0-9]*)?([eE][+-]?[0-9]+)?");

    private static final String INSTANT = "an ISO-8601 instant such as \"2026-10-15T09:00:00Z\"";
    private static final String OFFSET_DATE_TIME =
            "an ISO-8601 date-time with offset such as \"2026-10-15T09:00:00+02:00\"";

    private static final Map<Class<?>, String> DATE_TIME_FORMATS = Map.of(
            Instant.class, INSTANT,
            Date.class, INSTANT,
            OffsetDateTime.class, OFFSET_DATE_TIME,
            ZonedDateTime.class, OFFSET_DATE_TIME,
            LocalDateTime.class, "an ISO-8601 date-time such as \"2026-10-15T09:00:00\"",
            LocalDate.class, "an ISO-8601 date such as \"2026-10-15\"",
            LocalTime.class, "an ISO-8601 time such as \"09:00:00\"",
            OffsetTime.class, "an ISO-8601 time with offset such as \"09:00:00+02:00\"",
            YearMonth.class, "an ISO-8601 year and month such as \"2026-10\"");

    public PlausibleInputModule() {
        super("lifecycle-plausible-input");
        setDeserializerModifier(new Modifier());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addHandler(new ActorFieldsRefusal());
    }

    /** How a value of a date or time type is written, for messages; empty when the type is not one. */
    static Optional<String> dateTimeFormat(Class<?> type) {
        return Optional.ofNullable(DATE_TIME_FORMATS.get(type));
    }

    private static final class Modifier extends ValueDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
            Class<?> type = bean.getBeanClass();
            if (type == String.class) {
                return new Checked(deserializer, type, Rule.TEXT);
            }
            if (isInteger(type)) {
                return new Checked(deserializer, type, Rule.INTEGER);
            }
            if (type == Boolean.class || type == boolean.class) {
                return new Checked(deserializer, type, Rule.TRUTH_VALUE);
            }
            if (DATE_TIME_FORMATS.containsKey(type)) {
                return new Checked(deserializer, type, Rule.DATE_TIME);
            }
            return deserializer;
        }

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription.Supplier bean,
                ValueDeserializer<?> deserializer) {
            return new Checked(deserializer, type.getRawClass(), Rule.ENUM_NAME);
        }

        private static boolean isInteger(Class<?> type) {
            return type == Integer.class
                    || type == int.class
                    || type == Long.class
                    || type == long.class
                    || type == Short.class
                    || type == short.class
                    || type == Byte.class
                    || type == byte.class
                    || type == BigInteger.class;
        }
    }

    /** What a value of each kind must look like; checked on the token before, or on the value after, Jackson's. */
    private enum Rule {
        TEXT {
            @Override
            void checkValue(JsonParser parser, Class<?> type, Object value) {
                if (value instanceof String text && !PlainText.isPlain(text)) {
                    throw new ImplausibleValueException(parser, type, PlainText.RULE);
                }
            }
        },
        INTEGER {
            @Override
            void checkToken(JsonParser parser, Class<?> type) {
                if (parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                    throw new ImplausibleValueException(parser, type, "must be an integer, not " + parser.getString());
                }
            }
        },
        TRUTH_VALUE {
            @Override
            void checkToken(JsonParser parser, Class<?> type) {
                if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
                    throw new ImplausibleValueException(
                            parser, type, "must be true or false, not " + parser.getString());
                }
            }
        },
        DATE_TIME {
            @Override
            void checkToken(JsonParser parser, Class<?> type) {
                if (!parser.hasToken(JsonToken.VALUE_STRING)
                        || DIGITS.matcher(parser.getString()).matches()) {
                    throw new ImplausibleValueException(parser, type, "must be " + DATE_TIME_FORMATS.get(type));
                }
            }
        },
        ENUM_NAME {
            @Override
            void checkToken(JsonParser parser, Class<?> type) {
                if (!parser.hasToken(JsonToken.VALUE_STRING)
                        || DIGITS.matcher(parser.getString()).matches()) {
                    throw new ImplausibleValueException(
                            parser, type, "must be one of " + Arrays.toString(type.getEnumConstants()));
                }
            }
        };

        void checkToken(JsonParser parser, Class<?> type) {}

        void checkValue(JsonParser parser, Class<?> type, Object value) {}
    }

    /** Jackson's own deserializer with a rule around it; contextualised and resolved as the one it wraps. */
    private static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;
        private final Rule rule;

        Checked(ValueDeserializer<?> delegate, Class<?> type, Rule rule) {
            super(delegate);
            this.type = type;
            this.rule = rule;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, type, rule);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            rule.checkToken(parser, type);
            Object value = super.deserialize(parser, context);
            rule.checkValue(parser, type, value);
            return value;
        }
    }
}
