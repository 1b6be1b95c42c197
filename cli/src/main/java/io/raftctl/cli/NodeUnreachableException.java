package io.raftctl.cli;

/** Exit 3: a node that had to answer could not be reached. {@code wait} catches it and polls again. */
public class NodeUnreachableException extends CliException {

    private final String nodeId;
    private final String address;
    private final String reason;
    private final String hint;

    public NodeUnreachableException(String nodeId, String address, String reason, Throwable cause) {
        this(nodeId, address, reason, null, cause);
    }

    /** @param hint what the operator can do about it ("it is not running: 'raftctl up n2' starts it"), or null */
    public NodeUnreachableException(String nodeId, String address, String reason, String hint, Throwable cause) {
        super(ExitCodes.UNREACHABLE, "node " + nodeId + " (" + address + ") is unreachable: " + reason
                + (hint == null ? "" : "; " + hint), cause);
        this.nodeId = nodeId;
        this.address = address;
        this.reason = reason;
        this.hint = hint;
    }

    /** What the operator can do about it, or null. */
    public String hint() {
        return hint;
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
