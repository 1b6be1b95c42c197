package io.raftctl.transport;

import io.raftctl.raft.Entry;
import io.raftctl.raft.EntryKind;
import io.raftctl.raft.Message;
import io.raftctl.raft.Message.AppendEntries;
import io.raftctl.raft.Message.AppendEntriesResponse;
import io.raftctl.raft.Message.PreVoteRequest;
import io.raftctl.raft.Message.PreVoteResponse;
import io.raftctl.raft.Message.VoteRequest;
import io.raftctl.raft.Message.VoteResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of a {@link Message}: a type byte, then the record's components in declaration order.
 * Longs are 8 bytes and ints 4 bytes big-endian, booleans one byte (0 or 1), strings an int byte count and
 * UTF-8. An AppendEntries carries an int entry count, then per entry index, term, a kind byte and the command.
 * The format version travels once per connection in the {@link Hello}, not in every frame.
 *
 * <p>Decoding is strict and never trusts a length before checking it against the bytes at hand.
 */
public final class MessageCodec {

    /** The largest frame payload either side accepts. */
    public static final int MAX_FRAME_BYTES = 16 << 20;
    /** The most entries one AppendEntries may carry. */
    public static final int MAX_ENTRIES = 1 << 20;

    static final int PRE_VOTE_REQUEST = 1;
    static final int PRE_VOTE_RESPONSE = 2;
    static final int VOTE_REQUEST = 3;
    static final int VOTE_RESPONSE = 4;
    static final int APPEND_ENTRIES = 5;
    static final int APPEND_ENTRIES_RESPONSE = 6;

    // Wire codes of EntryKind, fixed here so that reordering the enum cannot change the format.
    private static final int KIND_TERM_START = 0;
    private static final int KIND_COMMAND = 1;
    /** The fewest bytes an encoded entry takes: index, term, kind, empty command. */
    private static final int MIN_ENTRY_BYTES = 8 + 8 + 1 + 4;

    private MessageCodec() {
    }

    /** @throws IllegalArgumentException if the encoding would exceed {@link #MAX_FRAME_BYTES} */
    public static byte[] encode(Message message) {
        PayloadWriter out = new PayloadWriter(sizeHint(message));
        // The interface is sealed; a new message type fails the last branch until it is added here.
        if (message instanceof PreVoteRequest m) {
            header(out, PRE_VOTE_REQUEST, m);
            out.writeLong(m.lastIndex()).writeLong(m.lastTerm()).writeBoolean(m.force()).writeLong(m.clock());
        } else if (message instanceof PreVoteResponse m) {
            header(out, PRE_VOTE_RESPONSE, m);
            out.writeBoolean(m.granted()).writeLong(m.clock());
        } else if (message instanceof VoteRequest m) {
            header(out, VOTE_REQUEST, m);
            out.writeLong(m.lastIndex()).writeLong(m.lastTerm()).writeBoolean(m.force()).writeLong(m.clock());
        } else if (message instanceof VoteResponse m) {
            header(out, VOTE_RESPONSE, m);
            out.writeBoolean(m.granted()).writeLong(m.clock());
        } else if (message instanceof AppendEntries m) {
            header(out, APPEND_ENTRIES, m);
            out.writeLong(m.prevIndex()).writeLong(m.prevTerm());
            if (m.entries().size() > MAX_ENTRIES) {
                throw new IllegalArgumentException("an AppendEntries of " + m.entries().size()
                        + " entries exceeds the limit of " + MAX_ENTRIES);
            }
            out.writeInt(m.entries().size());
            for (Entry e : m.entries()) {
                out.writeLong(e.index()).writeLong(e.term()).writeByte(kindCode(e.kind())).writeString(e.command());
                if (out.size() > MAX_FRAME_BYTES) throw tooLarge(out.size());
            }
            out.writeLong(m.leaderCommit()).writeLong(m.clock());
        } else if (message instanceof AppendEntriesResponse m) {
            header(out, APPEND_ENTRIES_RESPONSE, m);
            out.writeBoolean(m.success()).writeLong(m.matchIndex()).writeLong(m.rejectedIndex())
                    .writeLong(m.hintIndex()).writeLong(m.hintTerm()).writeLong(m.clock());
        } else {
            throw new IllegalArgumentException("no encoding for message type " + message.getClass().getSimpleName());
        }
        if (out.size() > MAX_FRAME_BYTES) throw tooLarge(out.size());
        return out.toByteArray();
    }

