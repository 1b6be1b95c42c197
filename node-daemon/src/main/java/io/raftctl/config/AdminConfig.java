package io.raftctl.config;

import java.nio.file.Path;

/**
 * The {@code admin:} section of the cluster file.
 *
 * @param tokenFile   the bearer-token file as written (relative to the cluster file's directory), or
 *                    null for the default {@code <data_dir>/<node>/admin.token}
 * @param allowRemote allow admin addresses that are not loopback
 */
public record AdminConfig(Path tokenFile, boolean allowRemote) {

    public static final AdminConfig DEFAULTS = new AdminConfig(null, false);
}
