package io.raftctl.cli.script;

import io.raftctl.cli.CliException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code FIELD [OP] VALUE} condition of {@code expect}/{@code wait}. Numbers compare numerically, roles
 * and on/off case-insensitively, other text as strings; {@code none} (a value a crashed node has lost, or no
 * leader) only compares with {@code ==} and {@code !=}. Mistakes in the condition itself are usage errors
 * (exit 2), found before any node is asked.
 *
 * @param key the kv key of {@code state.KEY}, else null
 */
public record FieldCheck(Field field, String key, Op op, String expected) {

    public static final String NONE = "none";

    private static final Map<String, String> ROLE_ALIASES = Map.of(
            "FLWR", "FOLLOWER", "CNDI", "CANDIDATE", "LEAD", "LEADER", "CRSH", "CRASHED");
    private static final List<String> ROLES = List.of("FOLLOWER", "CANDIDATE", "LEADER", "CRASHED");

    /**
     * Parses {@code FIELD VALUE} or {@code FIELD OP VALUE}.
     *
     * @throws CliException exit 2 for an unknown field or operator, or a value the field can never have
     */
    public static FieldCheck parse(List<String> words) {
        if (words.size() < 2 || words.size() > 3) {
            throw CliException.usage("expected FIELD [OP] VALUE, e.g. 'role LEADER' or 'commit >= 2'");
        }
        String fieldText = words.get(0);
        Op op = Op.EQ;
        if (words.size() == 3) {
            op = Op.parse(words.get(1)).orElseThrow(() -> CliException.usage(
                    "unknown operator '" + words.get(1) + "' (expected one of == != < <= > >=)"));
        }
        String value = words.get(words.size() - 1);
        Field field;
        String key = null;
        if (fieldText.startsWith("state.") && fieldText.length() > "state.".length()) {
            field = Field.STATE;
            key = fieldText.substring("state.".length());
        } else {
            field = Field.byName(fieldText).orElseThrow(() -> CliException.usage(
                    "unknown field '" + fieldText + "' (expected one of " + Field.names() + ")"));
        }
        return new FieldCheck(field, key, op, validate(field, key, op, value));
    }

    private static String validate(Field field, String key, Op op, String value) {
        boolean none = NONE.equalsIgnoreCase(value);
        if (none) {
            if (!op.isEquality()) throw CliException.usage("'none' only compares with == or !=");
            return NONE;
        }
        switch (field.kind()) {
            case ROLE -> {
                if (!op.isEquality()) throw CliException.usage("a role only compares with == or !=");
                String role = normalizeRole(value);
                if (!ROLES.contains(role)) {
                    throw CliException.usage("unknown role '" + value + "' (expected follower, candidate, leader or crashed)");
                }
                return role;
            }
            case ON_OFF -> {
                if (!op.isEquality()) throw CliException.usage("timers only compare with == or !=");
                String v = value.toLowerCase(Locale.ROOT);
                if (!v.equals("on") && !v.equals("off")) throw CliException.usage("timers are 'on' or 'off', not '" + value + "'");
                return v;
            }
            case NUMBER -> {
                // A kv value (state.KEY) is text: it compares numerically only when both sides are numbers.
                if (key == null && !isNumber(value)) {
                    throw CliException.usage("field " + field.fieldName() + " is a number, not '" + value + "'");
                }
                return value;
            }
            default -> {
                return value;
            }
        }
    }

    /** Whether {@code actual} (as read from the node; {@code none} when unknown) satisfies this check. */
    public boolean holds(String actual) {
        String value = actual == null ? NONE : actual;
        boolean actualNone = NONE.equals(value);
        boolean expectedNone = NONE.equals(expected);
        if (actualNone || expectedNone) {
            if (!op.isEquality()) return false;
            return op.test(actualNone == expectedNone ? 0 : 1);
        }
        return op.test(compare(value));
    }

    private int compare(String actual) {
        return switch (field.kind()) {
            case ROLE -> normalizeRole(actual).compareTo(expected);
            case ON_OFF -> actual.toLowerCase(Locale.ROOT).compareTo(expected);
            case NUMBER, TEXT -> isNumber(actual) && isNumber(expected)
                    ? new java.math.BigDecimal(actual).compareTo(new java.math.BigDecimal(expected))
                    : actual.compareTo(expected);
        };
    }

    /** {@code CANDIDATE (pre-vote)} and {@code cndi} are candidates. */
    static String normalizeRole(String role) {
        String upper = role.strip().toUpperCase(Locale.ROOT);
        int space = upper.indexOf(' ');
        if (space > 0) upper = upper.substring(0, space);
        return ROLE_ALIASES.getOrDefault(upper, upper);
    }

    private static boolean isNumber(String text) {
        return text != null && text.matches("-?\\d+(\\.\\d+)?");
    }

    /** {@code role}, {@code state.k}: the field as the operator typed it. */
    public String fieldText() {
        return key == null ? field.fieldName() : "state." + key;
    }

    /** {@code role == LEADER}. */
    public String describe() {
        return fieldText() + " " + op.symbol() + " " + expected;
    }
}
