package io.raftctl.trace;

import java.util.List;

/** Turns a merged trace into text in one output format. */
public interface TraceRenderer {

    /**
     * @param members  node ids in cluster-file order, as given to {@link TraceMerger#merge}
     * @param sections the merged sections to show
     * @return the whole document, ending with a line break unless empty
     */
    String render(List<String> members, List<TraceSection> sections);
}
