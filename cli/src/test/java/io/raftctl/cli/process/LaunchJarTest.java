package io.raftctl.cli.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LaunchJarTest {

    @TempDir
    Path dir;

    @Test
    void daemonsRunFromACopyThatABuildCannotRewrite() throws IOException {
        Path built = dir.resolve("raftd.jar");
        Path node = dir.resolve("data/n1");
        Files.write(built, new byte[]{1, 2, 3});

        Path first = LaunchJar.copyFor(built, node);
        assertThat(first).startsWith(node.resolve("bin")).hasBinaryContent(new byte[]{1, 2, 3});
        assertThat(LaunchJar.copyFor(built, node)).as("the same build reuses its copy").isEqualTo(first);

        Files.write(built, new byte[]{4, 5}); // a rebuild rewrites the jar in place
        assertThat(first).as("the running daemon's copy is untouched").hasBinaryContent(new byte[]{1, 2, 3});

        Path second = LaunchJar.copyFor(built, node);
        assertThat(second).isNotEqualTo(first).hasBinaryContent(new byte[]{4, 5});
        try (Stream<Path> copies = Files.list(node.resolve("bin"))) {
            assertThat(copies).as("older copies are unlinked, which running daemons survive").containsExactly(second);
        }
    }
}
