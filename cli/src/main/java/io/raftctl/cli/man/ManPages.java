package io.raftctl.cli.man;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The roff man pages in raftctl's jar: one per command, {@code /man/man1/raftctl-trace-show.1}, converted at
 * build time from docs/man/*.adoc (which picocli-codegen generates from the command model).
 */
public final class ManPages {

    /** Where the pages are on the class path: section 1, as in a MANPATH directory. */
    public static final String RESOURCES = "/man/man1/";
    public static final String SECTION = "1";

    private ManPages() {
    }

    /** {@code raftctl-trace-show} for {@code raftctl trace show}. */
    public static String name(CommandSpec command) {
        return command.qualifiedName("-");
    }

    /** The file name of the page of {@code command}: {@code raftctl-trace-show.1}. */
    public static String fileName(CommandSpec command) {
        return name(command) + "." + SECTION;
    }

    /** The command and every command under it that has a page (hidden ones have none), each once. */
    public static List<CommandSpec> commands(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>();
        add(root, all);
        return all;
    }

    private static void add(CommandSpec spec, List<CommandSpec> all) {
        if (spec.usageMessage().hidden()) return;
        all.add(spec);
        for (CommandLine sub : spec.subcommands().values()) {
            // A command reachable under an alias too is listed once, under its name.
            if (sub.getCommandSpec().parent() == spec && sub.getCommandName().equals(sub.getCommandSpec().name())) {
                add(sub.getCommandSpec(), all);
            }
        }
    }

    /** The roff source of the page of {@code command}; empty when this build has none (a hidden command). */
    public static Optional<String> roff(CommandSpec command) {
        try (InputStream in = ManPages.class.getResourceAsStream(RESOURCES + fileName(command))) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the man page " + fileName(command) + ": " + e.getMessage(), e);
        }
    }
}
