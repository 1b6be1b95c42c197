package io.raftctl.cli.commands;

/** Counts as people write them: {@code 1 node}, {@code 3 nodes}. */
final class Plural {

    private Plural() {
    }

    static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String nodes(long n) {
        return of(n, "node", "nodes");
    }
}
