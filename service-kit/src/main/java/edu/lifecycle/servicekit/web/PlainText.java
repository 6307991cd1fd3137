package edu.lifecycle.servicekit.web;

/**
 * Text a person can type on one line. Control characters (C0 including TAB, CR and LF, DEL and C1) have no place in
 * a name, a reference or a title; they forge log lines and headers and break CSV exports and terminals. A lone
 * surrogate is not Unicode text at all and cannot be written as UTF-8 to a topic.
 */
public final class PlainText {

    /** The rule in a client's words. */
    public static final String RULE =
            "must not contain control characters (such as NUL, ESC, TAB, CR or LF) " + "or unpaired UTF-16 surrogates";

    private PlainText() {}

    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
