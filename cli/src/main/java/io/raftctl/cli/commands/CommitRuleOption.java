package io.raftctl.cli.commands;

import io.raftctl.raft.RaftSettings.CommitRule;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The hidden {@code --commit-rule} of {@code sim} and {@code run --sim}: {@code current-term} is Raft's rule,
 * {@code count-replicas} the unsafe one of Figure 8 of the Raft paper, which the simulator's self-test must catch.
 */
final class CommitRuleOption implements ITypeConverter<CommitRule> {

    static final String UNSAFE = "count-replicas";

    @Override
    public CommitRule convert(String value) {
        return switch (value) {
            case "current-term" -> CommitRule.CURRENT_TERM;
            case UNSAFE -> CommitRule.UNSAFE_ANY_TERM;
            default -> throw new TypeConversionException("expected current-term or " + UNSAFE + ", not '" + value + "'");
        };
    }

    /** The option as {@code run --sim} takes it, or "" for Raft's rule. */
    static String asOption(CommitRule rule) {
        return rule == CommitRule.UNSAFE_ANY_TERM ? " --commit-rule " + UNSAFE : "";
    }
}
