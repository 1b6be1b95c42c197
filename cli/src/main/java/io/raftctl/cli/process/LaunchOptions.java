package io.raftctl.cli.process;

/**
 * Per-start settings passed on raftd's command line; null leaves the cluster file's setting.
 */
public record LaunchOptions(Boolean timers, Boolean preVote, Boolean checkQuorum) {

    public static final LaunchOptions DEFAULTS = new LaunchOptions(null, null, null);
}
