package io.raftctl.cli;

/** Exit 3: a node that had to answer could not be reached. {@code wait} catches it and polls again. */
public class NodeUnreachableException extends CliException {

    private final String nodeId;
    private final String address;
    private final String reason;

    public NodeUnreachableException(String nodeId, String address, String reason, Throwable cause) {
        super(ExitCodes.UNREACHABLE, "node " + nodeId + " (" + address + ") is unreachable: " + reason, cause);
        this.nodeId = nodeId;
        this.address = address;
        this.reason = reason;
    }

    public String nodeId() {
        return nodeId;
    }

    public String address() {
        return address;
    }

    /** Why, in a few words: {@code connection refused}, {@code no answer within 5s}. */
    public String reason() {
        return reason;
    }
}
