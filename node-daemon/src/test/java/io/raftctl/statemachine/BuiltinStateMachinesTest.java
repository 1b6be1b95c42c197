package io.raftctl.statemachine;

import io.raftctl.raft.ApplyResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuiltinStateMachinesTest {

    @Test
    void theCounterAddsSubtractsAndReadsAndEveryResultIsTheTotal() {
        CounterStateMachine c = new CounterStateMachine();
        assertThat(c.apply(1, "add 5")).isEqualTo(ApplyResult.ok("5"));
        assertThat(c.apply(2, "sub 7")).isEqualTo(ApplyResult.ok("-2"));
        assertThat(c.apply(3, "  add   10 ")).isEqualTo(ApplyResult.ok("8"));
        assertThat(c.apply(4, "get")).isEqualTo(ApplyResult.ok("8"));
        assertThat(c.view()).isEqualTo(StateView.counter(8));
    }

    @Test
    void theCounterRefusesMalformedCommandsWithOneSentence() {
        CounterStateMachine c = new CounterStateMachine();
        assertThat(c.validate("add 1")).isNull();
        assertThat(c.validate("get")).isNull();
        assertThat(c.validate("add")).isEqualTo("'add' takes one integer, e.g. 'add 1'");
        assertThat(c.validate("add 1 2")).isEqualTo("'add' takes one integer, e.g. 'add 1'");
        assertThat(c.validate("sub x")).isEqualTo("'x' is not an integer");
        assertThat(c.validate("get 1")).isEqualTo("'get' takes no arguments");
        assertThat(c.validate("set k v")).isEqualTo("unknown counter command 'set' (expected add N, sub N or get)");
        assertThat(c.validate("  ")).startsWith("empty command");
    }

    @Test
    void anOverflowIsAppliedAsARefusalThatLeavesTheTotal() {
        CounterStateMachine c = new CounterStateMachine();
        c.apply(1, "add " + Long.MAX_VALUE);
        ApplyResult r = c.apply(2, "add 1");
        assertThat(r.outcome()).isEqualTo(ApplyResult.Outcome.REFUSED);
        assertThat(r.applied()).as("deterministic at every node: it counts as applied").isTrue();
        assertThat(r.error()).contains("overflow");
        assertThat(c.view().total()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void theKvStoreSetsGetsAndDeletes() {
        KvStateMachine kv = new KvStateMachine();
        assertThat(kv.apply(1, "set city New York")).isEqualTo(ApplyResult.ok("OK"));
        assertThat(kv.apply(2, "get city")).isEqualTo(ApplyResult.ok("New York"));
        assertThat(kv.apply(3, "get nowhere")).as("a missing key reads as no value").isEqualTo(ApplyResult.ok(null));
        assertThat(kv.apply(3, "set odd (nil)")).isEqualTo(ApplyResult.ok("OK"));
        assertThat(kv.apply(3, "get odd")).as("a stored '(nil)' is a value like any other").isEqualTo(ApplyResult.ok("(nil)"));
        assertThat(kv.apply(3, "del odd")).isEqualTo(ApplyResult.ok("1"));
        assertThat(kv.apply(4, "set k v")).isEqualTo(ApplyResult.ok("OK"));
        assertThat(kv.view()).isEqualTo(StateView.kv(Map.of("city", "New York", "k", "v")));
        assertThat(kv.apply(5, "del city")).isEqualTo(ApplyResult.ok("1"));
        assertThat(kv.apply(6, "del city")).isEqualTo(ApplyResult.ok("0"));
        assertThat(kv.view().entries()).containsOnlyKeys("k");
    }

    @Test
    void theKvStoreRefusesMalformedCommands() {
        KvStateMachine kv = new KvStateMachine();
        assertThat(kv.validate("set k")).isEqualTo("'set' takes a key and a value, e.g. 'set k v'");
        assertThat(kv.validate("get")).isEqualTo("'get' takes one key, e.g. 'get k'");
        assertThat(kv.validate("del a b")).isEqualTo("'del' takes one key, e.g. 'del k'");
        assertThat(kv.validate("add 1")).isEqualTo("unknown kv command 'add' (expected set KEY VALUE, get KEY or del KEY)");
    }

    @Test
    void builtinsAreChosenByName() {
        assertThat(BuiltinStateMachine.create("counter")).isInstanceOf(CounterStateMachine.class);
        assertThat(BuiltinStateMachine.create("kv")).isInstanceOf(KvStateMachine.class);
        assertThatThrownBy(() -> BuiltinStateMachine.create("sql"))
                .hasMessage("unknown state machine 'sql' (expected counter or kv)");
    }

    @Test
    void armedTriggersFailOrSlowTheApplyAndLeaveTheStateAlone() {
        Triggers triggers = new Triggers();
        List<Duration> slept = new ArrayList<>();
        TriggeredStateMachine sm = new TriggeredStateMachine(new CounterStateMachine(), triggers, slept::add, "n2");
        assertThat(sm.apply(1, "add 1")).isEqualTo(ApplyResult.ok("1"));

        triggers.arm(Trigger.EXPLODE, null);
        assertThatThrownBy(() -> sm.apply(2, "add 1")).isInstanceOf(TriggeredStateMachine.ExplodeException.class)
                .hasMessage("explode trigger armed at n2 (entry 2)");
        triggers.clear(Trigger.EXPLODE);

        triggers.arm(Trigger.ERROR, null);
        ApplyResult failed = sm.apply(2, "add 1");
        assertThat(failed.applied()).isFalse();
        assertThat(failed.error()).isEqualTo("error trigger armed at n2 (entry 2)");
        assertThat(sm.view().total()).as("neither failure touched the state").isEqualTo(1);
        triggers.clearAll();

        triggers.arm(Trigger.SLOW_APPLY, "250ms");
        assertThat(sm.apply(2, "add 1")).isEqualTo(ApplyResult.ok("2"));
        assertThat(slept).containsExactly(Duration.ofMillis(250));
        assertThat(triggers.describe()).isEqualTo(Map.of("slow-apply", "250ms"));
    }

    @Test
    void triggerValuesAreChecked() {
        Triggers t = new Triggers();
        assertThatThrownBy(() -> Trigger.parse("melt"))
                .hasMessage("unknown trigger 'melt' (expected one of explode, error, slow-apply)");
        assertThatThrownBy(() -> t.arm(Trigger.SLOW_APPLY, null)).hasMessage("trigger slow-apply needs a duration, e.g. 200ms");
        assertThatThrownBy(() -> t.arm(Trigger.EXPLODE, "1s")).hasMessage("trigger explode takes no value");
        assertThatThrownBy(() -> t.arm(Trigger.SLOW_APPLY, "later")).hasMessageContaining("invalid duration 'later'");
        assertThat(t.describe()).isEmpty();
    }
}
