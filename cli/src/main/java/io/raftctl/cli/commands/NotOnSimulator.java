package io.raftctl.cli.commands;

/**
 * A command that a script on the simulator ({@code raftctl run --sim}) cannot run: it needs real processes,
 * sockets or a terminal. Such a line fails with exit 2 and one sentence saying why.
 */
interface NotOnSimulator {

    /** Why, completing "'bench' does not run on the simulator (raftctl run --sim): ...". */
    default String whyNotOnSimulator() {
        return "it needs real daemons; run the script without --sim";
    }
}
