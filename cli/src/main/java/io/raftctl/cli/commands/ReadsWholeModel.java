package io.raftctl.cli.commands;

/**
 * A command that reads the whole command model (the usage of other commands, the completion scripts, the man
 * pages): its line always builds every command, never its own alone (see {@link RootCommand#commandsFor}).
 */
interface ReadsWholeModel {
}
