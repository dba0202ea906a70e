// --format text: what an agent reads at a glance — score, band, then each finding with its fix.
package fi.vastausbingo.report;

import fi.vastausbingo.check.Finding;
import fi.vastausbingo.lint.ReplyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * <pre>
 * samples/x.txt  5/7  template-firm  Template champion: …
 *   1:1    greeting (2)        No greeting: …
 *          → Hei Matti,
 * </pre>
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String GREEN = "\u001b[32m";
    private static final String CYAN = "\u001b[36m";

    private final Messages messages;
    private final boolean color;
    private final boolean quiet;

    public TextReporter(Messages messages, boolean color, boolean quiet) {
        this.messages = messages;
        this.color = color;
        this.quiet = quiet;
    }

    /** Unreadable inputs already had their line on stderr; the report lists the rest as they come. */
    @Override
    public Streaming streaming(Writer out) {
        return new Streaming() {
            @Override
            public void add(ReplyResult r) throws IOException {
                if (r.unreadable() || quiet && r.linted() && r.findings().isEmpty()) {
                    return;
                }
                reply(r, out);
            }

            @Override
            public void end(Summary summary) throws IOException {
                boolean extra = summary.skipped() + summary.suppressed() + summary.baselined() > 0;
                if ((summary.replies() > 1 || extra) && !quiet) {
                    out.write(c(DIM, summaryLine(messages, summary)));
                    out.write('\n');
                }
                if (summary.mail() != null && !quiet) {
                    for (String line : mailLines(messages, summary.mail())) {
                        out.write(line);
                        out.write('\n');
                    }
                }
                out.flush();
            }
        };
    }

    /** "3 replies: …; average 2.0/7", plus "; 12 locale-file values skipped, 1 findings suppressed" when there are such. */
    public static String summaryLine(Messages messages, Summary summary) {
        StringBuilder sb = new StringBuilder(messages.get("report.summary", summary.replies(), summary.linted(),
                summary.notLinted(), summary.unreadable(), String.format(Locale.ROOT, "%.1f", summary.averageScore())));
        List<String> parts = new java.util.ArrayList<>();
        if (summary.skipped() > 0) {
            parts.add(messages.get("report.summary.skipped", summary.skipped()));
        }
        if (summary.suppressed() > 0) {
            parts.add(messages.get("report.summary.suppressed", summary.suppressed()));
        }
        if (summary.baselined() > 0) {
            parts.add(messages.get("report.summary.baselined", summary.baselined()));
        }
        if (!parts.isEmpty()) {
            sb.append("; ").append(String.join(", ", parts));
        }
        return sb.toString();
    }

    /** The batch view of a mailbox run: counts that add up, unanswered messages, the card, scores, times, agents. */
    public static List<String> mailLines(Messages messages, Summary.Mail m) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(messages.get("report.mail.counts", m.messagesRead(), m.scored(), m.incoming(), m.skipped(),
                m.unreadable(), m.paired()));
        lines.add(messages.get("report.mail.unanswered", m.unansweredCustomerMessages()));
        for (Summary.Unanswered u : m.oldestUnanswered()) {
            lines.add("  " + (u.date() != null ? u.date() + "  " : "") + u.source() + "  " + (u.subject() == null ? "" : u.subject()));
        }
        List<String> on = new java.util.ArrayList<>();
        for (Summary.CardItem i : m.card().items()) {
            if (i.onCard()) {
                on.add(i.check() + (i.kind() != null ? " (" + i.kind() + ")" : "") + " "
                        + Math.round(i.share() * 100) + " %");
            }
        }
        lines.add(messages.get("report.mail.card", String.valueOf(Math.round(m.card().threshold() * 100)),
                on.isEmpty() ? messages.get("report.mail.card.none") : String.join(", ", on), m.card().points(),
                m.card().band()));
        StringBuilder hist = new StringBuilder();
        for (int i = 0; i < m.histogram().size(); i++) {
            hist.append(i == 0 ? "" : "  ").append(i).append(": ").append(m.histogram().get(i));
        }
        lines.add(messages.get("report.mail.histogram", hist.toString()));
        Summary.ResponseTimes rt = m.responseTimes();
        lines.add(rt.pairs() == 0 ? messages.get("report.mail.response.none")
                : messages.get("report.mail.response", String.valueOf(rt.medianMinutes()), String.valueOf(rt.p90Minutes()),
                        rt.pairs()));
        for (Summary.Agent a : m.agents()) {
            lines.add("  " + messages.get("report.mail.agent", a.agent(), a.replies(), a.scored(),
                    String.format(Locale.ROOT, "%.1f", a.averageScore())));
        }
        return lines;
    }

    private void reply(ReplyResult r, Writer out) throws IOException {
        if (r.unreadable()) {
            out.write(c(BOLD, r.source()) + "  " + c(RED, messages.get("report.unreadable", r.reason())) + "\n");
            return;
        }
        if (!r.linted()) {
            out.write(c(BOLD, r.source()) + "  " + c(DIM, messages.get("report.not-linted",
                    messages.get(r.reasonKey(), r.language()))) + "\n");
            return;
        }
        String scoreColor = r.score() == 0 ? GREEN : r.score() <= 2 ? YELLOW : RED;
        out.write(c(BOLD, r.source()) + "  " + c(scoreColor, r.score() + "/" + r.maxScore()) + "  "
                + r.band().id() + "  " + c(DIM, messages.get("band." + r.band().id())) + "\n");
        for (ReplyResult.Located l : r.findings()) {
            Finding f = l.finding();
            String pos = l.start().line() + ":" + l.start().column();
            String check = f.check() + " (" + f.points() + ")";
            out.write("  " + pad(pos, 7) + c(CYAN, pad(check, 22)) + messages.get(f.messageKey(), f.args()) + "\n");
            if (f.suggestion() != null) {
                out.write("  " + pad("", 7) + pad("", 22) + c(GREEN, "→ " + f.suggestion()) + "\n");
            }
        }
        for (ReplyResult.Located l : r.notes()) {
            Finding f = l.finding();
            String pos = l.start().line() + ":" + l.start().column();
            out.write("  " + pad(pos, 7) + c(DIM, pad(f.check() + " (note)", 22)
                    + messages.get(f.messageKey(), f.args())) + "\n");
        }
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        if (sb.length() == s.length()) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private String c(String code, String s) {
        return color ? code + s + RESET : s;
    }
}
