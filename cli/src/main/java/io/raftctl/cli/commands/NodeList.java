package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Parameters;

import java.util.List;

/** The nodes a command acts at, none meaning every node: {@code net hold n1 n2}, {@code net release}. */
final class NodeList {

    @Parameters(index = "0..*", paramLabel = "NODE", arity = "0..*", completionCandidates = NodeIdCandidates.class)
    List<String> ids;
}
