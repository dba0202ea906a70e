// A report format: turns the run's results into text on a writer. Reporters are interchangeable.
package fi.vastausbingo.report;

import fi.vastausbingo.lint.ReplyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the whole report for a run. */
public interface Reporter {
    /** The whole report; streaming reporters need not override it. */
    default void report(List<ReplyResult> results, Summary summary, Writer out) throws IOException {
        Streaming s = streaming(out);
        if (s == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " must override report or streaming");
        }
        for (ReplyResult r : results) {
            s.add(r);
        }
        s.end(summary);
    }

    /**
     * A writer of replies as they are linted, for reporters whose format allows it (text, JSON),
     * so that a mailbox of any size passes without its results being kept; null when the format
     * needs every result first (SARIF rules, JUnit counts).
     */
    default Streaming streaming(Writer out) throws IOException {
        return null;
    }

    /** Replies in input order, then the summary. */
    interface Streaming {
        void add(ReplyResult r) throws IOException;

        void end(Summary summary) throws IOException;
    }
}
