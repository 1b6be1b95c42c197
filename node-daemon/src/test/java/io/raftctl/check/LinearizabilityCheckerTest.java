package io.raftctl.check;

import io.raftctl.check.LinearizabilityChecker.Result;
import io.raftctl.check.LinearizabilityChecker.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinearizabilityCheckerTest {

    private final LinearizabilityChecker checker = new LinearizabilityChecker();

    private Result check(Histories h) {
        return checker.check(h.operations());
    }

    @Test
    void sequentialWritesAndReadsAreLinearizable() {
        Histories h = new Histories()
                .read(1, "x", null, 0, 1)
                .write(1, "x", "a", 2, 3)
                .read(2, "x", "a", 4, 5)
                .write(2, "x", "b", 6, 7)
                .read(1, "x", "b", 8, 9);
        assertThat(check(h).linearizable()).isTrue();
    }

    @Test
    void aStaleReadAfterANewerWriteCompletedIsNot() {
        Histories h = new Histories()
                .write(1, "x", "a", 0, 1)
                .write(1, "x", "b", 2, 3)
                .read(2, "x", "a", 4, 5);
        Result r = check(h);
        assertThat(r.linearizable()).isFalse();
        assertThat(r.failures()).singleElement().satisfies(k -> {
            assertThat(k.key()).isEqualTo("x");
            assertThat(k.verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
            assertThat(k.detail()).contains("process 2 read x -> a");
        });
    }

    @Test
    void aReadConcurrentWithAWriteMaySeeEitherValue() {
        for (String seen : new String[]{"a", "b"}) {
            Histories h = new Histories()
                    .write(1, "x", "a", 0, 1)
                    .write(1, "x", "b", 2, 10)
                    .read(2, "x", seen, 3, 8);
            assertThat(check(h).linearizable()).as("read %s", seen).isTrue();
        }
    }

    @Test
    void aReadThatSeesAValueBeforeItsWriteBeganIsNot() {
        Histories h = new Histories()
                .read(2, "x", "a", 0, 1)
                .write(1, "x", "a", 2, 3);
        assertThat(check(h).linearizable()).isFalse();
    }

    @Test
    void aValueNobodyWroteIsNot() {
        assertThat(check(new Histories().write(1, "x", "a", 0, 1).read(2, "x", "z", 2, 3)).linearizable()).isFalse();
    }

    @Test
    void readsMustAgreeOnTheOrderOfConcurrentWrites() {
        // a and b are written concurrently; once one reader has seen b after a, nobody may see a again.
        Histories h = new Histories()
                .write(1, "x", "a", 0, 10)
                .write(2, "x", "b", 0, 10)
                .read(3, "x", "a", 11, 12)
                .read(3, "x", "b", 13, 14)
                .read(4, "x", "a", 15, 16);
        assertThat(check(h).linearizable()).isFalse();
        Histories fine = new Histories()
                .write(1, "x", "a", 0, 10)
                .write(2, "x", "b", 0, 10)
                .read(3, "x", "a", 1, 2)
                .read(3, "x", "b", 13, 14)
                .read(4, "x", "b", 15, 16);
        assertThat(check(fine).linearizable()).isTrue();
    }

    @Test
    void anIndeterminateWriteMayTakeEffectLongAfterTheClientGaveUp() {
        Histories h = new Histories()
                .write(1, "x", "a", 0, 1)
                .writeInfo(2, "x", "b", 2, 3)
                .read(3, "x", "a", 4, 5)     // not yet
                .read(3, "x", "b", 100, 101); // now
        assertThat(check(h).linearizable()).isTrue();
    }

    @Test
    void anIndeterminateWriteMayNeverTakeEffect() {
        Histories h = new Histories()
                .write(1, "x", "a", 0, 1)
                .writeInfo(2, "x", "b", 2, 3)
                .read(3, "x", "a", 100, 101);
        assertThat(check(h).linearizable()).isTrue();
    }

    @Test
    void butOnceSeenItCannotBeUndone() {
        Histories h = new Histories()
                .write(1, "x", "a", 0, 1)
                .writeInfo(2, "x", "b", 2, 3)
                .read(3, "x", "b", 4, 5)
                .read(3, "x", "a", 6, 7);
        assertThat(check(h).linearizable()).isFalse();
    }

    @Test
    void anIndeterminateWriteCannotTakeEffectBeforeItWasInvoked() {
        Histories h = new Histories()
                .read(3, "x", "b", 0, 1)
                .writeInfo(2, "x", "b", 2, 3);
        assertThat(check(h).linearizable()).isFalse();
    }

    @Test
    void aFailedWriteDidNotHappen() {
        Histories h = new Histories()
                .writeFail(1, "x", "a", 0, 1)
                .read(2, "x", "a", 2, 3);
        assertThat(check(h).linearizable()).isFalse();
        assertThat(check(new Histories().writeFail(1, "x", "a", 0, 1).read(2, "x", null, 2, 3)).linearizable()).isTrue();
    }

    @Test
    void indeterminateReadsChangeNothing() {
        Histories h = new Histories()
                .write(1, "x", "a", 0, 1)
                .readInfo(2, "x", 2, 3)
                .read(2, "x", "a", 4, 5);
        Result r = check(h);
        assertThat(r.linearizable()).isTrue();
        assertThat(r.operations()).isEqualTo(2);
    }

    @Test
    void keysAreCheckedIndependently() {
        Histories h = new Histories()
                .write(1, "x", "a", 0, 1)
                .write(1, "y", "b", 2, 3)
                .read(2, "y", "b", 4, 5)
                .read(2, "x", "stale", 6, 7);
        Result r = check(h);
        assertThat(r.keys()).extracting(LinearizabilityChecker.KeyResult::key).containsExactly("x", "y");
        assertThat(r.failures()).extracting(LinearizabilityChecker.KeyResult::key).containsExactly("x");
    }

    @Test
    void aLongConcurrentHistoryOfAnAtomicRegisterPassesAndOneStaleReadFailsIt() {
        Random random = new Random(11);
        List<HistoryEvent> events = atomicRegister(random, 4000, 6);
        Result ok = checker.check(new History(events).operations());
        assertThat(ok.linearizable()).as("%s", ok.failures()).isTrue();

        // Make one late read return the register's first value: a stale read far in the past.
        List<HistoryEvent> broken = new ArrayList<>(events);
        String first = events.stream().filter(e -> e.f() == HistoryEvent.Function.WRITE).findFirst().orElseThrow().value();
        for (int i = broken.size() - 1; i >= 0; i--) {
            HistoryEvent e = broken.get(i);
            if (e.type() == HistoryEvent.Type.OK && e.f() == HistoryEvent.Function.READ && !first.equals(e.value())) {
                broken.set(i, new HistoryEvent(e.process(), e.type(), e.f(), e.key(), first, e.timeNanos()));
                break;
            }
        }
        assertThat(checker.check(new History(broken).operations()).linearizable()).isFalse();
    }

    @Test
    void theSearchGivesUpWithinItsBudgetAndSaysSo() {
        Random random = new Random(5);
        List<HistoryEvent> events = atomicRegister(random, 2000, 8);
        Result r = new LinearizabilityChecker(10).check(new History(events).operations());
        assertThat(r.keys().get(0).verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(r.linearizable()).as("unknown is not a pass").isFalse();
    }

    @Test
    void pairingRejectsAnInconsistentHistory() {
        History twice = new History(List.of(
                new HistoryEvent(1, HistoryEvent.Type.INVOKE, HistoryEvent.Function.READ, "x", null, 0),
                new HistoryEvent(1, HistoryEvent.Type.INVOKE, HistoryEvent.Function.READ, "x", null, 1)));
        assertThatThrownBy(twice::operations).hasMessageContaining("invoked twice");
        History orphan = new History(List.of(
                new HistoryEvent(1, HistoryEvent.Type.OK, HistoryEvent.Function.READ, "x", null, 0)));
        assertThatThrownBy(orphan::operations).hasMessageContaining("never invoked");
    }

    @Test
    void anOpenInvocationAtTheEndIsIndeterminate() {
        History h = new History(List.of(
                new HistoryEvent(1, HistoryEvent.Type.INVOKE, HistoryEvent.Function.WRITE, "x", "a", 0)));
        assertThat(h.operations()).singleElement().satisfies(op -> {
            assertThat(op.indeterminate()).isTrue();
            assertThat(op.complete()).isEqualTo(Long.MAX_VALUE);
        });
    }

    @Test
    void historiesSurviveAFileRoundTrip(@TempDir Path dir) throws Exception {
        Histories h = new Histories()
                .write(1, "x", "a", 0, 1)
                .writeInfo(2, "x", "b", 2, 3)
                .read(3, "x", null, 4, 5)
                .writeFail(1, "y", "c", 6, 7);
        Path file = dir.resolve("history.jsonl");
        h.history().save(file);
        assertThat(History.load(file).operations()).isEqualTo(h.operations());

        Path failing = dir.resolve("failing.jsonl");
        History.saveOperations(h.operations(), failing);
        assertThat(History.load(failing).operations()).extracting(Operation::toString)
                .isEqualTo(h.operations().stream().map(Operation::toString).toList());
    }

    /**
     * A register that really is atomic: each operation takes effect at a random instant inside its interval, and
     * reads return what the register held at that instant. Every write has a unique value.
     */
    static List<HistoryEvent> atomicRegister(Random random, int operations, int processes) {
        record Planned(int process, boolean write, String value, long invoke, long effect, long complete) {
        }
        long[] free = new long[processes];
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
            int p = random.nextInt(processes);
            long invoke = free[p] + random.nextInt(20);
            long effect = invoke + 1 + random.nextInt(30);
            long complete = effect + 1 + random.nextInt(30);
            free[p] = complete + 1;
            planned.add(new Planned(p, random.nextInt(3) == 0, "v" + i, invoke, effect, complete));
        }
        // Apply in effect order to learn what each read returns.
        List<Planned> byEffect = new ArrayList<>(planned);
        byEffect.sort(java.util.Comparator.comparingLong(Planned::effect));
        java.util.Map<Planned, String> read = new java.util.HashMap<>();
        String value = null;
        for (Planned op : byEffect) {
            if (op.write()) value = op.value(); else read.put(op, value);
        }
        List<HistoryEvent> events = new ArrayList<>();
        for (Planned op : planned) {
            HistoryEvent.Function f = op.write() ? HistoryEvent.Function.WRITE : HistoryEvent.Function.READ;
            events.add(new HistoryEvent(op.process(), HistoryEvent.Type.INVOKE, f, "k", op.write() ? op.value() : null, op.invoke() * 2));
            events.add(new HistoryEvent(op.process(), HistoryEvent.Type.OK, f, "k", op.write() ? op.value() : read.get(op), op.complete() * 2 + 1));
        }
        events.sort(java.util.Comparator.comparingLong(HistoryEvent::timeNanos));
        return events;
    }
}
