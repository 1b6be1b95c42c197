package io.raftctl.cli.chaos;

import io.raftctl.cli.process.FreePorts;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports below the kernel's ephemeral range. A chaos run kills and restarts daemons for minutes; a port
 * from the ephemeral range, free while its daemon is down, can meanwhile become the local end of some outgoing
 * connection, and the restart then fails with "address already in use". Ports below that range are never taken
 * that way. Where the range cannot be read, any free ports do.
 */
final class QuietPorts {

    private static final Path RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 10_000;

    private QuietPorts() {
    }

    static List<Integer> take(int count) {
        int below = ephemeralStart();
        if (below - LOWEST < 1000) return FreePorts.take(count);
        List<Integer> ports = new ArrayList<>();
        for (int attempt = 0; attempt < 1000 && ports.size() < count; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!ports.contains(port) && free(port)) ports.add(port);
        }
        return ports.size() == count ? ports : FreePorts.take(count);
    }

    private static int ephemeralStart() {
        try {
            return Integer.parseInt(Files.readString(RANGE).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean free(int port) {
        try {
            new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
