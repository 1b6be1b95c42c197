package io.raftctl.config;

/**
 * The {@code storage:} section of the cluster file.
 *
 * @param fsync force log and state writes to disk before acknowledging them; off trades crash safety
 *              for speed
 */
public record StorageConfig(boolean fsync) {

    public static final StorageConfig DEFAULTS = new StorageConfig(true);
}