    /** @throws MalformedFrameException if {@code payload} is not exactly one well-formed message */
    public static Message decode(byte[] payload) throws MalformedFrameException {
        if (payload.length > MAX_FRAME_BYTES) {
            throw new MalformedFrameException("frame of " + payload.length + " bytes exceeds the 16 MiB limit.");
        }
        PayloadReader in = new PayloadReader(payload);
        int type = in.readByte();
        String from = in.readString();
        String to = in.readString();
        long term = in.readLong();
        Message message = switch (type) {
            case PRE_VOTE_REQUEST -> new PreVoteRequest(from, to, term, in.readLong(), in.readLong(),
                    in.readBoolean(), in.readLong());
            case PRE_VOTE_RESPONSE -> new PreVoteResponse(from, to, term, in.readBoolean(), in.readLong());
            case VOTE_REQUEST -> new VoteRequest(from, to, term, in.readLong(), in.readLong(),
                    in.readBoolean(), in.readLong());
            case VOTE_RESPONSE -> new VoteResponse(from, to, term, in.readBoolean(), in.readLong());
            case APPEND_ENTRIES -> new AppendEntries(from, to, term, in.readLong(), in.readLong(), readEntries(in),
                    in.readLong(), in.readLong());
            case APPEND_ENTRIES_RESPONSE -> new AppendEntriesResponse(from, to, term, in.readBoolean(),
                    in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
            default -> throw new MalformedFrameException("unknown message type " + type + " in frame.");
        };
        in.expectEnd();
        return message;
    }

    /** Roughly the encoded size, so that a large AppendEntries is not copied over and over as it grows. */
    private static int sizeHint(Message m) {
        if (!(m instanceof AppendEntries a)) return 64;
        long n = 128;
        for (Entry e : a.entries()) n += MIN_ENTRY_BYTES + e.command().length();
        return (int) Math.min(n, MAX_FRAME_BYTES);
    }

    private static void header(PayloadWriter out, int type, Message m) {
        out.writeByte(type).writeString(m.from()).writeString(m.to()).writeLong(m.term());
    }

    private static List<Entry> readEntries(PayloadReader in) throws MalformedFrameException {
        int count = in.readInt();
        if (count < 0 || count > MAX_ENTRIES) {
            throw new MalformedFrameException("entry count " + count + " is outside 0.." + MAX_ENTRIES + ".");
        }
        // Checked before allocating: a hostile count must not size the list beyond what the bytes can hold.
        if ((long) count * MIN_ENTRY_BYTES > in.remaining()) {
            throw new MalformedFrameException("entry count " + count + " does not fit in the frame.");
        }
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long index = in.readLong();
            long term = in.readLong();
            EntryKind kind = kindOf(in.readByte());
            String command = in.readString();
            if (index < 1 || term < 1) {
                throw new MalformedFrameException("entry with index " + index + " and term " + term + " is invalid.");
            }
            entries.add(new Entry(index, term, kind, command));
        }
        return entries;
    }

    private static int kindCode(EntryKind kind) {
        return switch (kind) {
            case TERM_START -> KIND_TERM_START;
            case COMMAND -> KIND_COMMAND;
        };
    }

    private static EntryKind kindOf(int code) throws MalformedFrameException {
        return switch (code) {
            case KIND_TERM_START -> EntryKind.TERM_START;
            case KIND_COMMAND -> EntryKind.COMMAND;
            default -> throw new MalformedFrameException("unknown entry kind " + code + " in frame.");
        };
    }

    private static IllegalArgumentException tooLarge(int size) {
        return new IllegalArgumentException("message of at least " + size + " bytes exceeds the 16 MiB frame limit");
    }
}
