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
 *
 * <p>Some rows and one delta field are opt-in ({@link TraceEvents#ALL}): recorded always, shown only on request.
 * Each row therefore has two deltas, one per view, each relative to the previous row that view shows, so that
 * hiding the opt-in rows leaves the default view exactly as if they had never been recorded.
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
    /** Opt-in events: an apply that failed, an operator arming or clearing a trigger. */
    public static final String APPLY_FAILED = "APPLY FAILED";
    public static final String TRIGGER_SET = "TRIGGER SET";
    public static final String TRIGGER_CLEAR = "TRIGGER CLEAR";

    /** Network state codes in deltas: {@code n-1} joined the majority, {@code n-2} cut off from it. */
    public static final int NET_JOINED = 1;
    public static final int NET_CUT_OFF = 2;

    private final String nodeId;
    private final List<String> members;
    private final int capacity;
    private final Rows rows;
    private StateProbe source = StateProbe.INITIAL;
    // The state as of the previous row of each view: a row's delta in that view is what differs from it.
    private final Baseline defaultView = new Baseline(false);
    private final Baseline allView = new Baseline(true);
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

        default long applied() {
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

    /**
     * Records an opt-in event row ({@link #APPLY_FAILED}, {@link #TRIGGER_SET}, ...), shown only with
     * {@link TraceEvents#ALL}. It does not advance the Lamport clock but takes the clock of the node's previous
     * row: the rows of the default view, which the merge orders by clock, keep the clocks they would have had
     * without it, and by its seq it comes right after that previous row.
     */
    public synchronized void optInEvent(String op) {
        add(TraceRow.Kind.EVENT, op, true);
    }

    /**
     * The op of an {@link #APPLY_FAILED} row: {@code APPLY FAILED i-3 explode} if the state machine threw,
     * {@code APPLY FAILED i-3 error} if it reported the failure.
     */
    public static String applyFailed(long index, boolean threw) {
        return APPLY_FAILED + " i-" + index + (threw ? " explode" : " error");
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

    /** The rows of the default view, the seed's notation. */
    public synchronized List<TraceRow> rows() {
        return rows(TraceEvents.DEFAULT);
    }

    public synchronized List<TraceRow> rows(TraceEvents events) {
        boolean everything = events == TraceEvents.ALL;
        List<TraceRow> out = new ArrayList<>(rows.size);
        for (int i = 0; i < rows.size; i++) {
            if (everything || !rows.isOptIn(i)) out.add(rows.format(this, i, everything));
        }
        return out;
    }

    public synchronized long droppedRows() {
        return dropped;
    }

    public synchronized void clear() {
        rows.clear();
    }

    private void add(TraceRow.Kind kind, Object op) {
        add(kind, op, false);
    }

    private void add(TraceRow.Kind kind, Object op, boolean optIn) {
        String role;
        long t;
        long lt;
        long li;
        long ci;
        long ai;
        if (crashed) {
            // Nothing is known of a crashed engine but the network; the numbers stay as last seen.
            role = "CRSH";
            t = allView.term;
            lt = allView.lastTerm;
            li = allView.lastIndex;
            ci = allView.commit;
            ai = allView.applied;
        } else {
            StateProbe s = source;
            role = s.role();
            t = s.term();
            lt = s.lastTerm();
            li = s.lastIndex();
            ci = s.commit();
            ai = s.applied();
        }
        int changed = 0;
        int changedInAll = 0;
        if (kind != TraceRow.Kind.SECTION) {
            // A section marker is not an event at the node: changes stay pending for the next real row.
            changedInAll = crashed ? allView.moveNetTo(net) : allView.moveTo(t, lt, li, ci, ai, net);
            if (!optIn) changed = crashed ? defaultView.moveNetTo(net) : defaultView.moveTo(t, lt, li, ci, ai, net);
        }
        if (rows.add(clock, ++seq, kind, role, op, optIn, changed, changedInAll, t, lt, li, ci, ai, net)) dropped++;
    }

    /** The state as of a view's previous row, and what a new row changed since. */
    private static final class Baseline {
        private final boolean showsApplied;
        long term;
        long lastTerm;
        long lastIndex;
        long commit;
        long applied;
        int net = NET_JOINED;

        Baseline(boolean showsApplied) {
            this.showsApplied = showsApplied;
        }

        /** Moves to the given state; returns the {@link Rows} bits of what changed. */
        int moveTo(long t, long lt, long li, long ci, long ai, int n) {
            int changed = moveNetTo(n);
            if (t != term) changed |= Rows.TERM;
            if (lt != lastTerm) changed |= Rows.LAST_TERM;
            if (li != lastIndex) changed |= Rows.LAST_INDEX;
            if (ci != commit) changed |= Rows.COMMIT;
            if (showsApplied && ai != applied) changed |= Rows.APPLIED;
            term = t;
            lastTerm = lt;
            lastIndex = li;
            commit = ci;
            applied = ai;
            return changed;
        }

        int moveNetTo(int n) {
            int changed = n != net ? Rows.NET : 0;
            net = n;
            return changed;
        }
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
        static final int APPLIED = 32;
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
        private long[] applied = new long[0];
        private byte[] kind = new byte[0];
        private boolean[] optIn = new boolean[0];
        private byte[] changed = new byte[0]; // in the default view
        private byte[] changedInAll = new byte[0];
        private byte[] net = new byte[0];
        private String[] role = new String[0];
        private Object[] op = new Object[0]; // the text, or the message for a send or receive

        Rows(int capacity) {
            this.capacity = Math.max(1, capacity);
        }

        /** Appends a row; true if the oldest one was dropped to make room. */
        boolean add(long c, long s, TraceRow.Kind k, String r, Object o, boolean opt, int ch, int chAll,
                    long t, long lt, long li, long ci, long ai, int n) {
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
            optIn[slot] = opt;
            changed[slot] = (byte) ch;
            changedInAll[slot] = (byte) chAll;
            term[slot] = t;
            lastTerm[slot] = lt;
            lastIndex[slot] = li;
            commit[slot] = ci;
            applied[slot] = ai;
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
            applied = unwrap(applied, n);
            kind = unwrap(kind, n);
            optIn = unwrap(optIn, n);
            changed = unwrap(changed, n);
            changedInAll = unwrap(changedInAll, n);
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

        private boolean[] unwrap(boolean[] a, int n) {
            boolean[] b = new boolean[n];
            for (int i = 0; i < size; i++) b[i] = a[(head + i) % a.length];
            return b;
        }

        private <T> T[] unwrap(T[] a, int n) {
            T[] b = Arrays.copyOf(a, n);
            for (int i = 0; i < size; i++) b[i] = a[(head + i) % a.length];
            return b;
        }

        boolean isOptIn(int i) {
            return optIn[(head + i) % clock.length];
        }

        /** The {@code i}-th oldest row as text, with its delta in the default view or in the view of all rows. */
        TraceRow format(Tracer tracer, int i, boolean inAll) {
            int slot = (head + i) % clock.length;
            TraceRow.Kind k = KINDS[kind[slot]];
            return new TraceRow(tracer.nodeId, clock[slot], seq[slot], k, role[slot], opText(tracer, k, op[slot]),
                    deltaText(slot, inAll ? changedInAll[slot] : changed[slot]));
        }

        private static String opText(Tracer tracer, TraceRow.Kind k, Object o) {
            if (!(o instanceof Message m)) return (String) o;
            return k == TraceRow.Kind.SEND ? sendShorthand(tracer.members, m)
                    : tracer.traceName(m.from()) + "+" + m.code() + " " + m.fields();
        }

        /** What changed, in the order term, last term, last index, commit, applied, net. */
        private String deltaText(int slot, int ch) {
            if (ch == 0) return "";
            StringJoiner j = new StringJoiner(" ");
            if ((ch & TERM) != 0) j.add("t-" + term[slot]);
            if ((ch & LAST_TERM) != 0) j.add("lt-" + lastTerm[slot]);
            if ((ch & LAST_INDEX) != 0) j.add("li-" + lastIndex[slot]);
            if ((ch & COMMIT) != 0) j.add("ci-" + commit[slot]);
            if ((ch & APPLIED) != 0) j.add("ai-" + applied[slot]);
            if ((ch & NET) != 0) j.add("n-" + net[slot]);
            return j.toString();
        }
    }
}
