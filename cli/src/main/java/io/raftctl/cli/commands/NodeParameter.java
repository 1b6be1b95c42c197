package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Parameters;

/** The node a command acts at, the first word after the command's name: {@code crash n2}, {@code log n1}. */
final class NodeParameter {

    @Parameters(index = "0", paramLabel = "NODE", completionCandidates = NodeIdCandidates.class)
    String id;
}
