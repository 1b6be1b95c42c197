package io.raftctl.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.raftctl.util.Durations;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The kinds of scalar a cluster file holds, each the way of reading one type of {@link ClusterFile}. */
final class ScalarDeserializers {

    private ScalarDeserializers() {
    }

    /** A cluster or node name; any scalar, as {@code cluster: 2024} is a name, not a number. */
    static final class Name extends ScalarDeserializer<String> {
        Name() {
            super(String.class, "a name like n1");
        }

        @Override
        protected String convert(String text, JsonParser p) throws InvalidValueException {
            if (!ClusterConfig.NAME.matcher(text).matches()) {
                throw invalid(p, "expected a name of lowercase letters, digits and '-' like n1, got "
                        + ConfigException.quote(text));
            }
            return text;
        }
    }

    /** A path as written; relative ones resolve against the cluster file's directory later. */
    abstract static class PathText<T> extends ScalarDeserializer<T> {
        PathText(Class<T> type, String expected) {
            super(type, expected);
        }

        protected abstract T of(Path path);

        @Override
        protected T convert(String text, JsonParser p) throws InvalidValueException {
            if (text.isBlank()) throw invalid(p, "expected " + expected() + ", got an empty string");
            try {
                return of(Path.of(text));
            } catch (InvalidPathException e) {
                throw invalid(p, ConfigException.quote(text) + " is not a valid path");
            }
        }
    }

    static final class DirectoryPath extends PathText<ClusterFile.DirectoryPath> {
        DirectoryPath() {
            super(ClusterFile.DirectoryPath.class, "a directory path");
        }

        @Override
        protected ClusterFile.DirectoryPath of(Path path) {
            return new ClusterFile.DirectoryPath(path);
        }
    }

    static final class FilePath extends PathText<ClusterFile.FilePath> {
        FilePath() {
            super(ClusterFile.FilePath.class, "a file path");
        }

        @Override
        protected ClusterFile.FilePath of(Path path) {
            return new ClusterFile.FilePath(path);
        }
    }

    /**
     * A switch: true/false, and the yes/no and on/off that YAML 1.1 reads as booleans, quoted or not, in
     * any case. Read from the text, so that {@code timers: off} means the same as {@code timers: 'off'}.
     */
    abstract static class Flag<T> extends ScalarDeserializer<T> {
        private static final List<String> TRUE = List.of("true", "yes", "on");
        private static final List<String> FALSE = List.of("false", "no", "off");

        Flag(Class<T> type, String trueWord, String falseWord) {
            super(type, trueWord + " or " + falseWord);
        }

        protected abstract T of(boolean on);

        @Override
        protected T convert(String text, JsonParser p) throws InvalidValueException {
            String word = text.toLowerCase(Locale.ROOT);
            if (TRUE.contains(word)) return of(true);
            if (FALSE.contains(word)) return of(false);
            throw invalid(p, "expected " + expected() + ", got " + ConfigException.quote(text));
        }
    }

    static final class TrueFalse extends Flag<Boolean> {
        TrueFalse() {
            super(Boolean.class, "true", "false");
        }

        @Override
        protected Boolean of(boolean on) {
            return on;
        }
    }

    static final class OnOff extends Flag<ClusterFile.OnOff> {
        OnOff() {
            super(ClusterFile.OnOff.class, "on", "off");
        }

        @Override
        protected ClusterFile.OnOff of(boolean on) {
            return new ClusterFile.OnOff(on);
        }
    }

    /** A count from 1: an integer as YAML writes it ({@code 1_000} too), never a quoted or fractional one. */
    static final class PositiveInt extends ScalarDeserializer<Integer> {
        PositiveInt() {
            super(Integer.class, "a whole number from 1 to " + Integer.MAX_VALUE);
        }

        @Override
        protected boolean takes(JsonToken scalar) {
            return scalar == JsonToken.VALUE_NUMBER_INT;
        }

        @Override
        protected Integer convert(String text, JsonParser p) throws InvalidValueException {
            try {
                int n = Integer.parseInt(text.replace("_", ""));
                if (n >= 1) return n;
            } catch (NumberFormatException e) {
                // too large, or a form YAML reads as an integer but Java does not (0x10): refused below
            }
            throw invalid(p, "expected " + expected() + ", got " + ConfigException.quote(text));
        }
    }

    /**
     * A positive duration in whole milliseconds ({@code 150ms}, {@code 2s}), as the engine counts time in
     * milliseconds. Only text: {@code 50} has no unit.
     */
    static final class PositiveDuration extends ScalarDeserializer<Duration> {
        PositiveDuration() {
            super(Duration.class, "a duration like 50ms");
        }

        @Override
        protected boolean takes(JsonToken scalar) {
            return scalar == JsonToken.VALUE_STRING;
        }

        @Override
        protected Duration convert(String text, JsonParser p) throws InvalidValueException {
            Duration d;
            try {
                d = Durations.parse(text);
            } catch (IllegalArgumentException e) {
                throw invalid(p, "expected " + expected() + ", got " + ConfigException.quote(text));
            }
            if (d.isZero() || d.isNegative()) {
                throw invalid(p, "expected a positive duration, got " + ConfigException.quote(text));
            }
            if (d.toNanos() % 1_000_000 != 0) {
                throw invalid(p, "expected a whole number of milliseconds, got " + ConfigException.quote(text));
            }
            return d;
        }
    }

    /** {@code host:port}; see {@link HostPort#parse}. */
    static final class Address extends ScalarDeserializer<HostPort> {
        Address() {
            super(HostPort.class, "host:port like 127.0.0.1:7001");
        }

        @Override
        protected HostPort convert(String text, JsonParser p) throws InvalidValueException {
            try {
                return HostPort.parse(text);
            } catch (IllegalArgumentException e) {
                throw invalid(p, e.getMessage());
            }
        }
    }

    /** One of the built-in state machines by its file name. */
    static final class StateMachine extends ScalarDeserializer<StateMachineKind> {
        StateMachine() {
            super(StateMachineKind.class, "one of " + names());
        }

        @Override
        protected StateMachineKind convert(String text, JsonParser p) throws InvalidValueException {
            // A loop, not a stream: lambdas cost a cold JVM more than this whole lookup.
            for (StateMachineKind kind : StateMachineKind.values()) {
                if (kind.yamlName().equals(text)) return kind;
            }
            throw invalid(p, "expected " + expected() + ", got " + ConfigException.quote(text));
        }

        private static String names() {
            StringBuilder names = new StringBuilder();
            for (StateMachineKind kind : StateMachineKind.values()) {
                names.append(names.length() == 0 ? "" : ", ").append(kind.yamlName());
            }
            return names.toString();
        }
    }
}
