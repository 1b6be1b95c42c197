package io.raftctl.daemon;

import io.raftctl.config.ClusterConfig;
import io.raftctl.config.ClusterConfigLoader;
import io.raftctl.config.ConfigException;
import io.raftctl.raft.RaftSettings;

import java.util.List;

/** Entry point of raftd. Exit codes: 0 stopped normally, 1 could not start or crashed, 2 bad usage or config. */
public final class RaftdMain {

    private RaftdMain() {
    }

    public static void main(String[] args) {
        RaftdOptions options;
        try {
            options = RaftdOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("raftd: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(RaftdOptions.USAGE);
            return;
        }
        if (options.version()) {
            System.out.println("raftd " + version());
            return;
        }
        ClusterConfig config;
        try {
            config = ClusterConfigLoader.load(options.config());
        } catch (ConfigException e) {
            System.err.println("raftd: " + e.getMessage());
            System.exit(2);
            return;
        }
        RaftSettings settings = config.raftSettings();
        if (options.timers() != null) settings = settings.withTimers(options.timers());
        if (options.preVote() != null) settings = settings.withPreVote(options.preVote());
        if (options.checkQuorum() != null) settings = settings.withCheckQuorum(options.checkQuorum());

        NodeDaemon daemon;
        try {
            daemon = NodeDaemon.start(config, options.node(), settings, options.repair());
        } catch (NodeDaemon.StartupException e) {
            System.err.println("raftd: " + e.getMessage());
            System.exit(e.getMessage().startsWith("unknown node") ? 2 : 1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(daemon::close, "raftd-shutdown"));
        try {
            daemon.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String version() {
        String v = RaftdMain.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
