package io.raftctl.cli.cluster;

/** A {@code host:port} address from the cluster file. */
public record HostPort(String host, int port) {

    /** @throws IllegalArgumentException if {@code text} is not {@code host:port} */
    public static HostPort parse(String text) {
        int colon = text == null ? -1 : text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("invalid address '" + text + "' (expected host:port)");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (port < 1 || port > 65535) throw new NumberFormatException();
            return new HostPort(host, port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid port in address '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
