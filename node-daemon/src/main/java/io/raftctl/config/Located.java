package io.raftctl.config;

/**
 * A value of the cluster file with the line it starts on, for the checks that run once the whole file is
 * read (a duplicate node id, min above max) and still name the line. Read by {@link LocatedDeserializer}.
 *
 * @param value the value; never null (a key given no value is absent, not a {@code Located} of null)
 * @param line  1-based line where the value starts
 */
record Located<T>(T value, int line) {
}
