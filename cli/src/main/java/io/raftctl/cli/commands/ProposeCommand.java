package io.raftctl.cli.commands;

import io.raftctl.cli.sim.SimProposals;
import io.raftctl.raft.ClientResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "propose", description = {
        "Simulator only (raftctl run --sim): submit a state-machine command at NODE without waiting for its answer"
                + " (as etcd-io/raft's interaction tests propose).",
        "With manual delivery ('net hold' on every node) the messages the write needs stay in flight for 'deliver';"
                + " 'command' would wait for an answer that cannot come. An answer NODE gives at once (not leader) is"
                + " printed; a later one counts as acknowledged for the simulator's safety checks."})
public final class ProposeCommand extends BaseCommand implements SimulatorOnly {

    /**
     * The command proposed and the simulator's number for it; {@code status} and {@code error} are null unless NODE
     * answered at once ({@code answered}), and {@code error} is null for a success too.
     */
    record Proposal(boolean ok, String action, String node, String command, long request, boolean answered, String status,
                    String error) {
    }

    @Mixin
    NodeParameter node;

    @Parameters(index = "1..*", paramLabel = "TEXT", arity = "1..*", description = "The command, e.g. add 1.")
    List<String> text;

    @Override
    protected void execute() {
        String command = String.join(" ", text);
        SimProposals.Proposed p = SimProposals.propose(ctx().simulation().orElseThrow(), node.id, command);
        ClientResult answer = p.answer();
        String said = "proposed '" + command + "' at " + node.id;
        if (answer != null) said += ": " + (answer.ok() ? answer.value() + " (index " + answer.index() + ")" : errorOf(answer));
        out().result(said, new Proposal(true, "propose", node.id, command, p.request(), answer != null,
                answer == null ? null : answer.status().name(), answer == null || answer.ok() ? null : errorOf(answer)));
    }

    private static String errorOf(ClientResult r) {
        if (r.error() != null && !r.error().isBlank()) return r.error();
        if (r.status() == ClientResult.Status.NOT_LEADER) return "not leader; leader is " + (r.leaderHint() == null ? "unknown" : r.leaderHint());
        return r.status().name();
    }
}
