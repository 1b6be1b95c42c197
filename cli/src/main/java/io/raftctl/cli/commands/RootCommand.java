package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.CommandContext;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.Session;
import io.raftctl.cli.output.OutputFormat;
import io.raftctl.cli.shell.InteractiveShell;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code raftctl}: the global options, and the shell when no command is given. */
@Command(name = "raftctl",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
                "Run, operate and fault-test a Raft cluster by hand and by script.",
                "With no command, opens the interactive shell."})
public final class RootCommand implements Callable<Integer> {

    /**
     * raftctl's commands, in the order help lists them. They are added by {@link #addCommands} rather than
     * listed in {@code @Command(subcommands = ...)}, so that a one-shot line can build its own command alone.
     * One command per line, so that adding a command is a one-line change that merges cleanly.
     */
    private static final Class<?>[] COMMANDS = {
            UpCommand.class,
            DownCommand.class,
            StatusCommand.class,
            WatchCommand.class,
            ElectCommand.class,
            HeartbeatCommand.class,
            SubmitCommand.class,
            LogCommand.class,
            StateCommand.class,
            BenchCommand.class,
            TimersCommand.class,
            TriggerCommand.class,
            CrashCommand.class,
            RestartCommand.class,
            NetCommand.class,
            TraceCommand.class,
            ExpectCommand.class,
            WaitCommand.class,
            MustFailCommand.class,
            ExpectOutputCommand.class,
            SleepCommand.class,
            EchoCommand.class,
            RunCommand.class,
            ShellCommand.class,
            DemoCommand.class,
            CompletionCommand.class,
            ManCommand.class,
            ChaosCommand.class,
            HelpCommand.class,
    };

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Cluster file (YAML). Default: $RAFTCTL_CONFIG, else ./raftctl.yaml.")
    Path config;

    @Option(names = {"-o", "--output"}, paramLabel = "text|json", scope = ScopeType.INHERIT,
            converter = Args.OutputConverter.class, completionCandidates = Args.OutputCandidates.class,
            description = "Output format: text or json (one JSON document per command).")
    OutputFormat output;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean verbose;

    private final Session session;
    private CommandContext context;

    /** Every command, in the order help lists them. */
    public static List<Class<?>> commands() {
        return List.of(COMMANDS);
    }

    /**
     * The commands a line's model needs: the one it names, unless that command reads the others (help,
     * completion, man); else all of them. A one-shot {@code status} builds one command instead of about forty.
     */
    public static List<Class<?>> commandsFor(List<String> args) {
        Map<String, Class<?>> byName = byName();
        Class<?> named = CommandWord.of(args, byName::containsKey).map(byName::get).orElse(null);
        if (named == null || ReadsWholeModel.class.isAssignableFrom(named)) return commands();
        return List.of(named);
    }

    /** Each command by its name and by each of its aliases (read from its annotation: no model is built). */
    private static Map<String, Class<?>> byName() {
        Map<String, Class<?>> byName = new HashMap<>();
        for (Class<?> command : COMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            byName.put(annotation.name(), command);
            for (String alias : annotation.aliases()) byName.put(alias, command);
        }
        return byName;
    }

    /** Adds {@code commands} to the model of the root command, whose own options are already there. */
    public static void addCommands(CommandLine root, List<Class<?>> commands) {
        for (Class<?> command : commands) root.addSubcommand(command);
    }

    public RootCommand(Session session) {
        this.session = session;
    }

    public CommandContext context() {
        if (context == null) context = new CommandContext(session, config, output, verbose);
        return context;
    }

    public boolean verbose() {
        return verbose;
    }

    @Override
    public Integer call() {
        if (!session.topLevel()) throw CliException.usage("missing command (see 'help')");
        InteractiveShell.open(context());
        return ExitCodes.OK;
    }

    /**
     * Parser settings of single commands. Lines that wrap another line, and free text, take the rest of
     * the line as typed: {@code must-fail command add 1 --node n2} passes {@code --node} to {@code command}.
     */
    public static void configureParsers(CommandLine root) {
        // Set here rather than in @Command, whose scope would repeat it in every subcommand's help.
        root.getCommandSpec().usageMessage().footerHeading("%nExit codes:%n").footer(
                "  0  success",
                "  1  the operation ran and failed: a command error, an expect/wait that",
                "     did not hold, must-fail's line succeeded, a script line failed",
                "  2  usage or configuration error: unknown command, bad argument,",
                "     invalid YAML, unknown node id",
                "  3  a node that had to answer could not be reached");
        // A one-shot line's model has its own command only: set what is there.
        Map<String, CommandLine> commands = root.getSubcommands();
        for (String name : new String[]{"expect", "wait"}) {
            // "expect n1 state -3": a negative value is a value, not an unknown option.
            ifPresent(commands, name, c -> c.setUnmatchedOptionsArePositionalParams(true));
        }
        for (String name : new String[]{"must-fail", "expect-output"}) {
            ifPresent(commands, name, c -> c.setStopAtPositional(true));
        }
        ifPresent(commands, "echo", echo -> {
            echo.setStopAtPositional(true);
            echo.setUnmatchedOptionsArePositionalParams(true);
        });
        // "command sub -1": a negative number is command text, not an unknown option.
        ifPresent(commands, "command", c -> c.setUnmatchedOptionsArePositionalParams(true));
        ifPresent(commands, "trace",
                trace -> trace.getSubcommands().get("section").setUnmatchedOptionsArePositionalParams(true));
    }

    private static void ifPresent(Map<String, CommandLine> commands, String name, Consumer<CommandLine> action) {
        CommandLine command = commands.get(name);
        if (command != null) action.accept(command);
    }
}
