package io.raftctl.raft;

import io.raftctl.statemachine.BuiltinStateMachine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Ready hand-off that the daemon's engine loop and the simulator both run ({@link ReadyDriver}): a vote or an
 * acknowledgement never leaves before the term, vote and entries it promises are persisted; a leader's
 * AppendEntries may; answers come after the persist; a failed persist stops the hand-off.
 */
class ReadyDriverOrderTest {

    private final List<String> events = new ArrayList<>();
    private boolean failPersist;

    private ReadyDriver driver(ReadyDriver.Order order) {
        return new ReadyDriver((hardState, persistFrom, entries) -> {
            if (failPersist) throw new Exception("disk failed");
            events.add("persist" + (hardState == null ? "" : " term " + hardState.term() + " vote " + hardState.votedFor())
                    + (entries.isEmpty() ? "" : " entries " + entries.size()));
        }, m -> events.add("send " + m.getClass().getSimpleName()), r -> events.add("answer " + r.status()), order);
    }

    private static RaftNode node(String id) {
        RaftSettings d = RaftSettings.defaults();
        RaftSettings s = new RaftSettings(d.heartbeatMs(), d.electionMinMs(), d.electionMaxMs(), false, false,
                d.maxEntriesPerMessage(), d.maxInflight(), false, d.commitRule());
        return new RaftNode(id, List.of("n1", "n2", "n3"), s, HardState.INITIAL, List.of(),
                BuiltinStateMachine.create("counter"), new SplittableRandom(1), new Tracer(id), 0);
    }

    @Test
    void aVoteLeavesOnlyAfterTheTermAndVoteArePersisted() {
        RaftNode n2 = node("n2");
        n2.step(new Message.VoteRequest("n1", "n2", 1, 0, 0, true, 1));
        assertThat(driver(ReadyDriver.Order.RAFT).drive(n2)).isNull();
        assertThat(events).containsExactly("persist term 1 vote n1", "send VoteResponse");
    }

    @Test
    void theLeadersAppendEntriesMayGoFirstButItsAnswerWaitsForThePersist() {
        RaftNode n1 = node("n1");
        ReadyDriver d = driver(ReadyDriver.Order.RAFT);
        n1.campaign(true);
        d.drive(n1);
        n1.step(new Message.VoteResponse("n2", "n1", 1, true, 1));
        d.drive(n1);
        assertThat(n1.role()).isEqualTo(Role.LEADER);
        events.clear();

        n1.submit(7, "add 1");
        d.drive(n1);
        int persist = events.indexOf("persist entries 1");
        assertThat(persist).as("the entry is persisted").isNotNegative();
        for (int i = 0; i < events.size(); i++) {
            if (!events.get(i).startsWith("send AppendEntries")) assertThat(i).as(events.get(i)).isGreaterThanOrEqualTo(persist);
        }
        assertThat(events.subList(0, persist)).allMatch(e -> e.equals("send AppendEntries"));
    }

    @Test
    void aFailedPersistSendsNothingThatDependsOnItAndDoesNotAdvance() {
        RaftNode n2 = node("n2");
        n2.step(new Message.VoteRequest("n1", "n2", 1, 0, 0, true, 1));
        failPersist = true;
        assertThat(driver(ReadyDriver.Order.RAFT).drive(n2)).hasMessage("disk failed");
        assertThat(events).as("the vote never left").isEmpty();
    }

    @Test
    void theBrokenOrderForSelfTestsSendsTheVoteFirst() {
        RaftNode n2 = node("n2");
        n2.step(new Message.VoteRequest("n1", "n2", 1, 0, 0, true, 1));
        driver(ReadyDriver.Order.SEND_BEFORE_PERSIST).drive(n2);
        assertThat(events).containsExactly("send VoteResponse", "persist term 1 vote n1");
    }
}
