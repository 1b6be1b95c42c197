package io.raftctl.cli.commands;

import picocli.CommandLine.IVersionProvider;

/** {@code raftctl -V}: the version from the jar manifest when there is one. */
public final class VersionProvider implements IVersionProvider {

    static final String FALLBACK = "0.1.0-SNAPSHOT";

    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[]{"raftctl " + (v == null ? FALLBACK : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
