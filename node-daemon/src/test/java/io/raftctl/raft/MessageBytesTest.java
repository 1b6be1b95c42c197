package io.raftctl.raft;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AppendEntries are capped by bytes as well as by entries (always at least one entry), and a command larger than
 * one replication message may carry is refused at submission.
 */
class MessageBytesTest {

    private static final List<String> MEMBERS = List.of("n1", "n2", "n3");

    private static DirectCluster cluster(RaftSettings settings) {
        DirectCluster c = new DirectCluster(MEMBERS);
        for (String id : MEMBERS) c.add(id, settings, List.of(), null);
        c.node("n1").campaign(true);
        c.settle();
        assertThat(c.node("n1").role()).isEqualTo(Role.LEADER);
        c.sent.clear();
        return c;
    }

    private static long entryBytes(List<Entry> entries) {
        return entries.stream().mapToLong(RaftLog::messageBytes).sum();
    }

    @Test
    void aBatchOfLargeCommandsIsSplitByBytesAndStillCommitsEverything() {
        long cap = 10_000;
        DirectCluster c = cluster(RaftSettings.defaults().withTimers(false).withMaxBytesPerMessage(cap));
        RaftNode leader = c.node("n1");
        String big = "set k " + "x".repeat(3_000);
        for (int i = 0; i < 20; i++) leader.submit(i, big);
        c.settle();

        List<Message.AppendEntries> appends = c.sent.stream().filter(m -> m instanceof Message.AppendEntries)
                .map(m -> (Message.AppendEntries) m).filter(a -> !a.entries().isEmpty()).toList();
        assertThat(appends).isNotEmpty();
        assertThat(appends).allSatisfy(a -> assertThat(entryBytes(a.entries())).isLessThanOrEqualTo(cap));
        assertThat(appends).as("3 commands fill a message").anySatisfy(a -> assertThat(a.entries()).hasSize(3));
        assertThat(c.results).hasSize(20).allSatisfy((id, r) -> assertThat(r.ok()).isTrue());
        for (String id : MEMBERS) assertThat(c.node(id).commitIndex()).as(id).isEqualTo(21);
    }

    @Test
    void oneEntryLargerThanTheCapStillGoesAlone() {
        DirectCluster c = cluster(RaftSettings.defaults().withTimers(false).withMaxBytesPerMessage(100));
        c.node("n1").submit(1, "set k " + "y".repeat(500));
        c.node("n1").submit(2, "set k " + "z".repeat(500));
        c.settle();
        List<Message.AppendEntries> appends = c.sent.stream().filter(m -> m instanceof Message.AppendEntries)
                .map(m -> (Message.AppendEntries) m).filter(a -> !a.entries().isEmpty()).toList();
        assertThat(appends).allSatisfy(a -> assertThat(a.entries()).hasSize(1));
        assertThat(c.results.values()).hasSize(2).allMatch(ClientResult::ok);
    }

    @Test
    void theEntryCountCapStillHolds() {
        DirectCluster c = cluster(RaftSettings.defaults().withTimers(false).withMaxEntriesPerMessage(2));
        for (int i = 0; i < 5; i++) c.node("n1").submit(i, "add 1");
        c.settle();
        assertThat(c.sent).filteredOn(m -> m instanceof Message.AppendEntries)
                .allSatisfy(m -> assertThat(((Message.AppendEntries) m).entries().size()).isLessThanOrEqualTo(2));
        assertThat(c.results).hasSize(5);
    }

    @Test
    void aCommandLargerThanOneMessageMayCarryIsRefusedAtSubmission() {
        DirectCluster c = cluster(RaftSettings.defaults().withTimers(false).withMaxCommandBytes(1_000));
        RaftNode leader = c.node("n1");
        leader.submit(1, "set k " + "é".repeat(497)); // 6 + 994 = 1,000 bytes: just fits
        leader.submit(2, "set k " + "é".repeat(498)); // 1,002 bytes
        c.settle();
        assertThat(c.results.get(1L).ok()).isTrue();
        ClientResult refused = c.results.get(2L);
        assertThat(refused.status()).isEqualTo(ClientResult.Status.INVALID);
        assertThat(refused.error()).isEqualTo("invalid command: it is 1002 bytes (UTF-8), more than the 1000 bytes one "
                + "replication message may carry");
        assertThat(leader.log().lastIndex()).as("never entered the log").isEqualTo(2);
    }

    @Test
    void utf8LengthMatchesTheEncoder() {
        for (String s : List.of("", "add 1", "é", "日本", "\uD83D\uDE00 smile", "lone \uD800 surrogate", "\uDC00x")) {
            assertThat(RaftLog.utf8Length(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void theDefaultsFitTheTransportsFrames() {
        RaftSettings d = RaftSettings.defaults();
        assertThat(d.maxBytesPerMessage()).isEqualTo(1 << 20);
        assertThat(d.maxCommandBytes()).isEqualTo(8 << 20);
        // One entry of the largest command, plus the message's header, in one frame of the transport.
        String largest = "x".repeat(d.maxCommandBytes());
        Message.AppendEntries one = new Message.AppendEntries("n1", "n2", 1, 0, 0, List.of(Entry.command(1, 1, largest)), 0, 0);
        assertThat(io.raftctl.transport.MessageCodec.encode(one).length)
                .isLessThanOrEqualTo(io.raftctl.transport.MessageCodec.MAX_FRAME_BYTES);
    }
}
