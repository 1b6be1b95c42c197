package io.raftctl.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.raftctl.check.HistoryEvent.Function;
import io.raftctl.check.HistoryEvent.Type;
import io.raftctl.check.Operation.Outcome;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A client history: events in the order they happened, appended concurrently by the clients. Saved as JSON
 * lines, one event per line: {@code {"process":2,"type":"ok","f":"write","key":"k1","value":"2-17","time":1234}}.
 */
public final class History {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<HistoryEvent> events = new ArrayList<>();
    private final long origin = System.nanoTime();

    public History() {
    }

    public History(List<HistoryEvent> events) {
        this.events.addAll(events);
    }

    /** Nanoseconds since this history began: the one clock every event of it uses. */
    public long now() {
        return System.nanoTime() - origin;
    }

    /** Records an event now; the time is taken under the lock, so the list order is the time order. */
    public synchronized HistoryEvent record(int process, Type type, Function f, String key, String value) {
        HistoryEvent e = new HistoryEvent(process, type, f, key, value, now());
        events.add(e);
        return e;
    }

    public synchronized List<HistoryEvent> events() {
        return List.copyOf(events);
    }

    /**
     * Pairs every invocation with its process's next completion. An invocation left without one (the client
     * was stopped while waiting) is indeterminate.
     *
     * @throws IllegalArgumentException if a process invokes twice without a completion in between, or completes
     *                                  what it never invoked
     */
    public List<Operation> operations() {
        List<HistoryEvent> all = events();
        Map<Integer, Integer> open = new HashMap<>(); // process -> index of its open invocation
        Operation[] byInvoke = new Operation[all.size()];
        for (int i = 0; i < all.size(); i++) {
            HistoryEvent e = all.get(i);
            Integer at = open.get(e.process());
            if (e.type() == Type.INVOKE) {
                if (at != null) throw new IllegalArgumentException("process " + e.process() + " invoked twice without a completion (event " + i + ")");
                open.put(e.process(), i);
                continue;
            }
            if (at == null) throw new IllegalArgumentException("process " + e.process() + " completed an operation it never invoked (event " + i + ")");
            open.remove(e.process());
            HistoryEvent inv = all.get(at);
            Outcome outcome = switch (e.type()) {
                case OK -> Outcome.OK;
                case FAIL -> Outcome.FAIL;
                default -> Outcome.INFO;
            };
            String value = inv.f() == Function.WRITE ? inv.value() : e.value();
            long complete = outcome == Outcome.INFO ? Long.MAX_VALUE : e.timeNanos();
            byInvoke[at] = new Operation(at, inv.process(), inv.f(), inv.key(), value, inv.timeNanos(), complete, outcome);
        }
        for (int at : open.values()) {
            HistoryEvent inv = all.get(at);
            byInvoke[at] = new Operation(at, inv.process(), inv.f(), inv.key(), inv.f() == Function.WRITE ? inv.value() : null,
                    inv.timeNanos(), Long.MAX_VALUE, Outcome.INFO);
        }
        List<Operation> ops = new ArrayList<>();
        for (Operation op : byInvoke) if (op != null) ops.add(op);
        return ops;
    }

    /** Writes the events as JSON lines. */
    public void save(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (HistoryEvent e : events()) {
                w.write(toJson(e));
                w.newLine();
            }
        }
    }

    /** Writes some operations as JSON lines, in the format of {@link #save}: an invocation and a completion each. */
    public static void saveOperations(List<Operation> ops, Path file) throws IOException {
        List<HistoryEvent> events = new ArrayList<>();
        for (Operation op : ops) {
            events.add(new HistoryEvent(op.process(), Type.INVOKE, op.f(), op.key(), op.isWrite() ? op.value() : null, op.invoke()));
            if (!op.indeterminate()) {
                Type t = op.outcome() == Outcome.OK ? Type.OK : Type.FAIL;
                events.add(new HistoryEvent(op.process(), t, op.f(), op.key(), op.value(), op.complete()));
            } else {
                // When the client gave up does not matter: an indeterminate operation stays open for ever.
                events.add(new HistoryEvent(op.process(), Type.INFO, op.f(), op.key(), op.isWrite() ? op.value() : null, op.invoke()));
            }
        }
        events.sort(java.util.Comparator.comparingLong(HistoryEvent::timeNanos));
        new History(events).save(file);
    }

    /** Reads a history written by {@link #save}. */
    public static History load(Path file) throws IOException {
        List<HistoryEvent> events = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            events.add(new HistoryEvent(n.get("process").asInt(), Type.valueOf(n.get("type").asText().toUpperCase(Locale.ROOT)),
                    Function.valueOf(n.get("f").asText().toUpperCase(Locale.ROOT)), n.get("key").asText(),
                    n.hasNonNull("value") ? n.get("value").asText() : null, n.get("time").asLong()));
        }
        return new History(events);
    }

    private static String toJson(HistoryEvent e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("process", e.process());
        n.put("type", e.type().name().toLowerCase(Locale.ROOT));
        n.put("f", e.f().name().toLowerCase(Locale.ROOT));
        n.put("key", e.key());
        if (e.value() == null) n.putNull("value"); else n.put("value", e.value());
        n.put("time", e.timeNanos());
        return n.toString();
    }
}
