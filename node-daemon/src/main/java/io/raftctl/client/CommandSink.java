package io.raftctl.client;

import java.util.List;

/** Where the client port hands commands: the node's engine. Both calls return at once. */
public interface CommandSink {

    /**
     * Submits commands that arrived together, in order; the sink owns the list. Each is completed later on the
     * sink's thread, which then calls {@link ClientServer#publish()}.
     */
    void submitAll(List<ClientCommand> commands);

    /** The client of {@code owner} went away: its commands still waiting need no answer. */
    void abandon(Object owner);
}
