package io.raftctl.cli.output;

import io.raftctl.admin.AdminDtos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How status fields read in text: lost fields of a crashed node are {@code none}. */
public final class StatusText {

    public static final String NONE = "none";

    private StatusText() {
    }

    /** {@code LEADER}, or {@code CANDIDATE (pre-vote)} during a pre-vote round. */
    public static String role(AdminDtos.Status s) {
        String role = s.role() == null ? NONE : s.role();
        return "CANDIDATE".equals(role) && s.preVoteRound() ? "CANDIDATE (pre-vote)" : role;
    }

    public static String number(Long value) {
        return value == null ? NONE : Long.toString(value);
    }

    public static String leader(AdminDtos.Status s) {
        return s.crashed() || s.leader() == null || s.leader().isEmpty() ? NONE : s.leader();
    }

    public static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    /** {@code explode, slow-apply=200ms}, or {@code -}. */
    public static String triggers(Map<String, String> triggers) {
        if (triggers == null || triggers.isEmpty()) return "-";
        List<String> parts = new ArrayList<>();
        new TreeMap<>(triggers).forEach((name, value) -> parts.add(value == null ? name : name + "=" + value));
        return String.join(", ", parts);
    }

    /** {@code ok}, {@code isolated}, {@code split}, with {@code holding N} when messages are held. */
    public static String network(AdminDtos.Status s) {
        AdminDtos.NetStatus net = s.net();
        if (net == null) return "ok";
        List<String> parts = new ArrayList<>();
        if (net.isolated() != null && net.isolated().contains(s.id())) parts.add("isolated");
        else if (net.groups() != null && !net.groups().isEmpty()) parts.add("split");
        else if (net.cutOff()) parts.add("cut off");
        if (net.holding() || net.held() > 0) parts.add((net.holding() ? "holding " : "held ") + net.held());
        return parts.isEmpty() ? "ok" : String.join(", ", parts);
    }
}
