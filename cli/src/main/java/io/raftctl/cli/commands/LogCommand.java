package io.raftctl.cli.commands;

import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.output.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "log", description = "Log entries of NODE: index, term, kind, command, committed, applied.")
public final class LogCommand extends BaseCommand {

    @Mixin
    NodeParameter node;

    @Option(names = "--from", paramLabel = "I", description = "First index (default: 1).")
    Long from;

    @Option(names = "--to", paramLabel = "J", description = "Last index (default: the last entry).")
    Long to;

    @Override
    protected void execute() {
        if (from != null && from < 0 || to != null && to < 0) throw CliException.usage("log indexes are not negative");
        if (from != null && to != null && from > to) {
            throw CliException.usage("--from " + from + " is after --to " + to);
        }
        AdminDtos.LogResponse log = clients().node(node.id).log(from, to);
        if (out().json()) {
            out().document(log);
            return;
        }
        if (log.crashed()) out().line(node.id + " is crashed: its durable log, nothing committed or applied yet");
        Table t = new Table().column("INDEX").column("TERM").column("KIND").column("COMMAND").column("COMMITTED")
                .column("APPLIED");
        for (AdminDtos.LogEntry e : log.entries() == null ? java.util.List.<AdminDtos.LogEntry>of() : log.entries()) {
            t.row(e.index(), e.term(), e.kind(), e.command(), e.committed() ? "yes" : "no", e.applied() ? "yes" : "no");
        }
        if (t.isEmpty()) out().line("(no entries)");
        else out().table(t);
    }
}
