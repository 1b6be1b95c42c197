package io.raftctl.trace;

import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TracedMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * A PlantUML sequence diagram: one participant per node (its trace name and node id), a divider per
 * section, one arrow per delivery labelled with the message's shorthand, a note per event, and a hexagonal note
 * with the Delta (the state an event changed: {@code t-1}, {@code ci-3}) on the node whose state changed.
 *
 * <p>A message whose send and receive are both in the trace is drawn at each receive ({@link MessagePairing}):
 * that is where it takes effect, a held message then shows up where it was delivered, and a duplicated one
 * shows once per delivery. A send with no receive is drawn at the send as a lost message ({@code ->x}); a
 * receive with no send is drawn as an ordinary arrow from its sender.
 */
final class PlantUmlRenderer implements TraceRenderer {

    @Override
    public String render(List<String> members, List<TraceSection> sections) {
        StringBuilder out = new StringBuilder("@startuml\n");
        for (int p = 0; p < members.size(); p++) {
            out.append("participant \"").append(MergedRow.nodeName(p)).append(" (").append(Cells.oneLine(members.get(p)).replace("\"", "'"))
                    .append(")\" as ").append(alias(p)).append('\n');
        }
        List<MergedRow> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.rows()));
        MessagePairing pairing = new MessagePairing(all);

        int index = 0;
        for (TraceSection section : sections) {
            out.append("== ").append(divider(section.heading())).append(" ==\n");
            for (MergedRow m : section.rows()) {
                appendRow(out, members, m, index, all, pairing);
                appendDelta(out, m);
                index++;
            }
        }
        return out.append("@enduml\n").toString();
    }

    private static void appendRow(StringBuilder out, List<String> members, MergedRow m, int index, List<MergedRow> all,
                                  MessagePairing pairing) {
        TraceEvent e = m.event();
        if (!e.isMessage()) {
            out.append("note over ").append(alias(m.nodePosition())).append(": ").append(noteText(e)).append('\n');
            return;
        }
        TracedMessage message = e.message();
        int self = m.nodePosition();
        if (e.kind() == TraceEvent.Kind.SEND) {
            if (pairing.isPairedSend(index)) return;
            int to = members.indexOf(message.to());
            out.append(alias(self)).append(to < 0 ? " ->x]" : " ->x " + alias(to));
        } else {
            int sendIndex = pairing.sendOf(index);
            int from = sendIndex >= 0 ? all.get(sendIndex).nodePosition() : members.indexOf(message.from());
            out.append(from < 0 ? "[" : alias(from) + " ").append("-> ").append(alias(self));
        }
        out.append(" : ").append(Cells.oneLine(TraceNotation.label(message))).append('\n');
    }

    /** A paired send draws no arrow of its own, but what it changed at the sender still shows, in place. */
    private static void appendDelta(StringBuilder out, MergedRow m) {
        String delta = Cells.oneLine(TraceNotation.delta(m.event().delta())).strip();
        if (!delta.isEmpty()) out.append("hnote over ").append(alias(m.nodePosition())).append(" : ").append(delta).append('\n');
    }

    /** {@code NEW ROLE} alone does not say which role, so the note adds it. */
    private static String noteText(TraceEvent e) {
        String op = Cells.oneLine(TraceNotation.event(e.event())).strip();
        return e.event().type() == NodeEvent.Type.NEW_ROLE ? op + " " + TraceNotation.role(e.role()) : op;
    }

    /** Aliases by position, since node ids may hold characters that PlantUML reads as arrows. */
    private static String alias(int position) {
        return "n" + (position + 1);
    }

    /** A {@code ==} inside a title would end the divider early. */
    private static String divider(String heading) {
        return Cells.oneLine(heading).replace("==", "= =");
    }
}
