package io.raftctl.cli.process;

import io.raftctl.cli.CliException;
import io.raftctl.cli.Session;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.output.Style;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Waits until freshly started daemons answer {@code GET /v1/status}. A daemon that exits meanwhile fails the
 * wait at once, with the last lines of its output and log.
 */
public final class Readiness {

    private static final Duration POLL = Duration.ofMillis(100);

    private Readiness() {
    }

    /** @throws CliException exit 1 if a daemon exits or does not answer within {@code timeout} */
    public static void await(Map<String, Process> started, ClusterClient clients, DaemonManager daemons,
                             Output out, Session session, Duration timeout) throws InterruptedException {
        Map<String, Process> pending = new LinkedHashMap<>(started);
        long deadline = System.nanoTime() + timeout.toNanos();
        // A redrawn progress line on a terminal; plain lines otherwise (logs, CI); nothing in JSON mode.
        boolean progress = session.terminal() && !out.json();
        int total = started.size();
        Map<String, String> lastError = new LinkedHashMap<>();
        while (!pending.isEmpty()) {
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                String id = e.getKey();
                Process process = e.getValue();
                try {
                    clients.node(id).status();
                    it.remove();
                    if (!progress) {
                        out.line(id + " is up (pid " + process.pid() + ", admin " + clients.cluster().node(id).admin() + ")");
                    }
                    continue;
                } catch (CliException notYet) {
                    lastError.put(id, notYet.getMessage());
                }
                if (!process.isAlive()) {
                    clearProgress(session, progress);
                    throw CliException.failed("raftd " + id + " exited with code " + process.exitValue()
                            + " while starting\n" + daemons.tail(id, 15).stripTrailing());
                }
            }
            if (progress) {
                session.out().print("\rwaiting for raftd to answer: " + (total - pending.size()) + "/" + total + " ready "
                        + Style.DIM.apply(String.join(" ", pending.keySet()), session.color()) + "   ");
                session.out().flush();
            }
            if (pending.isEmpty()) break;
            if (System.nanoTime() > deadline) {
                clearProgress(session, progress);
                List<String> ids = new ArrayList<>(pending.keySet());
                String first = ids.get(0);
                throw CliException.failed(String.join(", ", ids) + " did not answer on the admin socket within "
                        + timeout.toSeconds() + "s (" + lastError.getOrDefault(first, "no answer") + ")\n"
                        + daemons.tail(first, 15).stripTrailing());
            }
            Thread.sleep(POLL.toMillis());
        }
        clearProgress(session, progress);
        if (progress) {
            for (var e : started.entrySet()) {
                out.line(e.getKey() + " is up (pid " + e.getValue().pid() + ", admin " + clients.cluster().node(e.getKey()).admin() + ")");
            }
        }
    }

    private static void clearProgress(Session session, boolean progress) {
        if (progress) {
            session.out().print("\r\u001b[2K");
            session.out().flush();
        }
    }
}
