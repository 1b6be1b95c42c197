package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.CommandContext;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.Session;
import io.raftctl.cli.shell.InteractiveShell;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code raftctl}: the global options, and the shell when no command is given. */
@Command(name = "raftctl",
        // The root has no method commands: picocli need not list and inspect its methods at every start.
        addMethodSubcommands = false,
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
                "Run, operate and fault-test a Raft cluster by hand and by script.",
                "With no command, opens the interactive shell."})
public final class RootCommand implements Callable<Integer> {

    /**
     * raftctl's commands, in the order help lists them, each under the name its {@code @Command} gives it
     * (CommandWordTest checks), so that a line finds its command without reading every command's annotations.
     * They are added by {@link #addCommands} rather than listed in {@code @Command(subcommands = ...)}, so that
     * a one-shot line can build its own command alone. One command per line, so that adding a command is a
     * one-line change that merges cleanly.
     */
    private static final Named[] COMMANDS = {
            new Named("up", UpCommand.class),
            new Named("down", DownCommand.class),
            new Named("status", StatusCommand.class),
            new Named("watch", WatchCommand.class),
            new Named("elect", ElectCommand.class),
            new Named("heartbeat", HeartbeatCommand.class),
            new Named("command", SubmitCommand.class),
            new Named("log", LogCommand.class),
            new Named("state", StateCommand.class),
            new Named("bench", BenchCommand.class),
            new Named("timers", TimersCommand.class),
            new Named("trigger", TriggerCommand.class),
            new Named("crash", CrashCommand.class),
            new Named("restart", RestartCommand.class),
            new Named("net", NetCommand.class),
            new Named("trace", TraceCommand.class),
            new Named("expect", ExpectCommand.class),
            new Named("wait", WaitCommand.class),
            new Named("must-fail", MustFailCommand.class),
            new Named("expect-output", ExpectOutputCommand.class),
            new Named("sleep", SleepCommand.class),
            new Named("echo", EchoCommand.class),
            new Named("deliver", DeliverCommand.class),
            new Named("drop", DropCommand.class),
            new Named("duplicate", DuplicateCommand.class),
            new Named("propose", ProposeCommand.class),
            new Named("stabilize", StabilizeCommand.class),
            new Named("disk", DiskCommand.class),
            new Named("tick", TickCommand.class),
            new Named("run", RunCommand.class),
            new Named("sim", SimCommand.class),
            new Named("shell", ShellCommand.class),
            new Named("demo", DemoCommand.class),
            new Named("completion", CompletionCommand.class),
            new Named("man", ManCommand.class),
            new Named("chaos", ChaosCommand.class),
            new Named("help", HelpCommand.class),
    };

    /** A command class and the name it is typed by. */
    private record Named(String name, Class<?> command) {
    }

    @Mixin
    GlobalOptions options;

    private final Session session;
    private CommandContext context;

    /** Every command, in the order help lists them. */
    public static List<Class<?>> commands() {
        List<Class<?>> all = new ArrayList<>();
        for (Named named : COMMANDS) all.add(named.command());
        return all;
    }

    /** Every command by the name it is typed by. */
    static Map<String, Class<?>> byName() {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Named named : COMMANDS) byName.put(named.name(), named.command());
        return byName;
    }

    /**
     * The commands a line's model needs: the one it names, unless that command reads the others (help,
     * completion, man); none for {@code --version}; else all of them. A one-shot {@code status} builds one
     * command instead of about forty.
     */
    public static List<Class<?>> commandsFor(List<String> args) {
        if (CommandWord.versionOnly(args)) return List.of();
        Map<String, Class<?>> byName = byName();
        Class<?> named = CommandWord.of(args, byName::containsKey).map(byName::get).orElse(null);
        if (named == null || ReadsWholeModel.class.isAssignableFrom(named)) return commands();
        return List.of(named);
    }

    /** Adds {@code commands} to the model of the root command, whose own options are already there. */
    public static void addCommands(CommandLine root, List<Class<?>> commands) {
        for (Class<?> command : commands) {
            CommandLine line = new CommandLine(command, root.getFactory());
            if (line.getCommand() instanceof GroupCommand group) group.addVerbs(line);
            root.addSubcommand(line);
        }
    }

    public RootCommand(Session session) {
        this.session = session;
    }

    public CommandContext context() {
        if (context == null) context = new CommandContext(session, options.config, options.output, options.verbose);
        return context;
    }

    public boolean verbose() {
        return options.verbose;
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
