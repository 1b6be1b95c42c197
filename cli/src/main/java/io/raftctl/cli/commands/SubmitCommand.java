package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.NodeUnreachableException;
import io.raftctl.cli.client.ClientPortClient;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.statemachine.KvStateMachine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.List;

/** {@code command}: named SubmitCommand because picocli's own CommandLine would clash with "CommandCommand". */
@Command(name = "command", description = {
        "Submit a state-machine command and wait for its result; prints the result and its log index.",
        "counter: add N, sub N, get.  kv: set KEY VALUE, get KEY, del KEY."})
public final class SubmitCommand extends BaseCommand {

    @Option(names = "--node", paramLabel = "NODE", completionCandidates = NodeIdCandidates.class,
            description = "Send it to NODE (default: the leader; with several, the one with the highest term).")
    String node;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Args.DurationConverter.class,
            description = "How long to wait for the result (default: 5s).")
    Duration timeout = Duration.ofSeconds(5);

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The command, e.g. add 1.")
    List<String> text;

    @Override
    protected void execute() {
        ClusterNode target = node != null ? cluster().node(node) : clients().leader();
        String command = String.join(" ", text);
        AdminDtos.CommandResponse response;
        try {
            // The node's client port when it has one (the fast path), else the admin socket.
            response = target.client() != null
                    ? new ClientPortClient(target, cluster().tokenFile(target.id())).command(command, timeout)
                    : clients().node(target.id()).command(command, timeout);
        } catch (NodeUnreachableException e) {
            // The node took the command but never answered: it may or may not take effect.
            if (e.reason().startsWith("no answer")) throw CliException.failed("timed out; outcome unknown");
            throw e;
        }
        out().document(response);
        if (!response.ok()) throw CliException.failed(errorOf(response));
        // No value (a kv get of a missing key) reads as redis-cli shows it; JSON has null, unlike a stored "(nil)".
        out().line((response.value() == null ? KvStateMachine.NIL : response.value()) + " (index " + response.index() + ")");
    }

    static String errorOf(AdminDtos.CommandResponse r) {
        if (r.error() != null && !r.error().isBlank()) return r.error();
        String status = r.status() == null ? "" : r.status();
        return switch (status) {
            case "NOT_LEADER" -> "not leader; leader is " + (r.leader() == null ? "unknown" : r.leader());
            case "TIMEOUT", "OUTCOME_UNKNOWN" -> "timed out; outcome unknown";
            case "INVALID" -> "invalid command";
            default -> "command failed (" + status + ")";
        };
    }
}
