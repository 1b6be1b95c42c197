package io.raftctl.cli.docs;

import io.raftctl.cli.completion.CompletionScripts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The checked-in completions and man pages are what the current command model generates. */
class GeneratedFilesTest {

    /** Where surefire runs: the cli module. */
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final String HOW_TO_FIX = "; regenerate with (from the repository root): " + CompletionScripts.REGENERATE;

    @Test
    void checkedInFilesMatchAFreshGeneration() throws IOException {
        for (Map.Entry<Path, String> e : GeneratedFiles.all().entrySet()) {
            Path file = REPO.resolve(e.getKey());
            assertThat(file).as(e.getKey() + " is missing" + HOW_TO_FIX).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as(e.getKey() + " differs from what the command model generates" + HOW_TO_FIX)
                    .isEqualTo(e.getValue());
        }
    }

    @Test
    void theFilesAreTheSameAtAnyUsageWidth() {
        // The help follows the terminal's width; a regeneration run from a wide terminal, or with
        // -Dpicocli.usage.width, must still write what every other machine writes.
        Map<Path, String> expected = GeneratedFiles.all();
        String old = System.setProperty(GeneratedFiles.WIDTH_PROPERTY, "200");
        try {
            assertThat(GeneratedFiles.all()).isEqualTo(expected);
            for (String shell : List.of("bash", "zsh")) {
                java.io.StringWriter out = new java.io.StringWriter();
                io.raftctl.cli.Session session = io.raftctl.cli.Session.of(new java.io.PrintWriter(out, true),
                        new java.io.PrintWriter(new java.io.StringWriter(), true), Map.of());
                assertThat(io.raftctl.cli.Raftctl.execute(session, List.of("completion", shell)).exitCode()).isZero();
                Path file = GeneratedFiles.COMPLETIONS.resolve(shell.equals("bash") ? "raftctl.bash" : "_raftctl");
                assertThat(out.toString()).as("raftctl completion " + shell + " at width 200").isEqualTo(expected.get(file));
            }
        } finally {
            if (old == null) System.clearProperty(GeneratedFiles.WIDTH_PROPERTY);
            else System.setProperty(GeneratedFiles.WIDTH_PROPERTY, old);
        }
    }

    @Test
    void noOptionIsAnAnnotatedMethod() {
        // The completion script lists a command's options in the order picocli found them: fields in the order
        // they are declared, but annotated methods in the order the JVM lists them, which differs between runs.
        List<String> methods = new java.util.ArrayList<>();
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(List.of(GeneratedFilesTest.model()));
        while (!todo.isEmpty()) {
            picocli.CommandLine cmd = todo.pop();
            for (picocli.CommandLine.Model.ArgSpec arg : cmd.getCommandSpec().args()) {
                if (arg.userObject() instanceof java.lang.reflect.Method m) {
                    methods.add(cmd.getCommandSpec().qualifiedName() + ": " + m.getName() + "()");
                }
            }
            todo.addAll(cmd.getSubcommands().values());
        }
        assertThat(methods).as("options and parameters bound to methods (make them fields)").isEmpty();
    }

    private static picocli.CommandLine model() {
        io.raftctl.cli.Session session = io.raftctl.cli.Session.of(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), Map.of());
        return io.raftctl.cli.Raftctl.commandLine(session, new io.raftctl.cli.ErrorReporter(session));
    }

    @Test
    void noManPageOfACommandThatIsGone() throws IOException {
        Map<Path, String> expected = GeneratedFiles.all();
        List<Path> stale;
        try (Stream<Path> files = Files.list(REPO.resolve(GeneratedFiles.MAN))) {
            stale = files.filter(p -> p.toString().endsWith(".adoc")).map(REPO::relativize)
                    .filter(p -> !expected.containsKey(p)).toList();
        }
        assertThat(stale).as("man pages of commands that no longer exist" + HOW_TO_FIX).isEmpty();
    }

    @Test
    void everyCommandHasAManPageAndTheCompletionsKnowIt() {
        Map<Path, String> files = GeneratedFiles.all();
        assertThat(files).containsKeys(Path.of("docs/man/raftctl.adoc"), Path.of("docs/man/raftctl-trace-show.adoc"),
                Path.of("docs/man/raftctl-net-split.adoc"), Path.of("docs/man/raftctl-completion.adoc"));
        String bash = files.get(Path.of("completions/raftctl.bash"));
        assertThat(bash).startsWith("#!/usr/bin/env bash\n").contains(CompletionScripts.REGENERATE)
                .contains("function _raftctl_node_ids()").contains("$(_raftctl_node_ids)")
                .doesNotContain("__raftctl_node_ids__");
        assertThat(files.get(Path.of("completions/_raftctl"))).startsWith("#compdef raftctl\n")
                .contains(CompletionScripts.REGENERATE).contains("bashcompinit");
        assertThat(files.get(Path.of("docs/man/raftctl-trace-show.adoc"))).contains("--format").doesNotContain("Java ");
    }

    @Test
    void theReadmeLinksToManPagesThatExistAndKeepsItsFirstLines() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        assertThat(readme).startsWith("# raftctl\n\n```\n./raftctl demo ").contains("\nmvn -B verify ");
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("\\(docs/man/([^)]+\\.adoc)\\)").matcher(readme);
        int count = 0;
        while (links.find()) {
            count++;
            assertThat(REPO.resolve("docs/man").resolve(links.group(1))).as("README links " + links.group()).exists();
        }
        assertThat(count).as("man page links in README").isGreaterThan(15);
    }

    @Test
    void theCompletionCommandPrintsTheCheckedInScripts() throws IOException {
        for (String shell : List.of("bash", "zsh")) {
            java.io.StringWriter out = new java.io.StringWriter();
            io.raftctl.cli.Session session = io.raftctl.cli.Session.of(new java.io.PrintWriter(out, true),
                    new java.io.PrintWriter(new java.io.StringWriter(), true), Map.of());
            assertThat(io.raftctl.cli.Raftctl.execute(session, List.of("completion", shell)).exitCode()).isZero();
            Path file = REPO.resolve(GeneratedFiles.COMPLETIONS).resolve(shell.equals("bash") ? "raftctl.bash" : "_raftctl");
            assertThat(out.toString()).as("raftctl completion " + shell).isEqualTo(Files.readString(file));
        }
    }
}
