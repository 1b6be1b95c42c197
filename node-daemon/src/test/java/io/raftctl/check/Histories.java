package io.raftctl.check;

import io.raftctl.check.HistoryEvent.Function;
import io.raftctl.check.HistoryEvent.Type;

import java.util.ArrayList;
import java.util.List;

/** Builds histories by hand: {@code h.write(1, "x", "a", 0, 10)} is process 1 writing a to x from time 0 to 10. */
final class Histories {

    private final List<HistoryEvent> events = new ArrayList<>();

    Histories write(int process, String key, String value, long invoke, long ok) {
        return op(process, Function.WRITE, key, value, value, invoke, ok, Type.OK);
    }

    Histories read(int process, String key, String value, long invoke, long ok) {
        return op(process, Function.READ, key, null, value, invoke, ok, Type.OK);
    }

    Histories writeInfo(int process, String key, String value, long invoke, long gaveUp) {
        return op(process, Function.WRITE, key, value, value, invoke, gaveUp, Type.INFO);
    }

    Histories writeFail(int process, String key, String value, long invoke, long failed) {
        return op(process, Function.WRITE, key, value, value, invoke, failed, Type.FAIL);
    }

    Histories readInfo(int process, String key, long invoke, long gaveUp) {
        return op(process, Function.READ, key, null, null, invoke, gaveUp, Type.INFO);
    }

    private Histories op(int process, Function f, String key, String invokeValue, String completeValue, long invoke,
                         long complete, Type type) {
        events.add(new HistoryEvent(process, Type.INVOKE, f, key, invokeValue, invoke));
        events.add(new HistoryEvent(process, type, f, key, completeValue, complete));
        return this;
    }

    List<Operation> operations() {
        List<HistoryEvent> sorted = new ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparingLong(HistoryEvent::timeNanos));
        return new History(sorted).operations();
    }

    History history() {
        List<HistoryEvent> sorted = new ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparingLong(HistoryEvent::timeNanos));
        return new History(sorted);
    }
}
