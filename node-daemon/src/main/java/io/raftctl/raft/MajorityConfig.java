package io.raftctl.raft;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The quorum arithmetic of one configuration: a set of voters, any majority of which decides. Commit, elections,
 * pre-vote and CheckQuorum all ask it, so that a joint configuration (two of these, which must both agree) can
 * later take its place in one spot. Modelled on etcd-io/raft's {@code quorum.MajorityConfig}.
 *
 * <p>An empty configuration never holds a decision back (its committed index is {@link Long#MAX_VALUE}, a vote
 * is won, a quorum is active), so that a joint configuration whose outgoing half is empty behaves like its
 * incoming half alone.
 */
public final class MajorityConfig {

    public enum VoteResult {
        /** A quorum granted. */
        WON,
        /** A quorum refused. */
        LOST,
        /** Neither yet. */
        PENDING
    }

    private final List<String> voters;

    /** @param voters the voters' ids; order is kept, duplicates count once */
    public MajorityConfig(Collection<String> voters) {
        this.voters = List.copyOf(new LinkedHashSet<>(voters));
    }

    public Set<String> voters() {
        return new LinkedHashSet<>(voters);
    }

    public int size() {
        return voters.size();
    }

    /** How many voters make a majority. */
    public int quorum() {
        return voters.size() / 2 + 1;
    }

    /**
     * The highest log index that a quorum of voters holds.
     *
     * @param acked each voter's highest acknowledged index (0 for one never heard from)
     */
    public long committedIndex(ToLongFunction<String> acked) {
        int n = voters.size();
        if (n == 0) return Long.MAX_VALUE;
        long[] indexes = new long[n];
        for (int i = 0; i < n; i++) indexes[i] = acked.applyAsLong(voters.get(i));
        Arrays.sort(indexes);
        // The quorum-th highest: that many voters hold it or more.
        return indexes[n - quorum()];
    }

    /**
     * The outcome of an election from the answers so far. A vote of a non-voter does not count; a voter missing
     * from {@code votes} has not answered. LOST takes a quorum of refusals, as the engine has always counted:
     * with an even number of voters a tie stays PENDING until the election times out.
     *
     * @param votes voter id to granted
     */
    public VoteResult voteResult(Map<String, Boolean> votes) {
        if (voters.isEmpty()) return VoteResult.WON;
        int granted = 0;
        int refused = 0;
        for (String v : voters) {
            Boolean vote = votes.get(v);
            if (vote == null) continue;
            if (vote) granted++;
            else refused++;
        }
        if (granted >= quorum()) return VoteResult.WON;
        if (refused >= quorum()) return VoteResult.LOST;
        return VoteResult.PENDING;
    }

    /** True if a quorum of voters was recently active (CheckQuorum: a leader without one steps down). */
    public boolean isActive(Predicate<String> recentlyActive) {
        if (voters.isEmpty()) return true;
        int active = 0;
        for (String v : voters) if (recentlyActive.test(v)) active++;
        return active >= quorum();
    }
}
