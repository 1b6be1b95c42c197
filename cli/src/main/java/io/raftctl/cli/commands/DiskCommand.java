package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.sim.SimWorld;
import io.raftctl.sim.SimDisk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.Arrays;
import java.util.Iterator;

@Command(name = "disk", description = {
        "Simulator only (raftctl run --sim): a fault on NODE's simulated disk. crash-at-fsync: the node's next fsync"
                + " does not happen, its machine loses power instead (the seed decides what of the unsynced writes"
                + " survives: nothing, everything, all but a torn last write, or page by page); fsync-eio: its next"
                + " fsync fails with an I/O error, after which the pages may be reported clean; full: its next write"
                + " fails with 'No space left on device'; bit-flip, bad-sector: old, synced data is damaged, which the"
                + " node finds when it next starts; heal: disarms a fault still waiting.",
        "A node whose storage refuses to open stays down. Faults are drawn by 'raftctl sim' too."})
public final class DiskCommand extends BaseCommand implements SimulatorOnly {

    /** {@code injected}: false if the disk held no synced data to damage. */
    record DiskAck(boolean ok, String action, String node, String fault, boolean injected) {
    }

    @Mixin
    NodeParameter node;

    @Parameters(index = "1", paramLabel = "FAULT", completionCandidates = FaultCandidates.class)
    String fault;

    @Override
    protected void execute() {
        SimWorld world = ctx().simulation().orElseThrow();
        SimDisk.Fault f;
        try {
            f = SimDisk.Fault.parse(fault);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        cluster().node(node.id); // an unknown id: the one-sentence error of every command
        boolean done = world.cluster().injectDiskFault(node.id, f);
        world.checkSafety();
        String what = !done ? node.id + "'s disk holds nothing synced to damage"
                : switch (f) {
                    case CRASH_AT_FSYNC, FSYNC_EIO, DISK_FULL -> node.id + "'s disk: " + f.label() + " at the next "
                            + (f == SimDisk.Fault.DISK_FULL ? "write" : "fsync");
                    case HEAL -> node.id + "'s disk: no fault waiting";
                    default -> node.id + "'s disk: " + f.label() + " in synced data";
                };
        out().result(what, new DiskAck(true, "disk", node.id, f.label(), done));
    }

    public static final class FaultCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(SimDisk.Fault.values()).map(SimDisk.Fault::label).iterator();
        }
    }
}
