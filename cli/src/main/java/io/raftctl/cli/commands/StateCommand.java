package io.raftctl.cli.commands;

import io.raftctl.admin.AdminDtos;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.TreeMap;

@Command(name = "state", description = "The state machine's contents at NODE (counter: its total; kv: its map).")
public final class StateCommand extends BaseCommand {

    @Mixin
    NodeParameter node;

    @Override
    protected void execute() {
        AdminDtos.State state = clients().node(node.id).state();
        if (out().json()) {
            out().document(state);
            return;
        }
        if ("kv".equals(state.kind())) {
            if (state.entries() == null || state.entries().isEmpty()) out().line("(empty)");
            else new TreeMap<>(state.entries()).forEach((k, v) -> out().line(k + " = " + v));
        } else {
            out().line("total: " + state.total());
        }
    }
}
