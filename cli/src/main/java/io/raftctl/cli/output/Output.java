package io.raftctl.cli.output;

import io.raftctl.cli.Session;
import io.raftctl.cli.client.Json;

import java.io.PrintWriter;

/** What a command prints: text or one JSON document on stdout, warnings on stderr. */
public final class Output {

    private final Session session;
    private final OutputFormat format;

    public Output(Session session, OutputFormat format) {
        this.session = session;
        this.format = format;
    }

    public boolean json() {
        return format == OutputFormat.JSON;
    }

    /** Text with every column ({@code -o wide}). */
    public boolean wide() {
        return format == OutputFormat.WIDE;
    }

    public OutputFormat format() {
        return format;
    }

    public boolean color() {
        return session.color();
    }

    public PrintWriter out() {
        return session.out();
    }

    /** A line of text output (ignored in JSON mode, where the command prints one document instead). */
    public void line(String text) {
        if (!json()) {
            session.out().println(text);
            session.out().flush();
        }
    }

    public void line(String text, Style style) {
        line(style.apply(text, color()));
    }

    /** Text printed as is (tables end in a line break already). */
    public void text(String text) {
        if (!json()) {
            session.out().print(text);
            session.out().flush();
        }
    }

    public void table(Table table) {
        text(table.render(color()));
    }

    /** The command's JSON document (only in JSON mode). */
    public void document(Object value) {
        if (json()) {
            session.out().println(Json.pretty(value));
            session.out().flush();
        }
    }

    /** Prints {@code text} in text mode, or {@code value} as JSON. */
    public void result(String text, Object value) {
        if (json()) document(value);
        else line(text);
    }

    /** Information about the command's progress on stderr (stdout stays the command's result), e.g. a wait. */
    public void note(String text) {
        session.err().println(text);
        session.err().flush();
    }

    /** A warning on stderr; the command goes on. */
    public void warn(String text) {
        session.err().println(Style.YELLOW.apply("warning: ", color()) + text);
        session.err().flush();
    }

    /**
     * Feedback for work that takes more than a second: a live line on a terminal, plain lines otherwise,
     * nothing in JSON mode. See {@link Progress} for how to use it.
     *
     * @param total units of work, or 0 if unknown
     */
    public Progress progress(String task, long total) {
        return new Progress(task, total, session.out(), session.err(), session.terminal(), json(), color(), System::nanoTime);
    }

    public String style(String text, Style style) {
        return style.apply(text, color());
    }
}
