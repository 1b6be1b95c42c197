package io.raftctl.cli.chaos;

/**
 * What a client learnt about one command.
 *
 * @param kind   OK: it took effect; FAIL: it certainly did not; INFO: it may or may not (timed out, leadership
 *               lost, connection lost after sending)
 * @param value  the state machine's answer, when OK
 * @param leader the leader a NOT_LEADER answer named, if any
 * @param reason a few words on a FAIL or INFO, for the counts by reason
 */
record CommandOutcome(Kind kind, String value, long index, String leader, String reason) {

    enum Kind { OK, FAIL, INFO }

    static CommandOutcome ok(String value, long index) {
        return new CommandOutcome(Kind.OK, value, index, null, null);
    }

    static CommandOutcome fail(String reason, String leader) {
        return new CommandOutcome(Kind.FAIL, null, 0, leader, reason);
    }

    static CommandOutcome info(String reason) {
        return new CommandOutcome(Kind.INFO, null, 0, null, reason);
    }
}
