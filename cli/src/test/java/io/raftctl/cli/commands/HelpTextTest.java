package io.raftctl.cli.commands;

import io.raftctl.cli.ErrorReporter;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help texts are whole paragraphs that picocli wraps to the usage width. picocli prints each element of a
 * {@code description} array on a line of its own and wraps it by itself, so an element that is a piece of a
 * hand-wrapped sentence shows as a ragged line that stops mid-sentence.
 */
class HelpTextTest {

    private static final int WIDTH = 80;
    /** The end of a sentence or of a line that introduces what follows: . ! ? or :, maybe inside ) ' " or ]. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:][)'\"\\]]*");

    @Test
    void noLineOfADescriptionStopsMidSentenceAtWidth80() {
        List<String> fragments = new ArrayList<>();
        for (CommandLine cmd : commands(WIDTH)) fragments.addAll(fragmentsInUsage(cmd));
        assertThat(fragments).as("description lines that stop mid-sentence at width " + WIDTH
                + " (write each paragraph as one array element, joined with +)").isEmpty();
    }

    /** Paths and file names in help texts: {@code ./raftctl.yaml}, {@code .raftctl/demo}, {@code examples/x.raftctl}. */
    private static final Pattern PATH = Pattern.compile("[\\w$.~-]*[./][\\w$.~-]*/[\\w$./-]*|[\\w-]+\\.(?:yaml|raftctl|svg|html)");

    @Test
    void noPathIsSplitAcrossLinesAtAnyWidth() {
        List<String> split = new ArrayList<>();
        List<CommandLine> all = commands(WIDTH);
        for (int width = 60; width <= 120; width += 3) {
            all.get(0).setUsageHelpWidth(width);
            for (CommandLine cmd : all) {
                String usage = cmd.getUsageMessage(Help.Ansi.OFF);
                List<String> texts = new ArrayList<>(Arrays.asList(cmd.getCommandSpec().usageMessage().description()));
                cmd.getCommandSpec().args().forEach(a -> texts.addAll(Arrays.asList(a.description())));
                for (String text : texts) {
                    var m = PATH.matcher(text);
                    while (m.find()) {
                        String path = m.group().replaceAll("[.]+$", "");
                        if (path.length() < 3 || usage.contains(path)) continue;
                        split.add(cmd.getCommandSpec().qualifiedName() + " at width " + width + ": " + path);
                    }
                }
            }
        }
        assertThat(split).as("paths that the usage text wraps in the middle").isEmpty();
    }

    @Test
    void everyDescriptionElementIsAWholeParagraphOrAListItem() {
        List<String> fragments = new ArrayList<>();
        for (CommandLine cmd : commands(WIDTH)) {
            CommandSpec spec = cmd.getCommandSpec();
            check(spec.qualifiedName(), spec.usageMessage().description(), fragments);
            for (ArgSpec arg : spec.args()) {
                if (arg.inherited()) continue;
                String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
                check(spec.qualifiedName() + " " + name, arg.description(), fragments);
            }
        }
        assertThat(fragments).as("description elements that end mid-sentence, followed by more of the sentence").isEmpty();
    }

    @Test
    void everyCommandsSummaryIsAWholeSentence() {
        // The first element stands alone in the parent's list of commands and on the man page's Name line.
        List<String> cut = new ArrayList<>();
        for (CommandLine cmd : commands(WIDTH)) {
            String[] description = lines(cmd.getCommandSpec().usageMessage().description());
            if (description.length == 0 || !SENTENCE_END.matcher(description[0].stripTrailing()).matches()) {
                cut.add(cmd.getCommandSpec().qualifiedName() + ": " + (description.length == 0 ? "(none)" : description[0]));
            }
        }
        assertThat(cut).as("commands whose first description line is not a whole sentence").isEmpty();
    }

    @CommandLine.Command(name = "wrapped", description = {
            "Start the daemons of the cluster file that are not running, in the background, and wait until every",
            "admin socket answers. Idempotent: running nodes are left alone.",
            "Exit 3 if a node is unreachable.",
            "  a list item",
            "  another one"})
    static final class HandWrapped {
    }

    @Test
    void theChecksCatchAHandWrappedDescriptionAndNothingElse() {
        CommandLine cmd = new CommandLine(new HandWrapped());
        cmd.setUsageHelpAutoWidth(false);
        cmd.setUsageHelpWidth(WIDTH);
        assertThat(fragmentsInUsage(cmd)).containsExactly(
                "wrapped: \"and wait until every\" / \"admin socket answers. Idempotent: running nodes are left alone.\"");
        List<String> fragments = new ArrayList<>();
        check("wrapped", cmd.getCommandSpec().usageMessage().description(), fragments);
        assertThat(fragments).hasSize(1).allMatch(f -> f.endsWith("/ \"admin socket answers. Idempotent: running nodes are left alone.\""));
    }

    /**
     * The lines of the description section of {@code cmd}'s usage, at its usage width, that stop mid-sentence
     * although the next line's first word would have fit: picocli breaks a paragraph only where the next word
     * does not fit, so such a line is the end of an array element that cuts a sentence.
     */
    private static List<String> fragmentsInUsage(CommandLine cmd) {
        int width = cmd.getUsageHelpWidth();
        Help help = new Help(cmd.getCommandSpec(), Help.defaultColorScheme(Help.Ansi.OFF));
        String[] lines = help.description().split("\\R");
        List<String> fragments = new ArrayList<>();
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i].stripTrailing();
            String next = lines[i + 1];
            // Blank lines, indented lines (list items) and lines that end a sentence may be followed by anything.
            if (line.isBlank() || next.isBlank() || Character.isWhitespace(next.charAt(0))) continue;
            if (SENTENCE_END.matcher(line).matches()) continue;
            String nextWord = next.split("\\s+", 2)[0];
            if (line.length() + 1 + nextWord.length() < width) {
                fragments.add(cmd.getCommandSpec().qualifiedName() + ": \"" + line + "\" / \"" + next + "\"");
            }
        }
        return fragments;
    }

    private static void check(String where, String[] description, List<String> fragments) {
        String[] lines = lines(description);
        for (int i = 0; i + 1 < lines.length; i++) {
            String next = lines[i + 1];
            boolean listItem = !next.isEmpty() && Character.isWhitespace(next.charAt(0));
            if (!listItem && !SENTENCE_END.matcher(lines[i].stripTrailing()).matches()) {
                fragments.add(where + ": \"" + lines[i] + "\" / \"" + next + "\"");
            }
        }
    }

    /** The lines of a description as written: its elements, each cut at its %n. */
    private static String[] lines(String[] description) {
        return Arrays.stream(description).flatMap(d -> Arrays.stream(d.split("%n", -1))).toArray(String[]::new);
    }

    /** Every command of raftctl, once each, with the usage width fixed at {@code width}. */
    static List<CommandLine> commands(int width) {
        Session session = Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
        CommandLine root = Raftctl.commandLine(session, new ErrorReporter(session));
        root.setUsageHelpAutoWidth(false);
        root.setUsageHelpWidth(width);
        List<CommandLine> all = new ArrayList<>();
        collect(root, all, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return all;
    }

    private static void collect(CommandLine cmd, List<CommandLine> all, Set<CommandSpec> seen) {
        if (!seen.add(cmd.getCommandSpec())) return;
        all.add(cmd);
        for (CommandLine sub : cmd.getSubcommands().values()) collect(sub, all, seen);
    }
}
