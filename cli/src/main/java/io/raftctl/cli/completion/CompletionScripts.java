package io.raftctl.cli.completion;

import picocli.AutoComplete;
import picocli.CommandLine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bash and zsh completion scripts, generated from the picocli command model by picocli's
 * {@link AutoComplete}. Node ids are not known when the script is generated: every argument whose
 * completion candidates are {@link NodeIdCandidates} is generated with a placeholder, which becomes a call
 * to a small shell function that reads the ids from the current cluster file with sed (no JVM per TAB).
 * {@code raftctl completion bash|zsh} and the checked-in files in {@code completions/} are this same text.
 */
public final class CompletionScripts {

    /** The Maven step that rewrites completions/ and docs/man/ from the command model. */
    public static final String REGENERATE = "mvn -B -Pregenerate -pl cli -am process-test-classes";

    private static final String NODE_IDS_FUNCTION = "_raftctl_node_ids";

    private CompletionScripts() {
    }

    public static String bash(CommandLine root) {
        return "#!/usr/bin/env bash\n"
                + header("bash", """
                        # Install: add 'source /path/to/completions/raftctl.bash' to ~/.bashrc, or copy this file to
                        # /etc/bash_completion.d/raftctl; or, without the file: source <(raftctl completion bash)
                        """)
                + body(root);
    }

    public static String zsh(CommandLine root) {
        // compinit reads '#compdef' on the first line to know which command this file completes.
        return "#compdef raftctl\n"
                + header("zsh", """
                        # Install: copy this file as _raftctl into a directory of $fpath, e.g.
                        #   mkdir -p ~/.zsh/completions && cp completions/_raftctl ~/.zsh/completions/
                        #   and in ~/.zshrc, before compinit: fpath=(~/.zsh/completions $fpath)
                        # or add 'source /path/to/completions/_raftctl' to ~/.zshrc after compinit.
                        # zsh runs the bash completion functions below through its bashcompinit module.
                        """)
                + """

                # bash's compopt has no zsh equivalent; and when this file runs as an autoloaded function, an
                # alias made while it runs comes too late for the functions below. A no-op stands in.
                function compopt { return 0; }
                """
                + body(root)
                + """

                # Autoloaded from $fpath as the completion function _raftctl (rather than sourced): the lines
                # above have just registered the completion; answer the TAB that loaded this file too.
                if [[ -n "${ZSH_VERSION-}" && "${funcstack[1]-}" == _raftctl && "${zsh_eval_context[-1]-}" == loadautofunc ]]; then
                  _bash_complete -F _complete_raftctl -o default
                fi
                """;
    }

    private static String header(String shell, String install) {
        return "#\n"
                + "# raftctl completion for " + shell + ". GENERATED from the picocli command model: do not edit.\n"
                + "# Regenerate from the repository root with:  " + REGENERATE + "\n"
                + "# ('raftctl completion " + shell + "' prints this same script.)\n"
                + install
                + "# Node ids complete from the cluster file of the line's -c/--config, else $RAFTCTL_CONFIG,\n"
                + "# else ./raftctl.yaml; trigger names, trace formats and on/off complete from the model.\n"
                + "#\n";
    }

    /** picocli's script without its own header comment, with node ids read from the cluster file. */
    private static String body(CommandLine root) {
        String generated = AutoComplete.bash(root.getCommandName(), root);
        int code = generated.indexOf("\nif [ -n \"$BASH_VERSION\" ]");
        String withoutHeader = code < 0 ? generated : generated.substring(code);
        Matcher m = Pattern.compile("\\(\"" + Pattern.quote(NodeIdCandidates.PLACEHOLDER) + "\"\\)").matcher(withoutHeader);
        String dynamic = m.replaceAll(Matcher.quoteReplacement("($(" + NODE_IDS_FUNCTION + "))"));
        if (dynamic.contains(NodeIdCandidates.PLACEHOLDER)) {
            throw new IllegalStateException("picocli generated node-id candidates in an unexpected form");
        }
        return nodeIdsFunction() + dynamic;
    }

    private static String nodeIdsFunction() {
        return """

                # The node ids of the cluster file this line uses: its -c/--config FILE, else $RAFTCTL_CONFIG,
                # else ./raftctl.yaml. Read with sed, no JVM per TAB: node ids are the only 'id:' keys of a
                # cluster file, in block ('- id: n1') or flow ('- {id: n1, ...}') style.
                function _raftctl_node_ids() {
                  local file="${RAFTCTL_CONFIG:-raftctl.yaml}" word next i
                  for (( i = 1; i < COMP_CWORD; i++ )); do
                    word="${COMP_WORDS[i]}"
                    next="${COMP_WORDS[i+1]-}"
                    case "$word" in
                      -c|--config)
                        # bash splits '--config=FILE' into '--config' '=' 'FILE'
                        if [[ "$next" == "=" ]]; then file="${COMP_WORDS[i+2]-}"; else file="$next"; fi ;;
                      --config=*) file="${word#--config=}" ;;
                      -c=*) file="${word#-c=}" ;;
                      -c?*) file="${word#-c}" ;;
                    esac
                  done
                  [[ "$file" == "~/"* ]] && file="$HOME/${file#\\~/}"
                  [[ -r "$file" ]] || return 0
                  sed -n -E 's/^[[:space:]]*(-[[:space:]]*)?[{]?[[:space:]]*id:[[:space:]]*["'\\'']?([^"'\\'',}[:space:]]+).*/\\2/p' "$file"
                }
                """;
    }
}
