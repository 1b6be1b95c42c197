package io.raftctl.cli.script;

import io.raftctl.admin.AdminApi;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.client.AdminCallException;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.output.StatusText;

import java.util.TreeMap;

/** Reads the current value of a checked field at a node, as text ({@code none} when the node does not know it). */
public final class FieldReader {

    private FieldReader() {
    }

    public static String read(NodeAdmin client, FieldCheck check) {
        if (check.field() == Field.STATE) return readState(client, check.key());
        return fromStatus(client.status(), check.field());
    }

    static String fromStatus(AdminDtos.Status s, Field field) {
        return switch (field) {
            case ROLE -> s.crashed() ? "CRASHED" : s.role();
            case TERM -> StatusText.number(s.term());
            case LEADER -> StatusText.leader(s);
            case COMMIT -> StatusText.number(s.commit());
            case APPLIED -> StatusText.number(s.applied());
            case LAST_INDEX -> StatusText.number(s.lastIndex());
            case LAST_TERM -> StatusText.number(s.lastTerm());
            case TIMERS -> StatusText.onOff(s.timers());
            case HELD -> Integer.toString(s.net() == null ? 0 : s.net().held());
            case STATE -> throw new IllegalArgumentException("state is not a status field");
        };
    }

    private static String readState(NodeAdmin client, String key) {
        AdminDtos.State state;
        try {
            state = client.state();
        } catch (AdminCallException e) {
            // A crashed node has lost its state machine: its state is "none", like its other volatile fields.
            if (AdminApi.E_CRASHED.equals(e.code())) return FieldCheck.NONE;
            throw e;
        }
        if (key != null) {
            String value = state.entries() == null ? null : state.entries().get(key);
            return value == null ? FieldCheck.NONE : value;
        }
        if (state.total() != null) return Long.toString(state.total());
        return state.entries() == null ? FieldCheck.NONE : new TreeMap<>(state.entries()).toString();
    }
}
