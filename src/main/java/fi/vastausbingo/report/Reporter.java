// A report format: turns the run's results into text on a writer. Reporters are interchangeable.
package fi.vastausbingo.report;

import fi.vastausbingo.lint.ReplyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the whole report for a run. */
public interface Reporter {
    void report(List<ReplyResult> results, Summary summary, Writer out) throws IOException;
}
