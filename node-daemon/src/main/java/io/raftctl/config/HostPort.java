package io.raftctl.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A socket address as written in the cluster file: {@code 127.0.0.1:7001}, {@code localhost:7001}, {@code [::1]:7001}. */
public record HostPort(String host, int port) {

    private static final Pattern FORMAT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9][A-Za-z0-9.-]*):(\\d{1,9})");

    public HostPort {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host is empty");
        if (port < 1 || port > 65_535) throw new IllegalArgumentException("port " + port + " is out of range 1-65535");
    }

    /** @throws IllegalArgumentException with a message that completes "expected host:port like ..., " */
    public static HostPort parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected host:port like 127.0.0.1:7001, got " + ConfigException.quote(String.valueOf(text)));
        }
        String host = m.group(1);
        if (host.startsWith("[")) host = host.substring(1, host.length() - 1);
        return new HostPort(host, Integer.parseInt(m.group(2)));
    }

    /**
     * Whether the address can only be reached from this machine. Decided from the text alone: a name
     * other than {@code localhost} is not resolved, since DNS could say anything tomorrow.
     */
    public boolean isLoopback() {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("::1")
                || h.matches("(0{1,4}:){7}0{0,3}1");
    }

    /** Case-insensitive on the host, as DNS names and IPv6 literals are. */
    public boolean sameAddress(HostPort other) {
        return port == other.port && host.equalsIgnoreCase(other.host);
    }

    @Override
    public String toString() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }
}
