package io.raftctl.cli.commands;

import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.cluster.ClusterNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "trace", description = "The nodes' merged trace, in the notation of the seed document (docs/trace-notation.md).")
public final class TraceCommand extends GroupCommand {

    /** {@code clock}: the trace clock the section starts at on every node. */
    record SectionAck(boolean ok, String action, List<String> nodes, long clock, String title) {
    }

    @Override
    List<Object> verbs() {
        // show, with its options and renderers, is a command class of its own.
        return List.of("section", TraceShowCommand.class, "clear");
    }

    @Command(name = "section", description = "Start a new titled section in every node's trace.")
    void section(@Parameters(index = "0..*", paramLabel = "TITLE", arity = "1..*") List<String> title) throws Exception {
        run(() -> {
            String text = String.join(" ", title).strip();
            if (text.isEmpty()) throw CliException.usage("a trace section needs a title");
            // The section must start after everything any node recorded so far: pass the highest clock.
            List<NodeReply<AdminDtos.Status>> statuses = Targets.apply(ctx(), List.of(), NodeAdmin::status);
            long clock = statuses.stream().mapToLong(r -> r.value().traceClock()).max().orElse(0);
            List<ClusterNode> reachable = statuses.stream().map(NodeReply::node).toList();
            List<String> told = Targets.ids(Targets.apply(ctx(), reachable, false, c -> c.traceSection(text, clock)));
            out().result("section '" + text + "' started at " + String.join(", ", told),
                    new SectionAck(true, "trace section", told, clock, text));
        });
    }

    @Command(name = "clear", description = "Forget every node's recorded trace rows.")
    void clear() throws Exception {
        run(() -> {
            List<String> done = Targets.ids(Targets.apply(ctx(), List.of(), NodeAdmin::traceClear));
            Acks.many(out(), "trace clear", done, "trace cleared at " + String.join(", ", done));
        });
    }
}
