package io.raftctl.cli.docs;

import io.raftctl.cli.ErrorReporter;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.completion.CompletionScripts;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files derived from the picocli command model, by path relative to the repository root: the bash and
 * zsh completion scripts, and one AsciiDoc man page per command in docs/man/ (picocli-codegen).
 */
final class GeneratedFiles {

    static final Path COMPLETIONS = Path.of("completions");
    static final Path MAN = Path.of("docs", "man");
    /** The usage width of the generated files: picocli wraps the man pages' synopses at it. */
    static final int WIDTH = 80;
    /** picocli's system property that overrides the usage width, or (AUTO) asks the terminal for it. */
    static final String WIDTH_PROPERTY = "picocli.usage.width";

    private GeneratedFiles() {
    }

    /** Generated alike on every machine: at {@link #WIDTH} columns, whatever the terminal or the JVM's options. */
    static Map<Path, String> all() {
        // The property beats the width set on the model; the files are generated without it.
        String widthProperty = System.clearProperty(WIDTH_PROPERTY);
        try {
            Map<Path, String> files = new LinkedHashMap<>();
            files.put(COMPLETIONS.resolve("raftctl.bash"), CompletionScripts.bash(model()));
            files.put(COMPLETIONS.resolve("_raftctl"), CompletionScripts.zsh(model()));
            files.putAll(manPages());
            return files;
        } finally {
            if (widthProperty != null) System.setProperty(WIDTH_PROPERTY, widthProperty);
        }
    }

    /** {@code docs/man/raftctl.adoc}, {@code docs/man/raftctl-trace-show.adoc}, ... */
    private static Map<Path, String> manPages() {
        CommandLine root = model();
        // The version line would name this machine's Java; a man page names raftctl's version only.
        root.getCommandSpec().versionProvider(null).version("raftctl " + version());
        Map<Path, String> pages = new LinkedHashMap<>();
        addPages(root.getCommandSpec(), pages);
        return pages;
    }

    private static void addPages(CommandSpec spec, Map<Path, String> pages) {
        if (spec.usageMessage().hidden()) return;
        StringWriter text = new StringWriter();
        try (PrintWriter w = new PrintWriter(text)) {
            ManPageGenerator.writeSingleManPage(w, spec);
        }
        String note = "// GENERATED from the picocli command model by picocli-codegen: do not edit.\n"
                + "// Regenerate from the repository root with:  " + CompletionScripts.REGENERATE + "\n";
        pages.put(MAN.resolve(spec.qualifiedName("-") + ".adoc"), note + text);
        for (CommandLine sub : spec.subcommands().values()) {
            // 'help' is also reachable under an alias; write each command once.
            if (sub.getCommandSpec().parent() == spec && sub.getCommandName().equals(sub.getCommandSpec().name())) {
                addPages(sub.getCommandSpec(), pages);
            }
        }
    }

    private static String version() {
        String v = new io.raftctl.cli.commands.VersionProvider().getVersion()[0];
        return v.substring(v.indexOf(' ') + 1);
    }

    /**
     * raftctl's command model at a fixed width. The commands' help adapts to the terminal (usageHelpAutoWidth),
     * and a regeneration run from a terminal has one: its width must not reach the files.
     */
    private static CommandLine model() {
        Session session = Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
        CommandLine root = Raftctl.commandLine(session, new ErrorReporter(session));
        root.setUsageHelpAutoWidth(false);
        root.setUsageHelpWidth(WIDTH);
        return root;
    }
}
