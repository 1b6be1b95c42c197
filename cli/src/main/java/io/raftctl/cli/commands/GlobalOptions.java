package io.raftctl.cli.commands;

import io.raftctl.cli.output.OutputFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.List;

/**
 * raftctl's global options, declared once on the root command. Inherited by every command, so that they may come
 * after the command's name too ({@code raftctl status -o json}); each command's copy sets these same fields.
 */
final class GlobalOptions {

    static final String CONFIG_SHORT = "-c";
    static final String CONFIG = "--config";
    static final String OUTPUT_SHORT = "-o";
    static final String OUTPUT = "--output";
    static final String VERBOSE = "--verbose";

    /** The global options that take a value, and those that do not ({@link CommandWord} skips them). */
    static final List<String> WITH_VALUE = List.of(CONFIG_SHORT, CONFIG, OUTPUT_SHORT, OUTPUT);
    static final List<String> FLAGS = List.of(VERBOSE);

    @Option(names = {CONFIG_SHORT, CONFIG}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Cluster file (YAML). Default: $RAFTCTL_CONFIG, else ./raftctl.yaml.")
    Path config;

    @Option(names = {OUTPUT_SHORT, OUTPUT}, paramLabel = "text|json|wide", scope = ScopeType.INHERIT,
            converter = Args.OutputConverter.class, completionCandidates = Args.OutputCandidates.class,
            description = "Output format: text, json (one JSON document per command) or wide (text with every column).")
    OutputFormat output;

    @Option(names = VERBOSE, scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean verbose;
}
