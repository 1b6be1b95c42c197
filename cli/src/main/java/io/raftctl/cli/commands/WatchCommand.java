package io.raftctl.cli.commands;

import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "watch", description = "Live views, redrawn until a key is pressed.")
public final class WatchCommand extends GroupCommand {

    @Override
    List<Object> verbs() {
        return List.of(WatchStatusCommand.class);
    }
}
