package io.raftctl.raft;

import io.raftctl.raft.StateDelta.Network;
import io.raftctl.raft.TraceEvent.Kind;
import io.raftctl.raft.TraceEvent.NodeRole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records one node's trace events and keeps its Lamport clock. A tracer belongs to a node, not to an engine
 * instance: it survives a simulated crash, so the delta after a restart shows what was lost. Thread-safe, so
 * that a reader may copy events while the engine thread records.
 *
 * <p>Recording is on the engine's hot path (every message sent or received, two events per command), so events
 * live in a ring of parallel arrays of numbers, with no object per event: {@link TraceEvent}s are built only
 * when someone reads them, and a busy node does not feed the garbage collector a stream of long-lived objects
 * (nor keeps the entries of every AppendEntries it traced).
 *
 * <p>Some events and one delta field are opt-in ({@link TraceEvents#ALL}): recorded always, shown only on
 * request. Each event therefore has two deltas, one per view, each relative to the previous event that view
 * shows, so that hiding the opt-in events leaves the default view exactly as if they had never been recorded.
 *
 * <p>Every send ticks the clock, a broadcast once per message: the sender and its clock identify a message.
 */
public final class Tracer {

    /** Events kept; the oldest are dropped beyond this. */
    public static final int DEFAULT_CAPACITY = 200_000;

    private final String nodeId;
    private final Ring ring;
    private StateProbe source = StateProbe.INITIAL;
    // The state as of the previous event of each view: an event's delta in that view is what differs from it.
    private final Baseline defaultView = new Baseline(false);
    private final Baseline allView = new Baseline(true);
    private boolean crashed;
    private Network net = Network.JOINED;
    private long clock;
    private long seq;
    private long dropped;

    public Tracer(String nodeId) {
        this(nodeId, DEFAULT_CAPACITY);
    }

    public Tracer(String nodeId, int capacity) {
        this.nodeId = nodeId;
        this.ring = new Ring(capacity);
    }

    /** What an event reports of the engine, read without allocating. */
    public interface StateProbe {
        StateProbe INITIAL = new StateProbe() {
        };

        default Role role() {
            return Role.FOLLOWER;
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

    /** The engine instance whose state events report. */
    public synchronized void attach(StateProbe engineState) {
        this.source = engineState;
    }

    public synchronized void setCrashed(boolean crashed) {
        this.crashed = crashed;
    }

    public synchronized void setNet(Network net) {
        this.net = net;
    }

    public synchronized long clock() {
        return clock;
    }

    /**
     * Records an event. An opt-in one ({@link NodeEvent.Type#optIn()}) does not advance the Lamport clock but
     * takes the clock of the node's previous event: the events of the default view, which the merge orders by
     * clock, keep the clocks they would have had without it, and by its seq it comes right after that previous one.
     */
    public synchronized void event(NodeEvent e) {
        boolean optIn = e.type().optIn();
        if (!optIn) clock++;
        add(Kind.EVENT, e, optIn);
    }

    /** Records the receipt of {@code m}, advancing the Lamport clock past the sender's. */
    public synchronized void received(Message m) {
        clock = Math.max(clock, m.clock()) + 1;
        add(Kind.RECEIVE, null, false);
        ring.setMessage(m, m.from());
    }

    /** Records the sending of {@code m} and returns it stamped with the clock, which is then this send's alone. */
    public synchronized Message sent(Message m) {
        clock++;
        Message stamped = m.withClock(clock);
        add(Kind.SEND, null, false);
        ring.setMessage(stamped, stamped.to());
        return stamped;
    }

    /** Starts a titled section; the clock jumps past {@code atLeast} so later events sort after every earlier one. */
    public synchronized void section(String title, long atLeast) {
        clock = Math.max(clock, atLeast) + 1;
        add(Kind.SECTION, title, false);
    }

    /** The events of the default view, the seed's. */
    public synchronized List<TraceEvent> events() {
        return events(TraceEvents.DEFAULT);
    }

    public synchronized List<TraceEvent> events(TraceEvents view) {
        boolean everything = view == TraceEvents.ALL;
        List<TraceEvent> out = new ArrayList<>(ring.size);
        for (int i = 0; i < ring.size; i++) {
            if (everything || !ring.isOptIn(i)) out.add(ring.read(nodeId, i, everything));
        }
        return out;
    }

    public synchronized long droppedEvents() {
        return dropped;
    }

    public synchronized void clear() {
        ring.clear();
    }

    private void add(Kind kind, Object detail, boolean optIn) {
        NodeRole role;
        long t;
        long lt;
        long li;
        long ci;
        long ai;
        if (crashed) {
            // Nothing is known of a crashed engine but the network; the numbers stay as last seen.
            role = NodeRole.CRASHED;
            t = allView.term;
            lt = allView.lastTerm;
            li = allView.lastIndex;
            ci = allView.commit;
            ai = allView.applied;
        } else {
            StateProbe s = source;
            role = NodeRole.of(s.role());
            t = s.term();
            lt = s.lastTerm();
            li = s.lastIndex();
            ci = s.commit();
            ai = s.applied();
        }
        int changed = 0;
        int changedInAll = 0;
        if (kind != Kind.SECTION) {
            // A section marker is not an event at the node: changes stay pending for the next real event.
            changedInAll = crashed ? allView.moveNetTo(net) : allView.moveTo(t, lt, li, ci, ai, net);
            if (!optIn) changed = crashed ? defaultView.moveNetTo(net) : defaultView.moveTo(t, lt, li, ci, ai, net);
        }
        if (ring.add(clock, ++seq, kind, role, detail, optIn, changed, changedInAll, t, lt, li, ci, ai, net)) dropped++;
    }

    /** The state as of a view's previous event, and what a new event changed since. */
    private static final class Baseline {
        private final boolean showsApplied;
        long term;
        long lastTerm;
        long lastIndex;
        long commit;
        long applied;
        Network net = Network.JOINED;

        Baseline(boolean showsApplied) {
            this.showsApplied = showsApplied;
        }

        /** Moves to the given state; returns the {@link Ring} bits of what changed. */
        int moveTo(long t, long lt, long li, long ci, long ai, Network n) {
            int changed = moveNetTo(n);
            if (t != term) changed |= Ring.TERM;
            if (lt != lastTerm) changed |= Ring.LAST_TERM;
            if (li != lastIndex) changed |= Ring.LAST_INDEX;
            if (ci != commit) changed |= Ring.COMMIT;
            if (showsApplied && ai != applied) changed |= Ring.APPLIED;
            term = t;
            lastTerm = lt;
            lastIndex = li;
            commit = ci;
            applied = ai;
            return changed;
        }

        int moveNetTo(Network n) {
            int changed = n != net ? Ring.NET : 0;
            net = n;
            return changed;
        }
    }

    /**
     * The last {@code capacity} events, oldest first, in parallel arrays that grow by doubling up to the capacity
     * and then wrap around. A message is kept as its type, its peer and its numbers; the few objects kept are
     * shared ones (the peer's id, a constant {@link NodeEvent}) or rare ones (a section title, a trigger's event).
     */
    private static final class Ring {
        static final int TERM = 1;
        static final int LAST_TERM = 2;
        static final int LAST_INDEX = 4;
        static final int COMMIT = 8;
        static final int NET = 16;
        static final int APPLIED = 32;
        private static final Kind[] KINDS = Kind.values();
        private static final NodeRole[] ROLES = NodeRole.values();
        private static final Network[] NETWORKS = Network.values();
        private static final TracedMessage.Type[] TYPES = TracedMessage.Type.values();

        private final int capacity;
        private int head; // slot of the oldest event
        int size;
        private int last = -1; // slot of the newest event
        private long[] clock = new long[0];
        private long[] seq = new long[0];
        private long[] term = new long[0];
        private long[] lastTerm = new long[0];
        private long[] lastIndex = new long[0];
        private long[] commit = new long[0];
        private long[] applied = new long[0];
        private byte[] kind = new byte[0];
        private byte[] role = new byte[0];
        private boolean[] optIn = new boolean[0];
        private byte[] changed = new byte[0]; // in the default view
        private byte[] changedInAll = new byte[0];
        private byte[] net = new byte[0];
        private Object[] detail = new Object[0]; // the NodeEvent of an event, the title of a section
        // A message: which one, the other end, and its fields.
        private byte[] messageType = new byte[0];
        private String[] peer = new String[0];
        private long[] messageClock = new long[0];
        private long[] messageTerm = new long[0];
        private long[] messageIndex = new long[0]; // last index, prev index or match index
        private long[] messageLogTerm = new long[0]; // last term or prev term
        private int[] messageEntries = new int[0];
        private long[] messageCommit = new long[0];
        private boolean[] messageFlag = new boolean[0]; // granted or success

        Ring(int capacity) {
            this.capacity = Math.max(1, capacity);
        }

        /** Appends an event; true if the oldest one was dropped to make room. */
        boolean add(long c, long s, Kind k, NodeRole r, Object d, boolean opt, int ch, int chAll,
                    long t, long lt, long li, long ci, long ai, Network n) {
            boolean drop = size == capacity;
            if (!drop && size == clock.length) grow();
            int slot = drop ? head : (head + size) % clock.length;
            if (drop) head = (head + 1) % clock.length;
            else size++;
            last = slot;
            clock[slot] = c;
            seq[slot] = s;
            kind[slot] = (byte) k.ordinal();
            role[slot] = (byte) r.ordinal();
            detail[slot] = d;
            optIn[slot] = opt;
            changed[slot] = (byte) ch;
            changedInAll[slot] = (byte) chAll;
            term[slot] = t;
            lastTerm[slot] = lt;
            lastIndex[slot] = li;
            commit[slot] = ci;
            applied[slot] = ai;
            net[slot] = (byte) n.ordinal();
            peer[slot] = null;
            return drop;
        }

        /** Fills in the message of the newest event. */
        void setMessage(Message m, String otherEnd) {
            int slot = last;
            messageType[slot] = (byte) TracedMessage.Type.of(m).ordinal();
            peer[slot] = otherEnd;
            messageClock[slot] = m.clock();
            messageTerm[slot] = m.term();
            long index = 0;
            long logTerm = 0;
            int entries = 0;
            long leaderCommit = 0;
            boolean flag = false;
            if (m instanceof Message.PreVoteRequest p) {
                index = p.lastIndex();
                logTerm = p.lastTerm();
            } else if (m instanceof Message.VoteRequest v) {
                index = v.lastIndex();
                logTerm = v.lastTerm();
            } else if (m instanceof Message.PreVoteResponse p) {
                flag = p.granted();
            } else if (m instanceof Message.VoteResponse v) {
                flag = v.granted();
            } else if (m instanceof Message.AppendEntries a) {
                index = a.prevIndex();
                logTerm = a.prevTerm();
                entries = a.entries().size();
                leaderCommit = a.leaderCommit();
            } else if (m instanceof Message.AppendEntriesResponse r) {
                index = r.matchIndex();
                flag = r.success();
            }
            messageIndex[slot] = index;
            messageLogTerm[slot] = logTerm;
            messageEntries[slot] = entries;
            messageCommit[slot] = leaderCommit;
            messageFlag[slot] = flag;
        }

        void clear() {
            Arrays.fill(detail, null);
            Arrays.fill(peer, null);
            head = 0;
            size = 0;
            last = -1;
        }

        private void grow() {
            int n = (int) Math.min(capacity, Math.max(64, clock.length * 2L));
            // Unwrap while copying: the oldest event goes to slot 0.
            clock = unwrap(clock, n);
            seq = unwrap(seq, n);
            term = unwrap(term, n);
            lastTerm = unwrap(lastTerm, n);
            lastIndex = unwrap(lastIndex, n);
            commit = unwrap(commit, n);
            applied = unwrap(applied, n);
            kind = unwrap(kind, n);
            role = unwrap(role, n);
            optIn = unwrap(optIn, n);
            changed = unwrap(changed, n);
            changedInAll = unwrap(changedInAll, n);
            net = unwrap(net, n);
            detail = unwrap(detail, n);
            messageType = unwrap(messageType, n);
            peer = unwrap(peer, n);
            messageClock = unwrap(messageClock, n);
            messageTerm = unwrap(messageTerm, n);
            messageIndex = unwrap(messageIndex, n);
            messageLogTerm = unwrap(messageLogTerm, n);
            messageEntries = unwrap(messageEntries, n);
            messageCommit = unwrap(messageCommit, n);
            messageFlag = unwrap(messageFlag, n);
            head = 0;
            last = size - 1;
        }

        private long[] unwrap(long[] a, int n) {
            long[] b = new long[n];
            for (int i = 0; i < size; i++) b[i] = a[(head + i) % a.length];
            return b;
        }

        private int[] unwrap(int[] a, int n) {
            int[] b = new int[n];
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

        /** The {@code i}-th oldest event, with its delta in the default view or in the view of all events. */
        TraceEvent read(String node, int i, boolean inAll) {
            int slot = (head + i) % clock.length;
            NodeRole r = ROLES[role[slot]];
            StateDelta delta = delta(slot, inAll ? changedInAll[slot] : changed[slot]);
            return switch (KINDS[kind[slot]]) {
                case SEND -> TraceEvent.sent(node, clock[slot], seq[slot], r, message(slot, node, peer[slot]), delta);
                case RECEIVE -> TraceEvent.received(node, clock[slot], seq[slot], r, message(slot, peer[slot], node), delta);
                case EVENT -> TraceEvent.happened(node, clock[slot], seq[slot], r, (NodeEvent) detail[slot], delta);
                case SECTION -> TraceEvent.section(node, clock[slot], seq[slot], r, (String) detail[slot]);
            };
        }

        private TracedMessage message(int slot, String from, String to) {
            long c = messageClock[slot];
            long t = messageTerm[slot];
            long index = messageIndex[slot];
            long logTerm = messageLogTerm[slot];
            boolean flag = messageFlag[slot];
            return switch (TYPES[messageType[slot]]) {
                case PRE_VOTE_REQUEST -> new TracedMessage.PreVoteRequest(from, to, c, t, index, logTerm);
                case PRE_VOTE_RESPONSE -> new TracedMessage.PreVoteResponse(from, to, c, t, flag);
                case VOTE_REQUEST -> new TracedMessage.VoteRequest(from, to, c, t, index, logTerm);
                case VOTE_RESPONSE -> new TracedMessage.VoteResponse(from, to, c, t, flag);
                case APPEND_ENTRIES -> new TracedMessage.AppendEntries(from, to, c, t, index, logTerm,
                        messageEntries[slot], messageCommit[slot]);
                case APPEND_ENTRIES_RESPONSE -> new TracedMessage.AppendEntriesResponse(from, to, c, t, flag, index);
            };
        }

        private StateDelta delta(int slot, int ch) {
            if (ch == 0) return StateDelta.NONE;
            return new StateDelta(
                    (ch & TERM) != 0 ? term[slot] : null,
                    (ch & LAST_TERM) != 0 ? lastTerm[slot] : null,
                    (ch & LAST_INDEX) != 0 ? lastIndex[slot] : null,
                    (ch & COMMIT) != 0 ? commit[slot] : null,
                    (ch & APPLIED) != 0 ? applied[slot] : null,
                    (ch & NET) != 0 ? NETWORKS[net[slot]] : null);
        }
    }
}
