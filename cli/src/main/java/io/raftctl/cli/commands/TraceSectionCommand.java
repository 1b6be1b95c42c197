package io.raftctl.cli.commands;

import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.cluster.ClusterNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "section", description = "Start a new titled section in every node's trace.")
public final class TraceSectionCommand extends BaseCommand {

    /** {@code clock}: the trace clock the section starts at on every node. */
    record SectionAck(boolean ok, String action, List<String> nodes, long clock, String title) {
    }

    @Parameters(paramLabel = "TITLE", arity = "1..*")
    List<String> title;

    @Override
    protected void execute() {
        String text = String.join(" ", title).strip();
        if (text.isEmpty()) throw CliException.usage("a trace section needs a title");
        // The section must start after everything any node recorded so far: pass the highest clock.
        List<NodeReply<AdminDtos.Status>> statuses = Targets.apply(ctx(), List.of(), NodeAdmin::status);
        long clock = statuses.stream().mapToLong(r -> r.value().traceClock()).max().orElse(0);
        List<ClusterNode> reachable = statuses.stream().map(NodeReply::node).toList();
        List<String> told = Targets.ids(Targets.apply(ctx(), reachable, false, c -> c.traceSection(text, clock)));
        out().result("section '" + text + "' started at " + String.join(", ", told),
                new SectionAck(true, "trace section", told, clock, text));
    }
}
