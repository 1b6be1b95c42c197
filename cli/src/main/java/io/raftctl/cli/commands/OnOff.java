package io.raftctl.cli.commands;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The value of an on|off argument ({@code timers off}, {@code up --pre-vote on}). An enum rather than a Boolean:
 * picocli's completion script takes a Boolean option for a flag, and on|off options take a value.
 */
public enum OnOff {
    ON, OFF;

    /** {@code on} or {@code off} in any case; {@code true}/{@code yes} and {@code false}/{@code no} too. */
    public static OnOff parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> ON;
            case "off", "false", "no" -> OFF;
            default -> throw new IllegalArgumentException("expected on or off, not '" + value + "'");
        };
    }

    public boolean on() {
        return this == ON;
    }

    /** As raftctl prints it: {@code on} or {@code off}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An option that was left out (null) leaves its setting as it is: null. */
    static Boolean orNull(OnOff value) {
        return value == null ? null : value.on();
    }

    public static final class Converter implements ITypeConverter<OnOff> {
        @Override
        public OnOff convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    public static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(ON.text(), OFF.text()).iterator();
        }
    }
}
