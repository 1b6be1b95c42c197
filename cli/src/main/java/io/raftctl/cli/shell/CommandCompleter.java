package io.raftctl.cli.shell;

import io.raftctl.cli.completion.NodeIdCandidates;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Tab completion from the picocli model: commands, subcommands, options, and argument values (node ids for
 * arguments marked with {@link NodeIdCandidates}, and each argument's own candidates: trigger names, trace
 * formats, on/off).
 * {@code must-fail} and {@code expect-output} complete their inner line like a line of its own.
 */
public final class CommandCompleter implements Completer {

    private static final Set<String> SHELL_WORDS = Set.of("exit", "quit");

    private final CommandSpec root;
    private final Supplier<List<String>> nodeIds;

    public CommandCompleter(CommandSpec root, Supplier<List<String>> nodeIds) {
        this.root = root;
        this.nodeIds = nodeIds;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, Math.min(line.wordIndex(), line.words().size()));
        String current = line.word() == null ? "" : line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        for (String value : candidates(before, current)) candidates.add(new Candidate(value));
    }

    /** The words that may follow {@code before}, given the start of the current word (for tests too). */
    public List<String> candidates(List<String> before, String current) {
        CommandSpec spec = root;
        OptionSpec awaitingValue = null;
        int positional = 0;
        for (int i = 0; i < before.size(); i++) {
            String word = before.get(i);
            if (awaitingValue != null) {
                awaitingValue = null;
                continue;
            }
            CommandLine sub = positional == 0 ? spec.subcommands().get(word) : null;
            if (sub != null) {
                spec = sub.getCommandSpec();
                continue;
            }
            OptionSpec option = word.startsWith("-") ? spec.findOption(word) : null;
            if (option != null) {
                if (option.arity().max() > 0 && !option.type().equals(boolean.class)) awaitingValue = option;
                continue;
            }
            if (word.startsWith("-")) continue;
            if (startsInnerLine(spec, positional)) return candidates(before.subList(i, before.size()), current);
            positional++;
        }
        List<String> out = new ArrayList<>();
        if (awaitingValue != null) {
            out.addAll(valuesFor(awaitingValue));
        } else if (current.startsWith("-")) {
            for (OptionSpec o : spec.options()) {
                if (!o.hidden()) out.addAll(List.of(o.names()));
            }
        } else {
            if (positional == 0) {
                out.addAll(spec.subcommands().keySet());
                if (spec == root) out.addAll(SHELL_WORDS);
            }
            if (startsInnerLine(spec, positional)) out.addAll(root.subcommands().keySet());
            for (PositionalParamSpec p : spec.positionalParameters()) {
                if (p.index().contains(positional)) out.addAll(valuesFor(p));
            }
        }
        return out.stream().filter(v -> v.startsWith(current)).distinct().sorted().toList();
    }

    /** After {@code must-fail [--match T]} or {@code expect-output TEXT}, the rest of the line is a line of its own. */
    private static boolean startsInnerLine(CommandSpec spec, int positionalsSeen) {
        return "must-fail".equals(spec.name()) && positionalsSeen == 0
                || "expect-output".equals(spec.name()) && positionalsSeen == 1;
    }

    private List<String> valuesFor(ArgSpec arg) {
        List<String> values = new ArrayList<>();
        if (arg.completionCandidates() instanceof NodeIdCandidates) values.addAll(nodeIds.get());
        else if (arg.completionCandidates() != null) arg.completionCandidates().forEach(values::add);
        return values;
    }
}
