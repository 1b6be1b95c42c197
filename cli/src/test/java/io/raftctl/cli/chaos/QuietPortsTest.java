package io.raftctl.cli.chaos;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuietPortsTest {

    @Test
    void portsAreDistinctFreeAndBelowTheEphemeralRange() throws Exception {
        List<Integer> ports = QuietPorts.take(12);
        assertThat(new HashSet<>(ports)).hasSize(12);
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        if (Files.isReadable(range)) {
            int ephemeralStart = Integer.parseInt(Files.readString(range).trim().split("\\s+")[0]);
            if (ephemeralStart > 11_000) assertThat(ports).allMatch(p -> p >= 10_000 && p < ephemeralStart);
        }
        for (int port : ports) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(s.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
