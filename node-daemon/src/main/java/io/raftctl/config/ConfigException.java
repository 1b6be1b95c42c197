package io.raftctl.config;

/**
 * A cluster file that cannot be used. The message is one sentence naming the file, the line when
 * known, and the field: {@code raftctl.yaml: line 7: raft.heartbeat: expected a duration like 50ms, got 'fast'}.
 */
public final class ConfigException extends RuntimeException {

    private final String fileName;
    private final int line;
    private final String field;

    /**
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 to leave it out (only YAML syntax errors give one)
     * @param field  dotted path of the field ({@code nodes[1].admin}), or empty for the whole file
     */
    public ConfigException(String fileName, int line, int column, String field, String problem) {
        this(format(fileName, line, column, field, problem), fileName, line, field);
    }

    private ConfigException(String message, String fileName, int line, String field) {
        super(message);
        this.fileName = fileName;
        this.line = line;
        this.field = field == null ? "" : field;
    }

    /** {@code cluster file raftctl.yaml not found} */
    public static ConfigException notFound(String fileName) {
        return new ConfigException("cluster file " + fileName + " not found", fileName, 0, "");
    }

    public ConfigException(String fileName, int line, String field, String problem) {
        this(fileName, line, 0, field, problem);
    }

    /**
     * A value from the file as a message shows it: in single quotes, control characters escaped ({@code \n}) and
     * cut after {@value #MAX_SHOWN} characters, so that any value keeps the message one line and short.
     */
    public static String quote(String value) {
        StringBuilder s = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            if (shown++ == MAX_SHOWN) {
                s.append("...");
                break;
            }
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) s.append(String.format("\\x%02x", (int) c));
                    else s.append(c);
                }
            }
        }
        return s.append('\'').toString();
    }

    private static final int MAX_SHOWN = 80;

    private static String format(String fileName, int line, int column, String field, String problem) {
        StringBuilder s = new StringBuilder(fileName).append(": ");
        if (line > 0) {
            s.append("line ").append(line);
            if (column > 0) s.append(", column ").append(column);
            s.append(": ");
        }
        if (field != null && !field.isEmpty()) s.append(field).append(": ");
        // The last line of defence for one-line messages: values are quoted already, but a parser's words may not be.
        return s.append(problem).toString().replace("\r", "\\r").replace("\n", "\\n");
    }

    public String fileName() {
        return fileName;
    }

    /** 1-based line of the problem, 0 when unknown. */
    public int line() {
        return line;
    }

    /** Dotted path of the field at fault, empty when the problem is the file as a whole. */
    public String field() {
        return field;
    }
}
