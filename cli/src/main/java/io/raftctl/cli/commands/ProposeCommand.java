package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import io.raftctl.cli.sim.SimProposals;
import io.raftctl.raft.ClientResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "propose", description = {
        "Simulator only (raftctl run --sim): submit a state-machine command at NODE without waiting for its answer"
                + " (as etcd-io/raft's interaction tests propose).",
        "With manual delivery ('net hold' on every node) the messages the write needs stay in flight for 'deliver';"
                + " 'command' would wait for an answer that cannot come. An answer NODE gives at once (not leader) is"
                + " printed; a later one counts as acknowledged for the simulator's safety checks."})
public final class ProposeCommand extends BaseCommand implements SimulatorOnly {

    @Parameters(index = "0", paramLabel = "NODE", completionCandidates = NodeIdCandidates.class)
    String node;

    @Parameters(index = "1..*", paramLabel = "TEXT", arity = "1..*", description = "The command, e.g. add 1.")
    List<String> text;

    @Override
    protected void execute() {
        String command = String.join(" ", text);
        SimProposals.Proposed p = SimProposals.propose(ctx().simulation().orElseThrow(), node, command);
        ClientResult answer = p.answer();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", true);
        doc.put("action", "propose");
        doc.put("node", node);
        doc.put("command", command);
        doc.put("request", p.request());
        doc.put("answered", answer != null);
        doc.put("status", answer == null ? null : answer.status().name());
        doc.put("error", answer == null || answer.ok() ? null : errorOf(answer));
        String said = "proposed '" + command + "' at " + node;
        if (answer != null) said += ": " + (answer.ok() ? answer.value() + " (index " + answer.index() + ")" : errorOf(answer));
        out().result(said, doc);
    }

    private static String errorOf(ClientResult r) {
        if (r.error() != null && !r.error().isBlank()) return r.error();
        if (r.status() == ClientResult.Status.NOT_LEADER) return "not leader; leader is " + (r.leaderHint() == null ? "unknown" : r.leaderHint());
        return r.status().name();
    }
}
