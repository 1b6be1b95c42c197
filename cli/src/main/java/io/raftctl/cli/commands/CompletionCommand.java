package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", description = {
        "Print the shell completion script.",
        "bash: source <(raftctl completion bash)    zsh: source <(raftctl completion zsh)"})
public final class CompletionCommand extends BaseCommand {

    @Parameters(paramLabel = "SHELL", completionCandidates = Args.ShellCandidates.class, description = "bash or zsh")
    String shell;

    @Override
    protected void execute() {
        String bash = AutoComplete.bash("raftctl", spec.root().commandLine());
        String script = switch (shell) {
            case "bash" -> bash;
            // picocli's script is bash; zsh runs it through its bash-completion emulation.
            case "zsh" -> "#compdef raftctl\n"
                    + "autoload -U +X compinit && compinit\n"
                    + "autoload -U +X bashcompinit && bashcompinit\n"
                    + bash;
            default -> throw CliException.usage("unknown shell '" + shell + "' (expected bash or zsh)");
        };
        ctx().session().out().print(script);
        ctx().session().out().flush();
    }
}
