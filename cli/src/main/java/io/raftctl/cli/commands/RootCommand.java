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
import java.util.concurrent.Callable;

/** {@code raftctl}: the global options, and the shell when no command is given. */
@Command(name = "raftctl",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
                "Run, operate and fault-test a Raft cluster by hand and by script.",
                "With no command, opens the interactive shell."},
        // One command per line, so that adding a command is a one-line change that merges cleanly.
        subcommands = {
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
                ChaosCommand.class,
                HelpCommand.class,
        })
public final class RootCommand implements Callable<Integer> {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Cluster file (YAML). Default: $RAFTCTL_CONFIG, else ./raftctl.yaml.")
    Path config;

    @Option(names = {"-o", "--output"}, paramLabel = "text|json|wide", scope = ScopeType.INHERIT,
            converter = Args.OutputConverter.class, completionCandidates = Args.OutputCandidates.class,
            description = "Output format: text, json (one JSON document per command) or wide (text with every column).")
    OutputFormat output;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean verbose;

    private final Session session;
    private CommandContext context;

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
        for (String name : new String[]{"expect", "wait"}) {
            // "expect n1 state -3": a negative value is a value, not an unknown option.
            root.getSubcommands().get(name).setUnmatchedOptionsArePositionalParams(true);
        }
        for (String name : new String[]{"must-fail", "expect-output"}) {
            root.getSubcommands().get(name).setStopAtPositional(true);
        }
        CommandLine echo = root.getSubcommands().get("echo");
        echo.setStopAtPositional(true);
        echo.setUnmatchedOptionsArePositionalParams(true);
        // "command sub -1": a negative number is command text, not an unknown option.
        root.getSubcommands().get("command").setUnmatchedOptionsArePositionalParams(true);
        root.getSubcommands().get("trace").getSubcommands().get("section").setUnmatchedOptionsArePositionalParams(true);
    }
}
