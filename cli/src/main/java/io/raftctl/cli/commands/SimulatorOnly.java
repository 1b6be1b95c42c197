package io.raftctl.cli.commands;

/**
 * A line that acts on the simulator's messages or clock ({@code deliver}, {@code drop}, {@code stabilize},
 * {@code tick}): on real daemons it fails with exit 2, {@code 'deliver' works only on the simulator (raftctl run --sim)}.
 */
interface SimulatorOnly {
}
