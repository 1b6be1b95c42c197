package io.raftctl.cli.man;

import io.raftctl.cli.CliException;
import io.raftctl.cli.Session;
import io.raftctl.cli.output.Output;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code raftctl man} prints: a page for a person or for a program, or every page written to a directory. */
public final class ManShow {

    /** A page for a program: the command it is about, its file name and its roff source. */
    record Page(String command, String page, String roff) {
    }

    /** The pages written: the directory, the file names, and what to add to MANPATH. */
    record Installed(String dir, List<String> pages, String manpath) {
    }

    private final Session session;
    private final Output out;

    public ManShow(Session session, Output out) {
        this.session = session;
        this.out = out;
    }

    /** On a terminal, the page as man shows it (unless {@code roffOnly}); otherwise its roff source. */
    public void page(CommandSpec command, boolean roffOnly) throws InterruptedException {
        String roff = roff(command);
        if (out.json()) {
            out.document(new Page(command.qualifiedName(), ManPages.fileName(command), roff));
            return;
        }
        if (!roffOnly && session.terminal()) {
            session.out().flush();
            String plain = command.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
            if (new ManViewer(session.env("PAGER")).show(roff, plain)) return;
            out.text(plain);
            return;
        }
        out.text(roff);
    }

    /** Writes every page to {@code dir/man1/}, where {@code MANPATH=dir:} makes man find them by name. */
    public void install(List<CommandSpec> commands, Path dir) {
        Path man1 = dir.resolve("man" + ManPages.SECTION).toAbsolutePath().normalize();
        List<String> pages = new ArrayList<>();
        try {
            Files.createDirectories(man1);
            for (CommandSpec command : commands) {
                Files.writeString(man1.resolve(ManPages.fileName(command)), roff(command), StandardCharsets.UTF_8);
                pages.add(ManPages.fileName(command));
            }
        } catch (IOException e) {
            throw CliException.failed("cannot write the man pages to " + man1 + ": " + e.getMessage());
        }
        Path root = man1.getParent();
        out.result("wrote " + pages.size() + " man pages to " + man1 + "\n"
                + "read them with: MANPATH=" + root + ": man raftctl-up  (or add " + root + " to MANPATH)",
                new Installed(man1.toString(), pages, root.toString()));
    }

    private static String roff(CommandSpec command) {
        return ManPages.roff(command).orElseThrow(() -> CliException.failed("this build of raftctl has no man page for '"
                + command.qualifiedName() + "' (rebuild it: mvn -B -DskipTests package)"));
    }
}
