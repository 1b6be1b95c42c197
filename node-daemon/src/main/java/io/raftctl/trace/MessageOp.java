package io.raftctl.trace;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Op cell of a message row, taken apart: {@code code+N-x fields} (sent to N-x) or
 * {@code N-x+code fields} (received from N-x; also how the seed writes an {@code ae_reply} at the
 * replier, N-x then being the replier itself).
 *
 * @param code         message code ({@code ae}, {@code p_v_r}, ...)
 * @param peerPosition 0-based position of the node named in the Op
 * @param fields       the fields after the code, possibly empty
 */
record MessageOp(String code, int peerPosition, String fields) {

    private static final Pattern CODE_FIRST = Pattern.compile("([a-z][a-z_]*)\\+N-(\\d+)(?: (.*))?");
    private static final Pattern PEER_FIRST = Pattern.compile("N-(\\d+)\\+([a-z][a-z_]*)(?: (.*))?");

    static Optional<MessageOp> parse(String op) {
        if (op == null) return Optional.empty();
        String text = op.strip();
        Matcher m = CODE_FIRST.matcher(text);
        if (m.matches()) return Optional.of(of(m.group(1), m.group(2), m.group(3)));
        m = PEER_FIRST.matcher(text);
        if (m.matches()) return Optional.of(of(m.group(2), m.group(1), m.group(3)));
        return Optional.empty();
    }

    private static MessageOp of(String code, String peerNumber, String fields) {
        int peer;
        try {
            peer = Integer.parseInt(peerNumber) - 1;
        } catch (NumberFormatException e) {
            peer = -1;
        }
        return new MessageOp(code, peer, fields == null ? "" : fields.strip());
    }

    /**
     * The node at the other end, seen from the node at {@code actingPosition}, or -1 when the Op does
     * not say (an {@code ae_reply} written {@code N-x+ae_reply} by the replier N-x names only itself).
     */
    int otherEnd(int actingPosition) {
        return peerPosition == actingPosition ? -1 : peerPosition;
    }

    /** The message without the addressing prefix: {@code ae t-1 i-0 lt-0 e-1 c-0}. */
    String label() {
        return fields.isEmpty() ? code : code + " " + fields;
    }
}
