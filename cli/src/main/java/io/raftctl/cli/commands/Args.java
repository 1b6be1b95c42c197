package io.raftctl.cli.commands;

import io.raftctl.cli.output.OutputFormat;
import io.raftctl.cli.output.TraceDocument;
import io.raftctl.cli.sim.SimMessages;
import io.raftctl.raft.TraceEvents;
import io.raftctl.statemachine.Trigger;
import io.raftctl.util.Durations;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/** Argument converters and completion candidates shared by the commands. */
public final class Args {

    private Args() {
    }

    /** {@code 250ms}, {@code 2s}, {@code 1m}. */
    public static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    public static final class OutputConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code default} / {@code all}: which rows {@code trace show} shows. */
    public static final class TraceEventsConverter implements ITypeConverter<TraceEvents> {
        @Override
        public TraceEvents convert(String value) {
            try {
                return TraceEvents.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    public static final class OutputCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("text", "json", "wide").iterator();
        }
    }

    public static final class TriggerCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Trigger.labels().iterator();
        }
    }

    public static final class TraceFormatCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return TraceDocument.formatNames().iterator();
        }
    }

    public static final class TraceEventsCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return TraceEvents.optionNames().iterator();
        }
    }

    public static final class MessageKindCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SimMessages.KINDS.iterator();
        }
    }

    public static final class ShellCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("bash", "zsh").iterator();
        }
    }
}
