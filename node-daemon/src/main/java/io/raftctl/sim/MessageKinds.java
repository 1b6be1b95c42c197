package io.raftctl.sim;

import io.raftctl.raft.Message;
import io.raftctl.raft.TracedMessage;
import io.raftctl.trace.TraceNotation;

import java.util.List;

/** Message kinds as the trace and the script lines write them: {@code p_v_r}, {@code ae}, ... */
public final class MessageKinds {

    public static final List<String> ALL = List.of("p_v_r", "p_v", "poll", "vote", "ae", "ae_reply");

    private MessageKinds() {
    }

    public static String of(Message m) {
        return TraceNotation.code(TracedMessage.Type.of(m));
    }
}
