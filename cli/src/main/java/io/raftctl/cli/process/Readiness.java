package io.raftctl.cli.process;

import io.raftctl.cli.CliException;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.output.Progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until freshly started daemons answer {@code GET /v1/status}. A daemon that exits meanwhile fails the
 * wait at once, with the last lines of its output and log. Progress: a live line on a terminal, one line per
 * node that is up otherwise.
 */
public final class Readiness {

    private static final Duration POLL = Duration.ofMillis(100);

    private Readiness() {
    }

    /** Ctrl-C while waiting: the daemons keep running (they are detached); say which answered and what to do. */
    private static CliException interrupted(Map<String, Process> started, Map<String, Process> pending) {
        List<String> up = new ArrayList<>();
        List<String> starting = new ArrayList<>();
        started.forEach((id, p) -> {
            String entry = id + " (pid " + p.pid() + ")";
            if (!p.isAlive()) return;
            if (pending.containsKey(id)) starting.add(entry);
            else up.add(entry);
        });
        StringBuilder b = new StringBuilder("interrupted while waiting for the daemons to answer; ");
        if (!up.isEmpty()) b.append("up: ").append(String.join(", ", up)).append("; ");
        if (!starting.isEmpty()) b.append("still starting: ").append(String.join(", ", starting)).append("; ");
        b.append("they keep running: 'raftctl status' shows them, 'raftctl down' stops them");
        return new CliException(ExitCodes.INTERRUPTED, b.toString());
    }

    /** @throws CliException exit 1 if a daemon exits or does not answer within {@code timeout} */
    public static void await(Map<String, Process> started, ClusterClient clients, DaemonManager daemons,
                             Output out, Duration timeout) throws InterruptedException {
        Map<String, Process> pending = new LinkedHashMap<>(started);
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> lastError = new LinkedHashMap<>();
        try (Progress progress = out.progress("starting raftd", started.size())) {
            while (!pending.isEmpty()) {
                progress.detail("waiting for " + String.join(" ", pending.keySet()));
                for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                    var e = it.next();
                    String id = e.getKey();
                    Process process = e.getValue();
                    try {
                        clients.node(id).status();
                        it.remove();
                        progress.step(id + " is up (pid " + process.pid() + ", admin " + clients.cluster().node(id).admin() + ")");
                        continue;
                    } catch (CliException notYet) {
                        lastError.put(id, notYet.getMessage());
                    }
                    if (!process.isAlive()) {
                        throw CliException.failed("raftd " + id + " exited with code " + process.exitValue()
                                + " while starting\n" + daemons.tail(id, 15).stripTrailing());
                    }
                }
                if (pending.isEmpty()) break;
                if (System.nanoTime() > deadline) {
                    List<String> ids = new ArrayList<>(pending.keySet());
                    String first = ids.get(0);
                    throw CliException.failed(String.join(", ", ids) + " did not answer on the admin socket within "
                            + timeout.toSeconds() + "s (" + lastError.getOrDefault(first, "no answer") + ")\n"
                            + daemons.tail(first, 15).stripTrailing());
                }
                LockSupport.parkNanos(POLL.toNanos());
                if (Thread.interrupted()) throw interrupted(started, pending);
            }
        }
    }
}
