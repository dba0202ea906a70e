// --format csv: one row per reply (source, agent, score, band, points per check, response time) for spreadsheets.
package fi.vastausbingo.report;

import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.lint.ReplyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 (Commons CSV: CRLF line ends, quotes only where needed). Rows stream as replies are
 * linted, so the file for a large mailbox is never held in memory. A table has no room for a
 * summary, so there is none; the findings' texts are left out too (JSON and HTML carry them),
 * which also keeps every secret out of the file. Text cells that a spreadsheet would take for
 * a formula (=, +, -, @ first) get a leading apostrophe: an agent's display name is mail
 * header text and must not run as a formula when a QA lead opens the file.
 */
public final class CsvReporter implements Reporter {
    /** The fixed columns; one column per bingo item sits between "band" and "responseMinutes". */
    static List<String> header() {
        List<String> h = new ArrayList<>(List.of("source", "messageId", "agent", "answers", "language", "linted", "score",
                "band"));
        h.addAll(CheckRegistry.BINGO_ITEMS);
        h.addAll(List.of("responseMinutes", "reason"));
        return h;
    }

    @Override
    public Streaming streaming(Writer out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().build());
        p.printRecord(header());
        return new Streaming() {
            @Override
            public void add(ReplyResult r) throws IOException {
                List<String> row = new ArrayList<>();
                ReplyResult.MailInfo mi = r.mail();
                row.add(text(r.source()));
                row.add(text(r.messageId()));
                row.add(text(mi == null ? null : mi.agent()));
                row.add(text(mi == null ? null : mi.answers()));
                row.add(r.language() == null ? "" : r.language());
                row.add(String.valueOf(r.linted()));
                row.add(r.linted() ? String.valueOf(r.score()) : "");
                row.add(r.linted() ? r.band().id() : "");
                for (String id : CheckRegistry.BINGO_ITEMS) {
                    row.add(r.linted() ? String.valueOf(r.points().getOrDefault(id, 0)) : "");
                }
                row.add(mi == null || mi.responseMinutes() == null ? "" : String.valueOf(mi.responseMinutes()));
                row.add(text(r.linted() ? null : r.reason()));
                p.printRecord(row);
            }

            @Override
            public void end(Summary summary) throws IOException {
                p.flush();
            }
        };
    }

    /** Null as an empty cell; a would-be formula defused with an apostrophe (OWASP's advice for CSV injection). */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
