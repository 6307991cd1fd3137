package edu.lifecycle.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An nginx configuration file read as nginx reads it (words, quoted strings with nginx's escapes, blocks, comments),
 * and its {@code map} blocks evaluated as nginx evaluates them: exact keys first, then the regular expressions in the
 * order written (named captures usable in the value), then {@code default}. Enough to run the registry proxy's rules
 * without a Docker engine; {@code include} lines inside a map are kept apart, not followed.
 */
final class NginxConfiguration {

    /** One directive: its name, its arguments, and its block's directives if it has one. */
    record Directive(String name, List<String> args, List<Directive> block) {

        List<Directive> all(String directive) {
            return block.stream().filter(d -> d.name.equals(directive)).toList();
        }

        Optional<Directive> first(String directive) {
            return all(directive).stream().findFirst();
        }

        String arg(int index) {
            return args.get(index);
        }
    }

    /** A {@code map source $variable { … }} block. */
    record NginxMap(
            String source,
            String variable,
            Map<String, String> exact,
            List<String> regexKeys,
            Map<String, String> regexValues,
            String defaultValue,
            List<String> includes) {}

    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{(\\w+)}|(\\w+))");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");

    private final Directive root;
    private final Map<String, NginxMap> maps = new LinkedHashMap<>();

    private NginxConfiguration(Directive root) {
        this.root = root;
        for (var map : root.all("map")) {
            var exact = new LinkedHashMap<String, String>();
            var regexKeys = new ArrayList<String>();
            var regexValues = new LinkedHashMap<String, String>();
            var includes = new ArrayList<String>();
            String defaultValue = "";
            for (var entry : map.block()) {
                switch (entry.name()) {
                    case "default" -> defaultValue = entry.arg(0);
                    case "include" -> includes.add(entry.arg(0));
                    default -> {
                        if (entry.name().startsWith("~")) {
                            regexKeys.add(entry.name());
                            regexValues.put(entry.name(), entry.arg(0));
                        } else if (exact.put(entry.name(), entry.arg(0)) != null) {
                            throw new IllegalArgumentException("nginx refuses a key twice: " + entry.name());
                        }
                    }
                }
            }
            var variable = map.arg(1).substring(1);
            maps.put(
                    variable,
                    new NginxMap(map.arg(0), variable, exact, regexKeys, regexValues, defaultValue, includes));
        }
    }

    static NginxConfiguration read(Path file) throws IOException {
        var tokens = tokens(Files.readString(file));
        var position = new int[] {0};
        var directives = block(tokens, position, false);
        return new NginxConfiguration(new Directive("", List.of(), directives));
    }

    Directive root() {
        return root;
    }

    NginxMap map(String variable) {
        var map = maps.get(variable);
        if (map == null) {
            throw new IllegalArgumentException("No map sets $" + variable + "; maps: " + maps.keySet());
        }
        return map;
    }

    /** The value of a variable for a request whose own variables ($remote_user, $request_uri, …) are given. */
    String evaluate(String variable, Map<String, String> request) {
        if (request.containsKey(variable)) {
            return request.get(variable);
        }
        var map = map(variable);
        var source = interpolate(map.source(), Map.of(), request);
        var exact = map.exact().get(source);
        if (exact != null) {
            return interpolate(exact, Map.of(), request);
        }
        for (var key : map.regexKeys()) {
            boolean caseless = key.startsWith("~*");
            var regex = Pattern.compile(key.substring(caseless ? 2 : 1), caseless ? Pattern.CASE_INSENSITIVE : 0);
            Matcher matcher = regex.matcher(source);
            if (matcher.find()) {
                var captures = new LinkedHashMap<String, String>();
                for (int group = 0; group <= matcher.groupCount(); group++) {
                    captures.put(String.valueOf(group), matcher.group(group) == null ? "" : matcher.group(group));
                }
                var names = NAMED_GROUP.matcher(regex.pattern());
                while (names.find()) {
                    var value = matcher.group(names.group(1));
                    captures.put(names.group(1), value == null ? "" : value);
                }
                return interpolate(map.regexValues().get(key), captures, request);
            }
        }
        return interpolate(map.defaultValue(), Map.of(), request);
    }

    /** Text with nginx variables replaced: captures of the matching regex first, then request and map variables. */
    String interpolate(String text, Map<String, String> captures, Map<String, String> request) {
        var matcher = VARIABLE.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
            var name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            var value = captures.containsKey(name) ? captures.get(name) : evaluate(name, request);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static List<Directive> block(List<String> tokens, int[] position, boolean nested) {
        var directives = new ArrayList<Directive>();
        var words = new ArrayList<String>();
        while (position[0] < tokens.size()) {
            var token = tokens.get(position[0]++);
            switch (token) {
                case "\u0000;" -> {
                    directives.add(new Directive(words.get(0), List.copyOf(words.subList(1, words.size())), List.of()));
                    words.clear();
                }
                case "\u0000{" -> {
                    var children = block(tokens, position, true);
                    directives.add(new Directive(words.get(0), List.copyOf(words.subList(1, words.size())), children));
                    words.clear();
                }
                case "\u0000}" -> {
                    if (!nested || !words.isEmpty()) {
                        throw new IllegalArgumentException("Unexpected } after " + words);
                    }
                    return directives;
                }
                default -> words.add(token);
            }
        }
        if (nested || !words.isEmpty()) {
            throw new IllegalArgumentException("Unexpected end of the file after " + words);
        }
        return directives;
    }

    /** Words and quoted strings, unescaped as nginx does; the punctuation ; { } marked with a leading NUL. */
    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ';' || c == '{' || c == '}') {
                tokens.add("\u0000" + c);
                i++;
            } else {
                var word = new StringBuilder();
                char quote = (c == '"' || c == '\'') ? c : 0;
                if (quote != 0) {
                    i++;
                }
                while (i < text.length()) {
                    char d = text.charAt(i);
                    if (quote == 0 && (Character.isWhitespace(d) || d == ';' || d == '{' || d == '}')) {
                        break;
                    }
                    if (quote != 0 && d == quote) {
                        i++;
                        break;
                    }
                    if (d == '\\' && i + 1 < text.length()) {
                        char next = text.charAt(i + 1);
                        switch (next) {
                            case '"', '\'', '\\' -> word.append(next);
                            case 't' -> word.append('\t');
                            case 'r' -> word.append('\r');
                            case 'n' -> word.append('\n');
                            default -> word.append(d).append(next);
                        }
                        i += 2;
                        continue;
                    }
                    word.append(d);
                    i++;
                }
                tokens.add(word.toString());
            }
        }
        return tokens;
    }
}
