package io.raftctl.cli;

import io.raftctl.cli.backend.ClusterBackend;
import io.raftctl.cli.backend.LiveBackend;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.output.OutputFormat;
import io.raftctl.cli.sim.SimBackend;
import io.raftctl.cli.sim.SimWorld;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one command line works with: the session, the effective global options, and the backend the line runs
 * against: the cluster file's daemons, read lazily and afresh for every line (an {@code up} earlier in a script
 * may have just written it), or the session's simulated world.
 */
public final class CommandContext {

    public static final String CONFIG_ENV = "RAFTCTL_CONFIG";
    public static final Path DEFAULT_CONFIG = Path.of("raftctl.yaml");

    private final Session session;
    private final Path configOption;
    private final OutputFormat outputOption;
    private final boolean verbose;
    private ClusterBackend backend;

    public CommandContext(Session session, Path configOption, OutputFormat outputOption, boolean verbose) {
        this.session = session;
        this.configOption = configOption;
        this.outputOption = outputOption;
        this.verbose = verbose;
    }

    public Session session() {
        return session;
    }

    /** {@code -c} as given on this line, or null. */
    public Path configOption() {
        return configOption;
    }

    /** {@code -c} on this line, else the session's default, else {@code $RAFTCTL_CONFIG}, else ./raftctl.yaml. */
    public Path configPath() {
        if (configOption != null) return configOption;
        if (session.defaultConfig() != null) return session.defaultConfig();
        return session.env(CONFIG_ENV).map(Path::of).orElse(DEFAULT_CONFIG);
    }

    /** Whether someone chose the cluster file (this line's {@code -c}, an outer line's, $RAFTCTL_CONFIG). */
    public boolean configGiven() {
        return configOption != null || session.configExplicit() || session.env(CONFIG_ENV).isPresent();
    }

    public OutputFormat outputFormat() {
        return outputOption != null ? outputOption : session.defaultOutput();
    }

    public boolean verbose() {
        return verbose || session.verbose();
    }

    public Output output() {
        return new Output(session, outputFormat());
    }

    /**
     * What this line runs against: the session's simulated world, or the cluster file's daemons.
     *
     * @throws CliException exit 2 for a {@code -c} on a line run on the simulator, which has no cluster file
     */
    public ClusterBackend backend() {
        if (backend == null) {
            Optional<SimWorld> world = session.simulation();
            if (world.isPresent() && configOption != null) {
                throw CliException.usage("-c names a cluster file, and lines run on the simulator (raftctl run --sim) use"
                        + " none: leave it out");
            }
            backend = world.<ClusterBackend>map(SimBackend::new).orElseGet(() -> new LiveBackend(configPath(), raftctlCommand()));
        }
        return backend;
    }

    /** The simulated world, when this line runs on the simulator. */
    public Optional<SimWorld> simulation() {
        return session.simulation();
    }

    /** @throws CliException exit 2 if the cluster file is missing or invalid */
    public ClusterView cluster() {
        return backend().cluster();
    }

    public ClusterClient clients() {
        return backend().clients();
    }

    /** How the operator runs raftctl on this line's cluster, for hints: {@code raftctl}, or {@code raftctl -c FILE}. */
    public String raftctlCommand() {
        return configOption == null ? "raftctl" : "raftctl -c " + configOption;
    }

    /** The session for a line run on behalf of this one: it inherits this line's cluster file and output. */
    public Session nestedSession() {
        return session.withDefaults(configPath().toAbsolutePath().normalize(), configGiven(), outputFormat(), verbose());
    }
}
