package io.raftctl.cli.it;

import io.raftctl.cli.testing.Tmux;
import io.raftctl.cli.testing.Tools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code raftctl shell} in a real pseudo-terminal (tmux), against a real local cluster: typed with TAB
 * completion, read off the screen, the way a person uses it.
 */
class ShellIT {

    private static final Duration SHORT = Duration.ofSeconds(15);
    private static final Pattern NO_LEADER_PROMPT = Pattern.compile("raftctl\\[local no leader]> *$", Pattern.MULTILINE);
    private static final Pattern LEADER_PROMPT = Pattern.compile("raftctl\\[local leader=n1]> *$", Pattern.MULTILINE);

    private Path work;
    private final List<Tmux> terminals = new ArrayList<>();

    @BeforeEach
    void localClusterWithTimersOff() throws Exception {
        Tools.require("tmux");
        work = Files.createTempDirectory("raftctl-it-shell-");
        RaftctlProcess.Result up = RaftctlProcess.run(work, 90, "up", "--timers", "off");
        assertThat(up.exitCode()).as("up: %s%n%s", up.all(), RaftctlProcess.daemonLogs(work)).isZero();
    }

    @AfterEach
    void stopEverythingThisTestStarted() throws Exception {
        terminals.forEach(Tmux::close);
        if (work != null) {
            RaftctlProcess.killDaemonsUnder(work);
            RaftctlProcess.deleteTree(work);
        }
    }

    @Test
    void typedWithTabCompletionTheShellElectsALeaderAndThePromptShowsIt() throws Exception {
        Tmux shell = shell(List.of());
        shell.await("the prompt", SHORT, s -> NO_LEADER_PROMPT.matcher(s).find());

        shell.type("ele");
        shell.press("Tab");
        shell.await("'ele' completed to 'elect '", SHORT, s -> Tmux.lastLine(s).endsWith("> elect"));
        shell.type("n");
        shell.press("Tab");
        shell.await("the node ids offered", SHORT, s -> Pattern.compile("n1\\s+n2\\s+n3").matcher(s).find());
        shell.type("1");
        shell.press("Enter");
        String screen = shell.await("the election", SHORT, s -> s.contains("n1 started an election (forced)"));
        assertThat(screen).contains("> elect n1");
        // elect returns once n1 has asked for votes; the votes come right after.
        shell.type("wait n1 role LEADER");
        shell.press("Enter");
        shell.await("n1 to lead", SHORT, s -> s.contains("ok: n1 role is LEADER"));

        shell.type("status");
        shell.press("Enter");
        screen = shell.await("the leader in the prompt", SHORT, s -> LEADER_PROMPT.matcher(Tmux.lastLine(s)).find());
        assertThat(screen).containsPattern("n1\\s+LEADER\\s+1\\s+n1").containsPattern("n2\\s+FOLLOWER\\s+1\\s+n1");
        // tmux's TERM supports colours: the leader's role is green (SGR 32).
        assertThat(shell.screenWithColours()).containsPattern("\u001b\\[[0-9;]*32m(\u001b\\[[0-9;]*m)*LEADER");

        shell.type("command add 41");
        shell.press("Enter");
        shell.await("the command's result", SHORT, s -> s.contains("41 (index 2)"));

        shell.type("exit");
        shell.press("Enter");
        shell.await("the shell to end", SHORT, s -> ended(shell));
        assertThat(Files.readString(work.resolve("history"))).contains("elect n1", "status", "command add 41");
    }

    @Test
    void everyCtrlCDuringAWaitSaysCancelledOnceAndDrawsOnePrompt() throws Exception {
        Tmux shell = shell(List.of());
        shell.await("the prompt", SHORT, s -> NO_LEADER_PROMPT.matcher(s).find());
        // It used to be a race: the interrupted line could finish first, and then no "cancelled" was said.
        for (int i = 0; i < 5; i++) {
            shell.press("C-l");
            shell.await("a clear screen", SHORT, s -> !s.contains("cancelled"));
            shell.type("wait n1 role LEADER --timeout 10m");
            shell.press("Enter");
            // Its live line says it is running: a Ctrl-C before that could reach the line editor instead.
            shell.await("the wait to start", SHORT, s -> Tmux.lastLine(s).contains("waiting for n1 role == LEADER"));
            shell.press("C-c");
            String screen = shell.await("the prompt back", SHORT,
                    s -> s.contains("cancelled") && NO_LEADER_PROMPT.matcher(Tmux.lastLine(s)).find());
            List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
            assertThat(count(screen, "cancelled")).as("try %d:%n%s", i, screen).isEqualTo(1);
            assertThat(lines).as("try %d: the wait line, 'cancelled', one prompt%n%s", i, screen).hasSize(3);
            assertThat(lines.get(1)).endsWith("cancelled");
        }
        assertThat(ended(shell)).isFalse();
    }

