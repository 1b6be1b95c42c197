package io.raftctl.cli.commands;

import io.raftctl.cli.client.AdminClient;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Map;

@Command(name = "heal", description = "Remove every partition and isolation.")
public final class NetHealCommand extends BaseCommand {

    @Override
    protected void execute() {
        List<String> told = Targets.ids(Targets.apply(ctx(), List.of(), AdminClient::heal));
        Acks.many(out(), "net heal", told, "network healed (told " + String.join(", ", told) + ")", Map.of());
    }
}
