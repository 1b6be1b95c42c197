package io.raftctl.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.raftctl.transport.PartitionState;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * {@code net-rules.json} in the node's data directory: the cluster's partition rules as this node was last
 * told them, so that a restarted process enforces them before it talks to any peer. Absent when there are
 * none. Written atomically (temp file, fsync, rename, fsync of the directory), so a crash leaves the old or
 * the new rules, never a mix:
 * <pre>
 *   {"format":1,"isolated":["n2"],"groups":[["n1"],["n2","n3"]]}
 * </pre>
 */
final class NetRulesFile {

    static final String NAME = "net-rules.json";
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Why the file could not be read, in words that fit after "is unreadable (...)". */
    static final class UnreadableException extends Exception {
        UnreadableException(String reason) {
            super(reason);
        }
    }

    private final Path file;
    private final Path tmp;

    NetRulesFile(Path dataDir) {
        this.file = dataDir.resolve(NAME);
        this.tmp = dataDir.resolve(NAME + ".tmp");
    }

    Path path() {
        return file;
    }

    /** The saved rules; empty if there is no file. A leftover temp file was never renamed, so it never counted. */
    Optional<PartitionState> load() throws UnreadableException {
        byte[] bytes;
        try {
            Files.deleteIfExists(tmp);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UnreadableException("cannot read it: " + e.getMessage());
        }
        return Optional.of(decode(bytes));
    }

    /** Replaces the saved rules by {@code state}; no rules at all remove the file. */
    void save(PartitionState state) throws IOException {
        if (state.equals(PartitionState.NONE)) {
            Files.deleteIfExists(file);
        } else {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer data = ByteBuffer.wrap(encode(state));
                while (data.hasRemaining()) channel.write(data);
                channel.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory();
    }

    static byte[] encode(PartitionState state) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
        ArrayNode isolated = root.putArray("isolated");
        state.isolated().forEach(isolated::add);
        ArrayNode groups = root.putArray("groups");
        for (List<String> g : state.groups()) {
            ArrayNode group = groups.addArray();
            g.forEach(group::add);
        }
        return (root + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static PartitionState decode(byte[] bytes) throws UnreadableException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UnreadableException("not valid JSON");
        }
        if (root == null || !root.isObject()) throw new UnreadableException("not a JSON object");
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("format", "isolated", "groups").contains(name)) {
                throw new UnreadableException("unknown field '" + name + "'");
            }
        }
        JsonNode format = root.path("format");
        if (format.isMissingNode()) throw new UnreadableException("no field 'format'");
        if (!format.isInt() || format.intValue() != FORMAT) {
            throw new UnreadableException("format " + format + ", but this raftd reads only format " + FORMAT);
        }
        List<String> isolated = names(root.path("isolated"), "isolated");
        JsonNode groupsNode = root.path("groups");
        if (!groupsNode.isArray()) throw new UnreadableException("field 'groups' is not a list");
        List<List<String>> groups = new ArrayList<>();
        for (JsonNode g : groupsNode) groups.add(names(g, "groups"));
        return new PartitionState(isolated, groups);
    }

    private static List<String> names(JsonNode list, String field) throws UnreadableException {
        if (!list.isArray()) throw new UnreadableException("field '" + field + "' is not a list of node ids");
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.isTextual()) throw new UnreadableException("field '" + field + "' holds " + n + ", not a node id");
            out.add(n.textValue());
        }
        return out;
    }

    // Makes the rename or the deletion itself durable; Windows cannot open a directory, and NTFS journals both.
    private void syncDirectory() throws IOException {
        if (System.getProperty("os.name", "").startsWith("Windows")) return;
        try (FileChannel dir = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
