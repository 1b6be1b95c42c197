package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.script.FieldCheck;
import io.raftctl.cli.script.FieldReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "expect", description = {
        "Check a status field of NODE once: exit 1 if it does not hold, 3 if NODE is unreachable.",
        "FIELD: role, term, leader, commit, applied, last-index, last-term, timers, held (messages queued by"
                + " 'net hold'), state, state.KEY.",
        "OP: == != < <= > >= (default ==). Example: expect n1 commit >= 2"})
public final class ExpectCommand extends BaseCommand {

    /** A check that held: the node, the field, the operator, the value given and the value found. */
    record Held(boolean ok, String node, String field, String op, String expected, String actual) {
    }

    @Mixin
    NodeParameter node;

    @Parameters(index = "1..*", paramLabel = "FIELD [OP] VALUE", arity = "2..3")
    List<String> condition;

    @Override
    protected void execute() {
        FieldCheck check = FieldCheck.parse(condition);
        String actual = FieldReader.read(clients().node(node.id), check);
        if (!check.holds(actual)) throw CliException.failed(mismatch(node.id, check, actual));
        report(this, node.id, check, actual);
    }

    static String mismatch(String node, FieldCheck check, String actual) {
        String expected = check.op() == io.raftctl.cli.script.Op.EQ ? check.expected() : check.op().symbol() + " " + check.expected();
        return node + " " + check.fieldText() + " is " + actual + ", expected " + expected;
    }

    /** A check that held, as {@code expect} and {@code wait} print it. */
    static void report(BaseCommand cmd, String node, FieldCheck check, String actual) {
        cmd.out().result("ok: " + node + " " + check.fieldText() + " is " + actual,
                new Held(true, node, check.fieldText(), check.op().symbol(), check.expected(), actual));
    }
}
