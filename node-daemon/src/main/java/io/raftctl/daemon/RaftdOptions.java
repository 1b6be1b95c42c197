package io.raftctl.daemon;

import java.nio.file.Path;
import java.util.List;

/**
 * raftd's command line: {@code raftd --config FILE --node ID [--timers on|off] [--pre-vote on|off]
 * [--check-quorum on|off] [--repair]}. The on/off options override the cluster file for this node.
 */
record RaftdOptions(Path config, String node, Boolean timers, Boolean preVote, Boolean checkQuorum, boolean repair,
                    boolean help, boolean version) {

    static final String USAGE = """
            Usage: raftd --config FILE --node ID [--timers on|off] [--pre-vote on|off]
                         [--check-quorum on|off] [--repair]

            Runs one Raft node of the cluster described by FILE (YAML).
              --config FILE          the cluster file
              --node ID              which node of the cluster file this process is
              --timers on|off        start with timer-driven actions on or off (default: the file's raft.timers)
              --pre-vote on|off      override raft.pre_vote
              --check-quorum on|off  override raft.check_quorum
              --repair               truncate the log at the first corrupt record instead of refusing to start
              -h, --help             show this help
              -V, --version          print the version
            """;

    /** @throws IllegalArgumentException with a one-sentence message for a bad command line */
    static RaftdOptions parse(List<String> args) {
        Path config = null;
        String node = null;
        Boolean timers = null;
        Boolean preVote = null;
        Boolean checkQuorum = null;
        boolean repair = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-h", "--help" -> {
                    return new RaftdOptions(null, null, null, null, null, false, true, false);
                }
                case "-V", "--version" -> {
                    return new RaftdOptions(null, null, null, null, null, false, false, true);
                }
                case "--config" -> config = Path.of(value(args, ++i, a));
                case "--node" -> node = value(args, ++i, a);
                case "--timers" -> timers = onOff(value(args, ++i, a), a);
                case "--pre-vote" -> preVote = onOff(value(args, ++i, a), a);
                case "--check-quorum" -> checkQuorum = onOff(value(args, ++i, a), a);
                case "--repair" -> repair = true;
                default -> throw new IllegalArgumentException("unknown option '" + a + "' (see raftd --help)");
            }
        }
        if (config == null) throw new IllegalArgumentException("missing --config FILE (see raftd --help)");
        if (node == null) throw new IllegalArgumentException("missing --node ID (see raftd --help)");
        return new RaftdOptions(config, node, timers, preVote, checkQuorum, repair, false, false);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) throw new IllegalArgumentException("option " + option + " needs a value");
        return args.get(i);
    }

    private static boolean onOff(String v, String option) {
        return switch (v) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw new IllegalArgumentException("option " + option + " takes on or off, not '" + v + "'");
        };
    }
}
