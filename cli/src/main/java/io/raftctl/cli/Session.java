package io.raftctl.cli;

import io.raftctl.cli.output.OutputFormat;
import io.raftctl.cli.sim.SimWorld;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Where a command line runs: its output streams, the environment, and the defaults a line inherits from
 * whoever runs it (the one-shot process, the shell, a script, or a {@code must-fail} around it). Immutable:
 * a nested line gets a derived session, so options typed on one line never leak into the next.
 */
public final class Session {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final boolean terminal;
    private final Path defaultConfig;
    private final boolean configExplicit;
    private final OutputFormat defaultOutput;
    private final boolean verbose;
    private final boolean topLevel;
    private final Keyboard keyboard;
    private final IntSupplier width;
    private final SimWorld simulation;

    private Session(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, Path defaultConfig,
                    boolean configExplicit, OutputFormat defaultOutput, boolean verbose, boolean topLevel, Keyboard keyboard,
                    IntSupplier width, SimWorld simulation) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.terminal = terminal;
        this.defaultConfig = defaultConfig;
        this.configExplicit = configExplicit;
        this.defaultOutput = defaultOutput;
        this.verbose = verbose;
        this.topLevel = topLevel;
        this.keyboard = keyboard;
        this.width = width;
        this.simulation = simulation;
    }

    /** The process's own session: standard streams, real environment. */
    public static Session system() {
        boolean terminal = System.console() != null;
        return new Session(new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(),
                terminal, null, false, null, false, true, null,
                terminal ? TerminalWidth::detect : () -> 0, null);
    }

    /** A session writing to the given streams, with no terminal (tests, captured nested lines). */
    public static Session of(PrintWriter out, PrintWriter err, Map<String, String> env) {
        return new Session(out, err, env, false, null, false, null, false, false, null, () -> 0, null);
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isEmpty());
    }

    /** Standard input and output are an interactive terminal (progress lines, the demo's shell). */
    public boolean terminal() {
        return terminal;
    }

    /** ANSI colours: only on a terminal, and never when {@code NO_COLOR} is set or {@code TERM=dumb}. */
    public boolean color() {
        return terminal && env("NO_COLOR").isEmpty() && !"dumb".equals(env.get("TERM"));
    }

    /** The cluster file a line uses when it names none; null: {@code $RAFTCTL_CONFIG}, else {@code ./raftctl.yaml}. */
    public Path defaultConfig() {
        return defaultConfig;
    }

    public OutputFormat defaultOutput() {
        return defaultOutput == null ? OutputFormat.TEXT : defaultOutput;
    }

    public boolean verbose() {
        return verbose;
    }

    /** The process's own command line (not a line of the shell, a script or an inner line). */
    public boolean topLevel() {
        return topLevel;
    }

    /**
     * Whether the default cluster file was chosen by someone ({@code -c}, {@code $RAFTCTL_CONFIG}, a script's own
     * scratch cluster) rather than being {@code ./raftctl.yaml} by default. {@code run} gives a script that starts
     * its own cluster a scratch directory only when nobody chose.
     */
    public boolean configExplicit() {
        return configExplicit;
    }

    /** Lines run by this session default to these settings (the shell's or the outer line's); the file counts as chosen. */
    public Session withDefaults(Path config, OutputFormat output, boolean verbose) {
        return withDefaults(config, config != null, output, verbose);
    }

    public Session withDefaults(Path config, boolean explicit, OutputFormat output, boolean verbose) {
        return new Session(out, err, env, terminal, config, explicit, output, verbose, false, keyboard, width, simulation);
    }

    public Session withStreams(PrintWriter out, PrintWriter err) {
        return new Session(out, err, env, terminal, defaultConfig, configExplicit, defaultOutput, verbose, topLevel, keyboard, width, simulation);
    }

    public Session withTerminal(boolean terminal) {
        return new Session(out, err, env, terminal, defaultConfig, configExplicit, defaultOutput, verbose, topLevel, keyboard, width, simulation);
    }

    /** Lines of this session ask {@code width} how wide the terminal is (the shell knows: JLine tracks it). */
    public Session withWidth(IntSupplier width) {
        return new Session(out, err, env, terminal, defaultConfig, configExplicit, defaultOutput, verbose, topLevel, keyboard, width, simulation);
    }

    /** The terminal's width in columns, or 0 when unknown or not a terminal. */
    public int width() {
        return terminal ? width.getAsInt() : 0;
    }

    /** Lines of this session can wait for key presses on {@code keyboard} (the shell's terminal). */
    public Session withKeyboard(Keyboard keyboard) {
        return new Session(out, err, env, terminal, defaultConfig, configExplicit, defaultOutput, verbose, topLevel, keyboard, width, simulation);
    }

    /** The terminal's keyboard, when a shell lends it to its lines; empty otherwise. */
    public Optional<Keyboard> keyboard() {
        return Optional.ofNullable(keyboard);
    }

    /** Lines of this session run on the simulated world {@code world} ({@code run --sim}) instead of real daemons. */
    public Session withSimulation(SimWorld world) {
        return new Session(out, err, env, terminal, defaultConfig, configExplicit, defaultOutput, verbose, topLevel, keyboard,
                width, world);
    }

    /** The simulated world this session's lines run on; empty on real daemons. */
    public Optional<SimWorld> simulation() {
        return Optional.ofNullable(simulation);
    }

    /** A copy whose output and error text are captured, e.g. for {@code must-fail} and {@code expect-output}. */
    public Captured capture() {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        Session captured = new Session(new PrintWriter(outText, true), new PrintWriter(errText, true), env, false,
                defaultConfig, configExplicit, defaultOutput, verbose, false, null, () -> 0, simulation);
        return new Captured(captured, outText, errText);
    }

    /** A session whose streams write into strings. */
    public record Captured(Session session, StringWriter outText, StringWriter errText) {
        public String out() {
            session.out().flush();
            return outText.toString();
        }

        public String err() {
            session.err().flush();
            return errText.toString();
        }
    }
}
