package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.completion.CompletionScripts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", description = {
        "Print the shell completion script (the same as completions/raftctl.bash and completions/_raftctl).",
        "bash: source <(raftctl completion bash)    zsh: source <(raftctl completion zsh)"})
public final class CompletionCommand extends BaseCommand implements ReadsWholeModel, NotOnSimulator {

    record Script(String shell, String script) {
    }

    @Override
    public String whyNotOnSimulator() {
        return "it prints a shell completion script and has nothing to do in a scenario";
    }


    @Parameters(paramLabel = "SHELL", completionCandidates = Args.ShellCandidates.class, description = "bash or zsh")
    String shell;

    @Override
    protected void execute() {
        CommandLine root = spec.root().commandLine();
        String script = switch (shell) {
            case "bash" -> CompletionScripts.bash(root);
            case "zsh" -> CompletionScripts.zsh(root);
            default -> throw CliException.usage("unknown shell '" + shell + "' (expected bash or zsh)");
        };
        if (out().json()) {
            out().document(new Script(shell, script));
            return;
        }
        ctx().session().out().print(script);
        ctx().session().out().flush();
    }
}
