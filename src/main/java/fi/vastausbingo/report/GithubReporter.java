// --format github: GitHub Actions workflow commands, so findings show as annotations on the pull request.
package fi.vastausbingo.report;

import fi.vastausbingo.check.Finding;
import fi.vastausbingo.lint.ReplyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * <pre>
 * ::error file=templates/fi.yml,line=12,col=7,endLine=12,endColumn=33,title=vastausbingo stock-phrase (1)::fi.mail.body: …
 * </pre>
 * {@code error} when the reply reaches --fail-on (these are what fail the job), {@code warning}
 * below it, {@code notice} for findings that score nothing and for replies that were not linted.
 * Columns are 1-based and the end column is exclusive, as in the JSON output. Property values
 * escape %, CR, LF, ':' and ','; the message escapes %, CR and LF (the runner's rules). The
 * summary ends the output as a plain log line.
 */
public final class GithubReporter implements Reporter {
    private final Messages messages;

    public GithubReporter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void report(List<ReplyResult> results, Summary summary, Writer out) throws IOException {
        for (ReplyResult r : results) {
            if (r.unreadable()) {
                ReportSupport.Place p = ReportSupport.place(r.source());
                Map<String, String> props = new LinkedHashMap<>();
                if (p.file() != null) {
                    props.put("file", p.file());
                    if (p.line() > 0) {
                        props.put("line", String.valueOf(p.line()));
                    }
                }
                props.put("title", "vastausbingo");
                out.write(command("error", props, (p.file() == null ? r.source() + ": " : "")
                        + messages.get("report.unreadable", r.reason())));
                continue;
            }
            if (!r.linted()) {
                Map<String, String> props = new LinkedHashMap<>();
                if (r.file() != null) {
                    props.put("file", r.file());
                }
                props.put("title", "vastausbingo");
                out.write(command("notice", props, (r.file() == null ? r.source() + ": " : "")
                        + messages.get("report.not-linted", messages.get(r.reasonKey(), r.language()))));
                continue;
            }
            for (ReplyResult.Located l : r.findings()) {
                Finding f = l.finding();
                Map<String, String> props = new LinkedHashMap<>();
                if (r.file() != null) {
                    props.put("file", r.file());
                    props.put("line", String.valueOf(l.start().line()));
                    props.put("col", String.valueOf(l.start().column()));
                    props.put("endLine", String.valueOf(l.end().line()));
                    props.put("endColumn", String.valueOf(l.end().column()));
                }
                props.put("title", "vastausbingo " + f.check() + " (" + f.points() + ")");
                String level = f.points() == 0 ? "notice" : r.failing() ? "error" : "warning";
                String where = r.file() == null ? r.source() + ": " : "";
                out.write(command(level, props, where + ReportSupport.text(messages, r, f, true)));
            }
        }
        out.write(TextReporter.summaryLine(messages, summary));
        out.write('\n');
        out.flush();
    }

    static String command(String level, Map<String, String> props, String message) {
        StringBuilder sb = new StringBuilder("::").append(level);
        String sep = " ";
        for (Map.Entry<String, String> e : props.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(escapeProperty(e.getValue()));
            sep = ",";
        }
        return sb.append("::").append(escapeData(message)).append('\n').toString();
    }

    /** The message part: %, CR and LF. */
    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also ':' and ',', which would end the value. */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
