package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Parameters;

/**
 * The message in flight a simulator-only line acts on, the oldest from FROM to TO, of KIND if given:
 * {@code deliver n1 n2 ae}, {@code drop n2 n3}, {@code duplicate n1 n3 vote}.
 */
final class InFlightMessage {

    @Parameters(index = "0", paramLabel = "FROM", completionCandidates = NodeIdCandidates.class)
    String from;

    @Parameters(index = "1", paramLabel = "TO", completionCandidates = NodeIdCandidates.class)
    String to;

    @Parameters(index = "2", paramLabel = "KIND", arity = "0..1", completionCandidates = Args.MessageKindCandidates.class)
    String kind;
}
