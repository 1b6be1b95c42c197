package io.raftctl.cli.output;

/** ANSI text styles, applied only when the session allows colour. */
public enum Style {
    PLAIN(""), BOLD("1"), DIM("2"), RED("31"), GREEN("32"), YELLOW("33"), BLUE("34"), CYAN("36"),
    BOLD_GREEN("1;32"), BOLD_RED("1;31");

    private final String sgr;

    Style(String sgr) {
        this.sgr = sgr;
    }

    public String apply(String text, boolean enabled) {
        if (!enabled || sgr.isEmpty() || text.isEmpty()) return text;
        return "\u001b[" + sgr + "m" + text + "\u001b[0m";
    }

    /** The colour of a role: leaders stand out, crashed nodes are red. */
    public static Style forRole(String role) {
        if (role == null) return PLAIN;
        if (role.startsWith("LEADER")) return BOLD_GREEN;
        if (role.startsWith("CANDIDATE")) return YELLOW;
        if (role.startsWith("CRASHED")) return BOLD_RED;
        return PLAIN;
    }
}
