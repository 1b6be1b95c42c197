package io.raftctl.raft;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's view of its log: every entry in memory, plus how far it is known to be durable.
 * Entries above {@link #stableIndex()} have been appended (or rewritten after a truncation) but not yet
 * acknowledged as durable by the driver.
 */
public final class RaftLog {

    private final ArrayList<Entry> entries = new ArrayList<>();
    private long stableIndex;

    /** A log restored from durable storage: all of it is stable. */
    public RaftLog(List<Entry> restored) {
        long expected = 1;
        for (Entry e : restored) {
            if (e.index() != expected) throw new IllegalArgumentException("restored log has a gap at index " + expected);
            expected++;
        }
        entries.addAll(restored);
        stableIndex = lastIndex();
    }

    public long lastIndex() {
        return entries.size();
    }

    public long lastTerm() {
        return term(lastIndex());
    }

    /** Term of the entry at {@code index}; 0 for index 0. */
    public long term(long index) {
        if (index == 0) return 0;
        return entry(index).term();
    }

    public boolean has(long index) {
        return index >= 1 && index <= lastIndex();
    }

    public Entry entry(long index) {
        if (!has(index)) throw new IndexOutOfBoundsException("no entry at index " + index + " (last is " + lastIndex() + ")");
        return entries.get((int) (index - 1));
    }

    /** Entries {@code from..to} inclusive, clipped to the log. */
    public List<Entry> slice(long from, long to) {
        long lo = Math.max(from, 1);
        long hi = Math.min(to, lastIndex());
        if (lo > hi) return List.of();
        return List.copyOf(entries.subList((int) (lo - 1), (int) hi));
    }

    /**
     * The last index of a batch starting at {@code from} of at most {@code maxEntries} entries and, beyond its first
     * entry, at most {@code maxBytes} ({@link #messageBytes}): a batch always holds at least one entry (from - 1 if
     * there is none at {@code from}).
     */
    long lastIndexOfBatch(long from, int maxEntries, long maxBytes) {
        long last = Math.min(lastIndex(), from + maxEntries - 1);
        long bytes = 0;
        for (long i = Math.max(from, 1); i <= last; i++) {
            bytes += messageBytes(entries.get((int) (i - 1)));
            if (bytes > maxBytes && i > from) return i - 1;
        }
        return last;
    }

    /** What an entry takes in a replication message: index, term, kind, the command's length and its UTF-8 bytes. */
    static long messageBytes(Entry e) {
        return ENTRY_OVERHEAD_BYTES + utf8Length(e.command());
    }

    /** Per-entry bytes of a replication message besides the command's UTF-8 (the transport's encoding). */
    static final int ENTRY_OVERHEAD_BYTES = 8 + 8 + 1 + 4;

    /** UTF-8 length without encoding: what {@code s.getBytes(UTF_8).length} says (a lone surrogate is 1 byte there). */
    static long utf8Length(String s) {
        long n = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++; // encoded as '?'
            } else {
                n += 3;
            }
        }
        return n;
    }

    void append(Entry e) {
        if (e.index() != lastIndex() + 1)
            throw new IllegalStateException("append at " + e.index() + " but last index is " + lastIndex());
        entries.add(e);
    }

    /** Drops every entry at or above {@code from}. */
    void truncateFrom(long from) {
        if (from < 1) throw new IllegalArgumentException("cannot truncate from " + from);
        while (lastIndex() >= from) entries.remove(entries.size() - 1);
        stableIndex = Math.min(stableIndex, from - 1);
    }

    /** True if a candidate whose log ends at (lastIndex, lastTerm) is at least as up to date as this log. */
    public boolean isUpToDate(long candidateLastIndex, long candidateLastTerm) {
        return candidateLastTerm > lastTerm() || (candidateLastTerm == lastTerm() && candidateLastIndex >= lastIndex());
    }

    /** First index of the run of entries with the same term as {@code index}, scanning back. */
    long firstIndexOfTermAt(long index) {
        long t = term(index);
        long i = index;
        while (i > 1 && term(i - 1) == t) i--;
        return i;
    }

    /** Last index holding {@code term}, or 0 if the log has no entry of that term. */
    long lastIndexOfTerm(long term) {
        for (long i = lastIndex(); i >= 1; i--) {
            long t = term(i);
            if (t == term) return i;
            if (t < term) return 0;
        }
        return 0;
    }

    public long stableIndex() {
        return stableIndex;
    }

    /** Entries not yet acknowledged as durable. */
    List<Entry> unstableEntries() {
        return slice(stableIndex + 1, lastIndex());
    }

    /** The driver made entries up to {@code index} (with term {@code term}) durable. */
    void markStable(long index, long term) {
        // Ignore an acknowledgement for entries that were truncated and rewritten in the meantime.
        if (index > stableIndex && has(index) && term(index) == term) stableIndex = index;
    }
}
