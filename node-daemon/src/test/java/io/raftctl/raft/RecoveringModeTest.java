package io.raftctl.raft;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recovering mode (protocol-aware recovery): a node that may have lost entries it acknowledged neither votes nor
 * campaigns until it has caught up with a leader. Every refusal test runs the same scenario with a node that is not
 * recovering too, and asserts the opposite outcome there, so that a refusal cannot pass by accident.
 */
class RecoveringModeTest {

    private static final List<String> MEMBERS = List.of("n1", "n2", "n3");
    private static final String WHY = "repaired: dropped 2 records";

    /** n1 and n2 hold entries 1..3 of term 1; n3 (recovering or not) lost 2..3 and holds entry 1 only. */
    private static DirectCluster cluster(RaftSettings settings, String n3Recovering) {
        List<Entry> full = List.of(Entry.termStart(1, 1), Entry.command(2, 1, "add 1"), Entry.command(3, 1, "add 2"));
        DirectCluster c = new DirectCluster(MEMBERS);
        c.add("n1", settings, full, null);
        c.add("n2", settings, full, null);
        c.add("n3", settings, full.subList(0, 1), n3Recovering);
        return c;
    }

    private static RaftSettings timersOff() {
        return RaftSettings.defaults().withTimers(false);
    }

    @Test
    void aRecoveringNodeGrantsNoPreVote() {
        // n1 is unreachable: n2 needs n3's pre-vote to go on. n2's log is longer, so n3 would grant it.
        for (String recovering : new String[] {null, WHY}) {
            DirectCluster c = cluster(timersOff(), recovering);
            c.down.add("n1");
            c.node("n2").campaign(true);
            c.settle();
            if (recovering == null) {
                assertThat(c.node("n2").role()).as("control: n3 not recovering").isEqualTo(Role.LEADER);
            } else {
                assertThat(c.node("n2").role()).isEqualTo(Role.CANDIDATE);
                assertThat(c.node("n2").term()).as("the pre-vote round never passed").isEqualTo(1);
                assertThat(c.granted).as("granted by n3").doesNotContain("n3");
            }
        }
    }

    @Test
    void aRecoveringNodeGrantsNoVote() {
        for (String recovering : new String[] {null, WHY}) {
            DirectCluster c = cluster(timersOff().withPreVote(false), recovering);
            c.down.add("n1");
            c.node("n2").campaign(true);
            c.settle();
            if (recovering == null) {
                assertThat(c.node("n2").role()).as("control: n3 not recovering").isEqualTo(Role.LEADER);
            } else {
                assertThat(c.node("n2").role()).isEqualTo(Role.CANDIDATE);
                assertThat(c.node("n3").term()).as("it learns the term").isEqualTo(2);
                assertThat(c.node("n3").status().votedFor()).isNull();
                assertThat(c.granted).doesNotContain("n3");
            }
        }
    }

    @Test
    void aRecoveringNodeNeverCampaignsByTimerNorWhenForced() {
        for (String recovering : new String[] {null, WHY}) {
            DirectCluster c = cluster(RaftSettings.defaults(), recovering);
            c.down.add("n1");
            c.down.add("n2");
            RaftNode n3 = c.node("n3");
            n3.campaign(true);
            for (long t = 5; t <= 3_000; t += 5) {
                n3.tick(t);
                c.settle();
            }
            if (recovering == null) {
                assertThat(c.sentBy.getOrDefault("n3", 0)).as("control: n3 campaigns").isPositive();
                assertThat(n3.role()).isEqualTo(Role.CANDIDATE);
            } else {
                assertThat(c.sentBy.getOrDefault("n3", 0)).as("messages sent by n3").isZero();
                assertThat(n3.role()).isEqualTo(Role.FOLLOWER);
                assertThat(n3.term()).isEqualTo(1);
                assertThat(n3.recovering()).isEqualTo(WHY);
                assertThat(n3.status().recovering()).isEqualTo(WHY);
            }
        }
    }

    @Test
    void itFollowsALeaderAndLeavesTheModeOnceItHoldsTheLeadersCommitOfItsTerm() {
        DirectCluster c = cluster(timersOff(), WHY);
        c.node("n1").campaign(true);
        c.settle();
        assertThat(c.node("n1").role()).isEqualTo(Role.LEADER);
        RaftNode n3 = c.node("n3");
        assertThat(n3.recovering()).as("caught up with the leader's term-start entry, committed").isNull();
        assertThat(n3.log().lastIndex()).isEqualTo(4);
        assertThat(n3.commitIndex()).isEqualTo(4);
        assertThat(n3.leader()).isEqualTo("n1");
        assertThat(events(c, "n3", TraceEvents.ALL)).contains("RECOVERED");
        assertThat(events(c, "n3", TraceEvents.DEFAULT)).as("an opt-in event").doesNotContain("RECOVERED");

        // It votes again: with n1 gone, n3's vote makes n2 leader.
        c.down.add("n1");
        c.node("n2").campaign(true);
        c.settle();
        assertThat(c.node("n2").role()).isEqualTo(Role.LEADER);
        assertThat(c.granted).contains("n3");
    }

    @Test
    void aCommitIndexOfAnEarlierTermOrBeyondItsLogDoesNotEndTheMode() {
        DirectCluster c = cluster(timersOff(), WHY);
        RaftNode n3 = c.node("n3");
        List<Entry> missing = List.of(Entry.command(2, 1, "add 1"), Entry.command(3, 1, "add 2"));

        // A leader of term 2 whose commit index (3) is of term 1: entries committed before may lie beyond it.
        n3.step(new Message.AppendEntries("n1", "n3", 2, 1, 1, missing, 3, 0));
        assertThat(n3.recovering()).isEqualTo(WHY);
        assertThat(n3.commitIndex()).isEqualTo(3);

        // The leader's commit (4, of term 2) is beyond what n3 holds: it does not hold it yet.
        n3.step(new Message.AppendEntries("n1", "n3", 2, 3, 1, List.of(), 4, 0));
        assertThat(n3.recovering()).isEqualTo(WHY);

        n3.step(new Message.AppendEntries("n1", "n3", 2, 3, 1, List.of(Entry.termStart(4, 2)), 4, 0));
        assertThat(n3.recovering()).isNull();
        assertThat(n3.commitIndex()).isEqualTo(4);
    }

    @Test
    void aSingleNodeHasNobodyToCatchUpFrom() {
        RaftNode alone = new RaftNode("n1", List.of("n1"), timersOff(), HardState.INITIAL, List.of(), counter(),
                new SplittableRandom(1), new Tracer("n1"), 0, WHY);
        assertThat(alone.recovering()).isNull();
    }

    private static List<String> events(DirectCluster c, String id, TraceEvents view) {
        return c.tracer(id).events(view).stream().filter(e -> e.event() != null)
                .map(e -> io.raftctl.trace.TraceNotation.event(e.event())).toList();
    }

    private static StateMachine counter() {
        return DirectCluster.counter();
    }
}
