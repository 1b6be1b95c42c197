package io.raftctl.cli.bench;

import io.raftctl.cli.Session;

/**
 * A status line redrawn in place on a terminal (stderr), and nothing elsewhere: logs and CI get only the
 * results. Minimal on purpose, until cli/output has a shared progress helper.
 */
final class ProgressLine {

    private final Session session;
    private final boolean enabled;
    private boolean shown;

    ProgressLine(Session session, boolean enabled) {
        this.session = session;
        this.enabled = enabled && session.terminal();
    }

    void show(String text) {
        if (!enabled) return;
        session.err().print("\r\u001b[2K" + text);
        session.err().flush();
        shown = true;
    }

    void clear() {
        if (!shown) return;
        session.err().print("\r\u001b[2K");
        session.err().flush();
        shown = false;
    }
}
