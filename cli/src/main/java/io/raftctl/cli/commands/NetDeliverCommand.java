package io.raftctl.cli.commands;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.raftctl.cli.CliException;
import io.raftctl.cli.client.NodeReply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "deliver", description = "Send up to N (default: all) queued messages of each NODE (default: every node), oldest first.")
public final class NetDeliverCommand extends BaseCommand {

    /** {@code count} only when {@code --count} was given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeliverAck(boolean ok, String action, List<String> nodes, Integer count) {
    }

    @Mixin
    NodeList nodes;

    @Option(names = "--count", paramLabel = "N", description = "At most N messages per node.")
    Integer count;

    @Override
    protected void execute() {
        if (count != null && count < 0) throw CliException.usage("--count must not be negative");
        List<? extends NodeReply<?>> replies = Targets.apply(ctx(), nodes.ids, c -> c.deliver(count));
        List<String> done = Targets.ids(replies);
        String what = count == null ? "every queued message" : "up to " + count + " queued message" + (count == 1 ? "" : "s");
        out().result("delivered " + what + " of " + String.join(", ", done), new DeliverAck(true, "net deliver", done, count));
    }
}
