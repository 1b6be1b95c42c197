package io.raftctl.raft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * Records one node's trace rows and keeps its Lamport clock. A tracer belongs to a node, not to an
 * engine instance: it survives a simulated crash, so the delta after a restart shows what was lost.
 * Thread-safe, so that a reader may copy rows while the engine thread records.
 *
 * <p>Recording is on the engine's hot path (every message sent or received, two events per command), so rows
 * live in a ring of parallel arrays, numbers and the message itself, with no object per row: the text of a row's
 * op and delta is written only when someone reads the rows, and a busy node does not feed the garbage collector
 * a stream of long-lived rows.
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

    /** Network state codes in deltas: {@code n-1} joined the majority, {@code n-2} cut off from it. */
    public static final int NET_JOINED = 1;
    public static final int NET_CUT_OFF = 2;

    private final String nodeId;
    private final List<String> members;
    private final int capacity;
    private final Rows rows;
    private StateProbe source = StateProbe.INITIAL;
    // The state as of the last row that was not a section marker: deltas are relative to it.
    private long lastTerm;
    private long lastLastTerm;
    private long lastLastIndex;
    private long lastCommit;
    private int lastNet = NET_JOINED;
    private boolean crashed;
    private int net = NET_JOINED;
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
        this.rows = new Rows(capacity);
    }

    /** The trace name of a node: {@code N-k} for the k-th node of the cluster file. */
    public static String traceName(List<String> members, String id) {
        int i = members.indexOf(id);
        return i < 0 ? id : "N-" + (i + 1);
    }

    public String traceName(String id) {
        return traceName(members, id);
    }

    /** What a row reports of the engine, read without allocating. */
    public interface StateProbe {
        StateProbe INITIAL = new StateProbe() {
        };

        default String role() {
            return Role.FOLLOWER.traceCode();
        }

        default long term() {
            return 0;
        }

        default long lastTerm() {
            return 0;
        }

        default long lastIndex() {
            return 0;
        }

        default long commit() {
            return 0;
        }
    }

    /** The engine instance whose state rows report. */
    public synchronized void attach(StateProbe engineState) {
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
        add(TraceRow.Kind.RECEIVE, m);
    }

    /** Records the sending of {@code m} and returns it stamped with the clock. */
    public synchronized Message sent(Message m) {
        clock++;
        Message stamped = m.withClock(clock);
        add(TraceRow.Kind.SEND, stamped); // the clock is not part of the row's text
        return stamped;
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
        List<TraceRow> out = new ArrayList<>(rows.size);
        for (int i = 0; i < rows.size; i++) out.add(rows.format(this, i));
        return out;
    }

    public synchronized long droppedRows() {
        return dropped;
    }

    public synchronized void clear() {
        rows.clear();
    }

    private void add(TraceRow.Kind kind, Object op) {
        String role;
        long t;
        long lt;
        long li;
        long ci;
        if (crashed) {
            role = "CRSH";
            t = lastTerm;
            lt = lastLastTerm;
            li = lastLastIndex;
            ci = lastCommit;
        } else {
            StateProbe s = source;
            role = s.role();
            t = s.term();
            lt = s.lastTerm();
            li = s.lastIndex();
            ci = s.commit();
        }
        int changed = 0;
        if (kind != TraceRow.Kind.SECTION) {
            // A section marker is not an event at the node: changes stay pending for the next real row.
            if (t != lastTerm) changed |= Rows.TERM;
            if (lt != lastLastTerm) changed |= Rows.LAST_TERM;
            if (li != lastLastIndex) changed |= Rows.LAST_INDEX;
            if (ci != lastCommit) changed |= Rows.COMMIT;
            if (net != lastNet) changed |= Rows.NET;
            lastTerm = t;
            lastLastTerm = lt;
            lastLastIndex = li;
            lastCommit = ci;
            lastNet = net;
        }
        if (rows.add(clock, ++seq, kind, role, op, changed, t, lt, li, ci, net)) dropped++;
    }

    /**
     * The last {@code capacity} rows, oldest first, in parallel arrays that grow by doubling up to the capacity and
     * then wrap around.
     */
    private static final class Rows {
        static final int TERM = 1;
        static final int LAST_TERM = 2;
        static final int LAST_INDEX = 4;
        static final int COMMIT = 8;
        static final int NET = 16;
        private static final TraceRow.Kind[] KINDS = TraceRow.Kind.values();

        private final int capacity;
        private int head; // slot of the oldest row
        int size;
        private long[] clock = new long[0];
        private long[] seq = new long[0];
        private long[] term = new long[0];
        private long[] lastTerm = new long[0];
        private long[] lastIndex = new long[0];
        private long[] commit = new long[0];
        private byte[] kind = new byte[0];
        private byte[] changed = new byte[0];
        private byte[] net = new byte[0];
        private String[] role = new String[0];
        private Object[] op = new Object[0]; // the text, or the message for a send or receive

        Rows(int capacity) {
            this.capacity = Math.max(1, capacity);
        }

        /** Appends a row; true if the oldest one was dropped to make room. */
        boolean add(long c, long s, TraceRow.Kind k, String r, Object o, int ch, long t, long lt, long li, long ci, int n) {
            boolean drop = size == capacity;
            if (!drop && size == clock.length) grow();
            int slot = drop ? head : (head + size) % clock.length;
            if (drop) head = (head + 1) % clock.length;
            else size++;
            clock[slot] = c;
            seq[slot] = s;
            kind[slot] = (byte) k.ordinal();
            role[slot] = r;
            op[slot] = o;
            changed[slot] = (byte) ch;
            term[slot] = t;
            lastTerm[slot] = lt;
            lastIndex[slot] = li;
            commit[slot] = ci;
            net[slot] = (byte) n;
            return drop;
        }

        void clear() {
            Arrays.fill(op, null);
            Arrays.fill(role, null);
            head = 0;
            size = 0;
        }

        private void grow() {
            int n = (int) Math.min(capacity, Math.max(64, clock.length * 2L));
            // Unwrap while copying: the oldest row goes to slot 0.
            clock = unwrap(clock, n);
            seq = unwrap(seq, n);
            term = unwrap(term, n);
            lastTerm = unwrap(lastTerm, n);
            lastIndex = unwrap(lastIndex, n);
            commit = unwrap(commit, n);
            kind = unwrap(kind, n);
            changed = unwrap(changed, n);
            net = unwrap(net, n);
            role = unwrap(role, n);
            op = unwrap(op, n);
            head = 0;
        }

        private long[] unwrap(long[] a, int n) {
            long[] b = new long[n];
            for (int i = 0; i < size; i++) b[i] = a[(head + i) % a.length];
            return b;
        }

        private byte[] unwrap(byte[] a, int n) {
            byte[] b = new byte[n];
            for (int i = 0; i < size; i++) b[i] = a[(head + i) % a.length];
            return b;
        }

        private <T> T[] unwrap(T[] a, int n) {
            T[] b = Arrays.copyOf(a, n);
            for (int i = 0; i < size; i++) b[i] = a[(head + i) % a.length];
            return b;
        }

        /** The {@code i}-th oldest row as text. */
        TraceRow format(Tracer tracer, int i) {
            int slot = (head + i) % clock.length;
            TraceRow.Kind k = KINDS[kind[slot]];
            return new TraceRow(tracer.nodeId, clock[slot], seq[slot], k, role[slot], opText(tracer, k, op[slot]),
                    deltaText(slot));
        }

        private static String opText(Tracer tracer, TraceRow.Kind k, Object o) {
            if (!(o instanceof Message m)) return (String) o;
            return k == TraceRow.Kind.SEND ? sendShorthand(tracer.members, m)
                    : tracer.traceName(m.from()) + "+" + m.code() + " " + m.fields();
        }

        /** What changed, in the order term, last term, last index, commit, net. */
        private String deltaText(int slot) {
            int ch = changed[slot];
            if (ch == 0) return "";
            StringJoiner j = new StringJoiner(" ");
            if ((ch & TERM) != 0) j.add("t-" + term[slot]);
            if ((ch & LAST_TERM) != 0) j.add("lt-" + lastTerm[slot]);
            if ((ch & LAST_INDEX) != 0) j.add("li-" + lastIndex[slot]);
            if ((ch & COMMIT) != 0) j.add("ci-" + commit[slot]);
            if ((ch & NET) != 0) j.add("n-" + net[slot]);
            return j.toString();
        }
    }
}
