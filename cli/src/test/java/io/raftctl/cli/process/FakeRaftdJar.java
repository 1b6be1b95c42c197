package io.raftctl.cli.process;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds a runnable jar of the FakeRaftd test resource (no dependencies) in a directory. */
public final class FakeRaftdJar {

    private FakeRaftdJar() {
    }

    public static Path build(Path dir) throws IOException {
        Path src = dir.resolve("FakeRaftd.java");
        try (InputStream in = FakeRaftdJar.class.getResourceAsStream("/fake-raftd/FakeRaftd.java")) {
            Files.copy(in, src);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", dir.toString(), src.toString());
        if (rc != 0) throw new IllegalStateException("cannot compile FakeRaftd");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "FakeRaftd");
        Path jar = dir.resolve("raftd.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            try (var classes = Files.list(dir)) {
                for (Path c : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                    j.putNextEntry(new JarEntry(c.getFileName().toString()));
                    j.write(Files.readAllBytes(c));
                    j.closeEntry();
                }
            }
        }
        return jar;
    }
}
