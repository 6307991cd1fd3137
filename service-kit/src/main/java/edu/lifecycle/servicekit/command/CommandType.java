package edu.lifecycle.servicekit.command;

import java.util.Locale;

/** The type name of a command record in its envelope, derived from the record's simple name. */
public final class CommandType {

    private CommandType() {}

    /** {@code RecordPayment} → {@code record-payment}. */
    public static String of(Class<?> commandClass) {
        String simple = commandClass.getSimpleName();
        var kebab = new StringBuilder();
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                kebab.append('-');
            }
            kebab.append(Character.toLowerCase(c));
        }
        return kebab.toString().toLowerCase(Locale.ROOT);
    }
}