    @Test
    void watchRedrawsUntilAKeyAndCtrlCCancelsTheRunningLineNotTheShell() throws Exception {
        Tmux shell = shell(List.of());
        shell.await("the prompt", SHORT, s -> NO_LEADER_PROMPT.matcher(s).find());

        shell.type("watch status --interval 200ms");
        shell.press("Enter");
        String first = shell.await("the live view", SHORT, s -> s.contains("Every 200ms: status of cluster local")
                && s.contains("press any key to stop") && s.contains("REACHABLE"));
        String clock = clockOf(first);
        // It is redrawn in place: the clock moves, the screen holds one view, not a scroll of them.
        String later = shell.await("a redraw", SHORT, s -> s.contains("Every 200ms") && !clockOf(s).equals(clock));
        assertThat(count(later, "Every 200ms")).isEqualTo(1);
        shell.type("q");
        shell.await("the prompt after the view", SHORT, s -> NO_LEADER_PROMPT.matcher(Tmux.lastLine(s)).find());

        shell.type("wait n1 role LEADER --timeout 10m");
        shell.press("Enter");
        shell.await("the wait to start", SHORT, s -> Tmux.lastLine(s).contains("waiting for n1 role == LEADER"));
        long start = System.nanoTime();
        shell.press("C-c");
        shell.await("the prompt back", SHORT, s -> s.contains("cancelled") && NO_LEADER_PROMPT.matcher(Tmux.lastLine(s)).find());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));

        // Ctrl-C ends a live view too, and gives back a terminal whose line editing still works.
        shell.press("C-l");
        shell.await("a clear screen", SHORT, s -> !s.contains("cancelled") && !s.contains("press any key"));
        shell.type("watch status --interval 200ms");
        shell.press("Enter");
        shell.await("the live view", SHORT, s -> s.contains("press any key to stop"));
        shell.press("C-c");
        shell.await("the prompt back", SHORT, s -> s.contains("cancelled") && NO_LEADER_PROMPT.matcher(Tmux.lastLine(s)).find());
        shell.type("ele");
        shell.press("Tab");
        shell.await("'ele' completed to 'elect '", SHORT, s -> Tmux.lastLine(s).endsWith("> elect"));
        shell.type("n2");
        shell.press("Enter");
        shell.await("the next line's result", SHORT, s -> s.contains("n2 started an election (forced)"));
        assertThat(ended(shell)).isFalse();
    }

    @Test
    void noColourWhenNoColorIsSetAndWatchWorksOneShotFromATerminal() throws Exception {
        Tmux shell = shell(List.of("NO_COLOR=1"));
        shell.await("the prompt", SHORT, s -> NO_LEADER_PROMPT.matcher(s).find());
        shell.type("elect n1");
        shell.press("Enter");
        shell.await("the election", SHORT, s -> s.contains("n1 started an election (forced)"));
        shell.type("wait n1 role LEADER");
        shell.press("Enter");
        shell.await("n1 to lead", SHORT, s -> s.contains("ok: n1 role is LEADER"));
        shell.type("status");
        shell.press("Enter");
        shell.await("the status table", SHORT, s -> Pattern.compile("n1\\s+LEADER").matcher(s).find());
        assertThat(shell.screenWithColours()).doesNotContain("\u001b[32m").doesNotContain("\u001b[1m");

        Tmux oneShot = start(List.of(), raftctl("watch", "status", "--interval", "200ms") + "; echo \"watch exited $?\"");
        oneShot.await("the live view", SHORT, s -> s.contains("Every 200ms: status of cluster local") && s.contains("LEADER"));
        oneShot.type(" ");
        oneShot.await("watch to end on a key", SHORT, s -> s.contains("watch exited 0"));
    }

    private Tmux shell(List<String> env) throws Exception {
        return start(env, "exec " + raftctl("shell"));
    }

    private Tmux start(List<String> env, String command) throws Exception {
        List<String> all = new ArrayList<>(List.of("HOME=" + work, "RAFTCTL_HISTORY=" + work.resolve("history"),
                "TERM=xterm-256color"));
        all.addAll(env);
        Tmux t = new Tmux();
        terminals.add(t);
        return t.start(work, all, "unset RAFTCTL_CONFIG; " + command, 160, 40);
    }

    private static String raftctl(String... args) {
        StringBuilder b = new StringBuilder("'" + javaBin() + "' -XX:TieredStopAtLevel=1 -Draftd.jar='"
                + RaftctlProcess.RAFTD_JAR + "' -jar '" + RaftctlProcess.RAFTCTL_JAR + "'");
        for (String a : args) b.append(' ').append(a);
        return b.toString();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean ended(Tmux t) {
        try {
            return t.ended();
        } catch (Exception e) {
            return false;
        }
    }

    private static String clockOf(String screen) {
        var m = Pattern.compile("\\d\\d:\\d\\d:\\d\\d").matcher(screen);
        return m.find() ? m.group() : "";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
