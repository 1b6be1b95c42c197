package io.raftctl.cli.completion;

import io.raftctl.cli.testing.Tmux;
import io.raftctl.cli.testing.Tools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checked-in zsh completion, installed the usual way (a directory of $fpath, then compinit), in a real
 * interactive zsh in a pseudo-terminal (tmux): TAB pressed after a partial command line lists the candidates.
 */
class ZshCompletionTest {

    static final Path COMPLETIONS = Path.of("..", "completions").toAbsolutePath().normalize();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String PROMPT = "zsh-test> ";

    private Path dir;
    private Tmux zsh;

    @BeforeEach
    void interactiveZshWithTheCompletionInstalled() throws Exception {
        Tools.require("tmux");
        Tools.require("zsh");
        dir = Files.createTempDirectory("raftctl-zsh-");
        Files.writeString(dir.resolve("raftctl.yaml"), """
                cluster: local
                nodes:
                  - id: n1
                    raft: 127.0.0.1:7001
                    admin: 127.0.0.1:7101
                  - id: n2
                    raft: 127.0.0.1:7002
                    admin: 127.0.0.1:7102
                  - id: n3
                    raft: 127.0.0.1:7003
                    admin: 127.0.0.1:7103
                """);
        Files.writeString(dir.resolve(".zshrc"), "fpath=(" + COMPLETIONS + " $fpath)\n"
                + "autoload -U compinit && compinit -u -D\n"
                + "PROMPT='" + PROMPT + "'\n");
        zsh = new Tmux().start(dir, List.of("ZDOTDIR=" + dir, "HOME=" + dir, "TERM=xterm"), "exec zsh -i", 120, 30);
        zsh.await("the zsh prompt", TIMEOUT, s -> s.contains(PROMPT.strip()));
    }

    @AfterEach
    void stop() throws IOException {
        if (zsh != null) zsh.close();
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
            }
        }
    }

    @Test
    void tabListsCommandsTriggerNamesAndTheClusterFilesNodeIds() throws Exception {
        offers("raftctl tr", "trace\\s+trigger|trigger\\s+trace");
        offers("raftctl trigger set n1 ", "error\\s+explode\\s+slow-apply");
        // The node ids share the prefix 'n': zsh inserts it at the first TAB and lists the ids at the second.
        zsh.type("raftctl elect ");
        zsh.press("Tab");
        zsh.await("the common prefix inserted", TIMEOUT, s -> s.contains(PROMPT + "raftctl elect n"));
        zsh.press("Tab");
        zsh.await("the node ids of ./raftctl.yaml", TIMEOUT, s -> Pattern.compile("n1\\s+n2\\s+n3").matcher(s).find());
    }

    @Test
    void aUniquePrefixIsCompletedOnTheLine() throws Exception {
        zsh.type("raftctl hea");
        zsh.press("Tab");
        zsh.await("'hea' completed to 'heartbeat'", TIMEOUT, s -> s.contains(PROMPT + "raftctl heartbeat"));
    }

    /** Types {@code line}, presses TAB once, and expects the listing of candidates to match; then clears. */
    private void offers(String line, String listing) throws Exception {
        Pattern expected = Pattern.compile(listing);
        zsh.type(line);
        zsh.press("Tab");
        zsh.await("the candidates of '" + line + "'", TIMEOUT, s -> expected.matcher(s).find());
        zsh.press("C-c");
        zsh.await("a fresh prompt", TIMEOUT, s -> Tmux.lastLine(s).equals(PROMPT.strip()));
        zsh.press("C-l");
        zsh.await("a clear screen", TIMEOUT, s -> !expected.matcher(s).find());
    }
}
