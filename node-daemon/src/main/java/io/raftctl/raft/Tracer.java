package io.raftctl.raft;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Records one node's trace rows and keeps its Lamport clock. A tracer belongs to a node, not to an
 * engine instance: it survives a simulated crash, so the delta after a restart shows what was lost.
 * Thread-safe, so that a reader may copy rows while the engine thread records.
 */
public final class Tracer {

    /** Rows kept; the oldest are dropped beyond this. */
    public static final int DEFAULT_CAPACITY = 200_000;

    public static final String NEW_ROLE = "NEW ROLE";
    public static final String CMD_START = "CMD START";
    public static final String CMD_DONE = "CMD DONE";
    public static final String CRASH = "CRASH";
    public static final String RESTART = "RESTART";
    public static final String NETSPLIT = "NETSPLIT";
    public static final String NETJOIN = "NETJOIN";

    private final String nodeId;
    private final List<String> members;
    private final int capacity;
    private final ArrayDeque<TraceRow> rows = new ArrayDeque<>();
    private Supplier<TraceState> source = () -> TraceState.INITIAL;
    private TraceState last = TraceState.INITIAL;
    private boolean crashed;
    private int net = TraceState.NET_JOINED;
    private long clock;
    private long seq;
    private long dropped;

    public Tracer(String nodeId, List<String> members) {
        this(nodeId, members, DEFAULT_CAPACITY);
    }

    public Tracer(String nodeId, List<String> members, int capacity) {
        this.nodeId = nodeId;
        this.members = List.copyOf(members);
        this.capacity = capacity;
    }

    /** The trace name of a node: {@code N-k} for the k-th node of the cluster file. */
    public static String traceName(List<String> members, String id) {
        int i = members.indexOf(id);
        return i < 0 ? id : "N-" + (i + 1);
    }

    public String traceName(String id) {
        return traceName(members, id);
    }

    /** The engine instance whose state rows report. */
    public synchronized void attach(Supplier<TraceState> engineState) {
        this.source = engineState;
    }

    public synchronized void setCrashed(boolean crashed) {
        this.crashed = crashed;
    }

    public synchronized void setNet(int net) {
        this.net = net;
    }

    public synchronized long clock() {
        return clock;
    }

    /** Records an event row ({@link #NEW_ROLE}, {@link #CMD_START}, ...). */
    public synchronized void event(String op) {
        clock++;
        add(TraceRow.Kind.EVENT, op);
    }

    /** Records the receipt of {@code m}, advancing the Lamport clock past the sender's. */
    public synchronized void received(Message m) {
        clock = Math.max(clock, m.clock()) + 1;
        add(TraceRow.Kind.RECEIVE, traceName(m.from()) + "+" + m.code() + " " + m.fields());
    }

    /** Records the sending of {@code m} and returns it stamped with the clock. */
    public synchronized Message sent(Message m) {
        clock++;
        add(TraceRow.Kind.SEND, sendShorthand(members, m));
        return m.withClock(clock);
    }

    /**
     * How the sender's trace writes {@code m}: {@code ae+N-2 t-1 i-0 lt-0 e-1 c-0}. The seed writes a reply
     * to AppendEntries as {@code N-x+ae_reply ...} at both ends, N-x being the replier.
     */
    public static String sendShorthand(List<String> members, Message m) {
        return m instanceof Message.AppendEntriesResponse
                ? traceName(members, m.from()) + "+" + m.code() + " " + m.fields()
                : m.code() + "+" + traceName(members, m.to()) + " " + m.fields();
    }

    /** Starts a titled section; the clock jumps past {@code atLeast} so later rows sort after every earlier one. */
    public synchronized void section(String title, long atLeast) {
        clock = Math.max(clock, atLeast) + 1;
        add(TraceRow.Kind.SECTION, title);
    }

    public synchronized List<TraceRow> rows() {
        return new ArrayList<>(rows);
    }

    public synchronized long droppedRows() {
        return dropped;
    }

    public synchronized void clear() {
        rows.clear();
    }

    private void add(TraceRow.Kind kind, String op) {
        TraceState now = source.get().withNet(net);
        if (crashed) now = last.withRole("CRSH").withNet(net);
        String delta = "";
        if (kind != TraceRow.Kind.SECTION) {
            // A section marker is not an event at the node: changes stay pending for the next real row.
            delta = now.deltaSince(last);
            last = now;
        }
        rows.addLast(new TraceRow(nodeId, clock, ++seq, kind, now.role(), op, delta));
        if (rows.size() > capacity) {
            rows.pollFirst();
            dropped++;
        }
    }
}
