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

import java.util.List;

/** Sample messages. The {@code clock} field doubles as a sequence number that tells messages apart. */
final class TestMessages {

    private TestMessages() {
    }

    static AppendEntries heartbeat(String from, String to, long seq) {
        return new AppendEntries(from, to, 1, 0, 0, List.of(), 0, seq);
    }

    /** One of every message type, with entries of every kind, unicode, an empty command and extreme values. */
    static List<Message> everyType() {
        List<Entry> entries = List.of(
                Entry.termStart(1, 1),
                Entry.command(2, 1, "set k=v"),
                Entry.command(3, 2, "put ключ значение 🚀 日本語"),
                Entry.command(4, 2, ""),
                new Entry(Long.MAX_VALUE, Long.MAX_VALUE, EntryKind.COMMAND, "x"));
        return List.of(
                new PreVoteRequest("n1", "n2", 3, 10, 2, false, 7),
                new PreVoteRequest("n1", "n3", Long.MAX_VALUE, Long.MIN_VALUE, -1, true, 0),
                new PreVoteResponse("n2", "n1", 3, true, 8),
                new PreVoteResponse("n2", "n1", 0, false, Long.MAX_VALUE),
                new VoteRequest("n1", "n2", 4, 10, 3, true, 9),
                new VoteRequest("nœud-1", "узел-2", 4, 0, 0, false, 1),
                new VoteResponse("n2", "n1", 4, true, 10),
                new VoteResponse("n3", "n1", 4, false, 11),
                new AppendEntries("n1", "n2", 5, 0, 0, List.of(), 0, 12),
                new AppendEntries("n1", "n2", 5, 12, 4, entries, 11, 13),
                new AppendEntriesResponse("n2", "n1", 5, true, 17, 0, 0, 0, 14),
                new AppendEntriesResponse("n2", "n1", 5, false, 0, 12, 9, 3, 15));
    }
}
