// --format html: one self-contained page for a QA lead — the organisation's card, charts, agents and the worst replies.
package fi.vastausbingo.report;

import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.lint.ReplyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import org.jsoup.nodes.Entities;

/**
 * Inline CSS and inline SVG only: the file is mailed around and opened offline, so it loads
 * nothing. Every piece of mail text (sources, subjects, agent names, evidence, suggestions) goes
 * through jsoup's escaper, so a reply containing {@code <script>} shows as text. Findings are
 * shown with their evidence, which the password check has already redacted; the reply's own
 * text is never embedded, so nothing around a password can leak.
 *
 * <p>Only the {@value #WORST} worst replies, the response times and the first unreadable
 * messages are kept while a run streams past, so a large mailbox costs little memory.
 */
public final class HtmlReporter implements Reporter {
    static final int WORST = 20;
    private static final int UNREADABLE_LISTED = 50;

    private final Messages messages;
    private final String version;
    private final boolean finnish;

    public HtmlReporter(Messages messages, String version) {
        this.messages = messages;
        this.version = version;
        this.finnish = "fi".equals(messages.language());
    }

    /** Finnish or English label. */
    private String t(String fin, String eng) {
        return finnish ? fin : eng;
    }

    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    // the text of the reply about to be added (set just before add(); only the worst few are kept)
    private String pendingContext;

    /** The text of the next reply {@link Streaming#add} receives, for marking its findings in place. */
    public void context(String text) {
        pendingContext = text;
    }

    @Override
    public Streaming streaming(Writer out) {
        // lowest score first, then later input first: polling drops the mildest, keeping the earliest of equals
        Comparator<Ranked> mildestFirst = Comparator.comparingInt((Ranked r) -> r.result().score())
                .thenComparing(Comparator.comparingLong(Ranked::order).reversed());
        PriorityQueue<Ranked> worst = new PriorityQueue<>(mildestFirst);
        List<Long> minutes = new ArrayList<>();
        List<ReplyResult> unreadable = new ArrayList<>();
        return new Streaming() {
            private long order;

            @Override
            public void add(ReplyResult r) {
                order++;
                String context = pendingContext;
                pendingContext = null;
                if (r.unreadable()) {
                    if (unreadable.size() < UNREADABLE_LISTED) {
                        unreadable.add(r);
                    }
                }
                if (r.mail() != null && r.mail().responseMinutes() != null) {
                    minutes.add(r.mail().responseMinutes());
                }
                if (r.linted() && r.score() > 0) {
                    worst.add(new Ranked(r, order, context));
                    if (worst.size() > WORST) {
                        worst.poll();
                    }
                }
            }

            @Override
            public void end(Summary summary) throws IOException {
                List<Ranked> list = new ArrayList<>(worst);
                list.sort(mildestFirst.reversed());
                page(out, summary, list, minutes, unreadable);
                out.flush();
            }
        };
    }

    private record Ranked(ReplyResult result, long order, String context) {}

    private static final int CONTEXT_CHARS = 4000;

    /**
     * The reply's text with each finding marked where it stands. A plaintext password is never
     * shown: its span is replaced by the finding's redacted evidence. Overlapping findings keep
     * the first.
     */
    static String marked(String text, List<ReplyResult.Located> findings) {
        List<Finding> fs = new ArrayList<>();
        for (ReplyResult.Located l : findings) {
            Finding f = l.finding();
            if (f.end() > f.start() && f.end() <= text.length()) {
                fs.add(f);
            }
        }
        fs.sort(Comparator.comparingInt(Finding::start));
        StringBuilder b = new StringBuilder();
        int at = 0;
        int limit = Math.min(text.length(), CONTEXT_CHARS);
        for (Finding f : fs) {
            if (f.start() < at || f.start() >= limit) {
                continue;
            }
            b.append(esc(text.substring(at, f.start())));
            String shown = f.check().equals("plaintext-password") ? f.evidence() : text.substring(f.start(), f.end());
            b.append("<mark title=\"").append(esc(f.check())).append("\">").append(esc(shown)).append("</mark>");
            at = f.end();
        }
        if (at < limit) {
            b.append(esc(text.substring(at, limit)));
        }
        if (limit < text.length()) {
            b.append("…");
        }
        return b.toString();
    }

    private void page(Writer w, Summary s, List<Ranked> worst, List<Long> minutes, List<ReplyResult> unreadable)
            throws IOException {
        Summary.Mail m = s.mail();
        StringBuilder b = new StringBuilder(16384);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(finnish ? "fi" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>vastausbingo — ").append(t("raportti", "report")).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");
        b.append("<header><h1>").append(t("Vastausbingo: asiakaspalvelun vastaukset", "Reply bingo: customer-service replies"))
                .append("</h1><p class=\"muted\">vastausbingo ").append(esc(version)).append("</p></header>\n");

        // ---- key figures ----
        b.append("<section class=\"tiles\">\n");
        tile(b, String.valueOf(s.linted()), t("pisteytettyä vastausta", "scored replies"));
        tile(b, String.format(Locale.ROOT, "%.1f / 7", s.averageScore()), t("keskiarvo", "average score"));
        if (m != null) {
            tile(b, m.card().points() + " / 7", t("organisaation kortti: ", "organisation card: ") + m.card().band());
            tile(b, String.valueOf(m.unansweredCustomerMessages()), t("asiakkaan viestiä ilman vastausta",
                    "customer messages without a reply"));
            Summary.ResponseTimes rt = m.responseTimes();
            tile(b, rt.medianMinutes() == null ? "–" : duration(rt.medianMinutes()),
                    t("vastausajan mediaani", "median response time") + (rt.p90Minutes() == null ? ""
                            : " (p90 " + duration(rt.p90Minutes()) + ")"));
        }
        tile(b, String.valueOf(s.unreadable()), t("lukukelvotonta", "unreadable"));
        b.append("</section>\n");
        if (m != null) {
            b.append("<p class=\"muted\">").append(esc(t("Viestejä luettu", "Messages read"))).append(": ")
                    .append(m.messagesRead()).append(" = ").append(m.scored()).append(t(" pisteytettyä + ", " scored + "))
                    .append(m.incoming()).append(t(" saapunutta + ", " incoming + ")).append(m.skipped())
                    .append(t(" ohitettua + ", " skipped + ")).append(m.unreadable()).append(t(" lukukelvotonta", " unreadable"))
                    .append("</p>\n");
        }

        // ---- charts ----
        b.append("<section class=\"charts\">\n");
        List<Integer> hist = m != null ? m.histogram() : histogramOf(s);
        b.append("<figure><figcaption>").append(t("Pisteiden jakauma", "Score distribution")).append("</figcaption>")
                .append(histogramSvg(hist)).append("</figure>\n");
        if (m != null) {
            b.append("<figure><figcaption>").append(t("Bingokortin kohdat: osuus vastauksista", "Card items: share of replies"))
                    .append("</figcaption>").append(sharesSvg(m.card())).append("</figure>\n");
            b.append("<figure><figcaption>").append(t("Vastausajat", "Response times")).append("</figcaption>")
                    .append(responseSvg(minutes)).append("</figure>\n");
        }
        b.append("</section>\n");

        // ---- agents ----
        if (m != null && !m.agents().isEmpty()) {
            b.append("<section><h2>").append(t("Vastaajat", "Agents")).append("</h2>\n<table>\n<thead><tr><th>")
                    .append(t("Vastaaja", "Agent")).append("</th><th class=\"n\">").append(t("Vastauksia", "Replies"))
                    .append("</th><th class=\"n\">").append(t("Keskiarvo", "Average")).append("</th>");
            for (String id : CheckRegistry.BINGO_ITEMS) {
                b.append("<th class=\"n\">").append(esc(id)).append("</th>");
            }
            b.append("</tr></thead>\n<tbody>\n");
            for (Summary.Agent a : m.agents()) {
                b.append("<tr><td>").append(esc(a.agent())).append("</td><td class=\"n\">").append(a.replies())
                        .append("</td><td class=\"n\">").append(String.format(Locale.ROOT, "%.1f", a.averageScore())).append("</td>");
                for (String id : CheckRegistry.BINGO_ITEMS) {
                    int n = a.items().getOrDefault(id, 0);
                    b.append("<td class=\"n\">").append(a.scored() == 0 ? "–" : Math.round(100.0 * n / a.scored()) + " %")
                            .append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</tbody></table>\n<p class=\"muted\">").append(t("Prosentti: kuinka moni vastaajan pisteytetyistä "
                    + "vastauksista osuu kohtaan.", "Percent: share of the agent's scored replies that show the item."))
                    .append("</p></section>\n");
        }

        // ---- worst replies ----
        b.append("<section><h2>").append(t("Heikoimmat vastaukset", "Worst replies")).append("</h2>\n");
        if (worst.isEmpty()) {
            b.append("<p>").append(t("Ei yhtään pisteitä saanutta vastausta.", "No reply scored any points.")).append("</p>\n");
        }
        for (Ranked ranked : worst) {
            ReplyResult r = ranked.result();
            b.append("<article class=\"reply\"><h3><span class=\"score b-").append(r.band().id()).append("\">")
                    .append(r.score()).append("/").append(r.maxScore()).append("</span> ").append(esc(r.source())).append("</h3>\n");
            b.append("<p class=\"muted\">").append(esc(messages.get("band." + r.band().id())));
            if (r.mail() != null && r.mail().agent() != null) {
                b.append(" · ").append(esc(r.mail().agent()));
            }
            if (r.mail() != null && r.mail().responseMinutes() != null) {
                b.append(" · ").append(t("vastausaika ", "response time ")).append(duration(r.mail().responseMinutes()));
            }
            b.append("</p>\n<ul class=\"findings\">\n");
            for (ReplyResult.Located l : r.findings()) {
                Finding f = l.finding();
                b.append("<li><span class=\"check\">").append(esc(f.check())).append(" (").append(f.points()).append(")</span> ")
                        .append("<span class=\"pos\">").append(l.start().line()).append(':').append(l.start().column())
                        .append("</span> ").append(esc(messages.get(f.messageKey(), f.args())));
                if (f.evidence() != null && !f.check().equals("unanswered-question")) {
                    b.append("<br><mark>").append(esc(f.evidence())).append("</mark>");
                }
                if (f.suggestion() != null) {
                    b.append("<br><span class=\"fix\">→ ").append(esc(f.suggestion())).append("</span>");
                }
                b.append("</li>\n");
            }
            b.append("</ul>");
            if (ranked.context() != null) {
                b.append("<details><summary>").append(t("Vastaus, löydökset merkittyinä", "The reply, findings marked"))
                        .append("</summary><pre class=\"text\">").append(marked(ranked.context(), r.findings()))
                        .append("</pre></details>");
            }
            b.append("</article>\n");
        }
        b.append("</section>\n");

        // ---- unanswered and unreadable ----
        if (m != null && !m.oldestUnanswered().isEmpty()) {
            b.append("<section><h2>").append(t("Vanhimmat vastaamattomat asiakkaan viestit", "Oldest unanswered customer messages"))
                    .append("</h2>\n<table><thead><tr><th>").append(t("Päivä", "Date")).append("</th><th>")
                    .append(t("Aihe", "Subject")).append("</th><th>").append(t("Lähde", "Source")).append("</th></tr></thead><tbody>\n");
            for (Summary.Unanswered u : m.oldestUnanswered()) {
                b.append("<tr><td>").append(esc(u.date() == null ? "–" : u.date())).append("</td><td>").append(esc(u.subject()))
                        .append("</td><td>").append(esc(u.source())).append("</td></tr>\n");
            }
            b.append("</tbody></table></section>\n");
        }
        if (!unreadable.isEmpty()) {
            b.append("<section><h2>").append(t("Lukukelvottomat viestit", "Unreadable messages")).append("</h2>\n<ul>\n");
            for (ReplyResult r : unreadable) {
                b.append("<li>").append(esc(r.source())).append(": ").append(esc(r.reason())).append("</li>\n");
            }
            b.append("</ul></section>\n");
        }
        b.append("</main>\n</body>\n</html>\n");
        w.write(b.toString());
    }

    /** The HTML run always asks for the batch view; an empty chart if a caller passes a summary without it. */
    private static List<Integer> histogramOf(Summary s) {
        return List.of(0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static void tile(StringBuilder b, String value, String label) {
        b.append("<div class=\"tile\"><div class=\"v\">").append(esc(value)).append("</div><div class=\"l\">")
                .append(esc(label)).append("</div></div>\n");
    }

    static String duration(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
        }
        return String.format(Locale.ROOT, "%.1f d", minutes / 1440.0);
    }

    private static final String[] BAND_COLOURS = {"#2e7d32", "#7cb342", "#f9a825", "#ef6c00", "#c62828"};

    private static String colourFor(int score) {
        return BAND_COLOURS[fi.vastausbingo.score.Band.of(score).ordinal()];
    }

    /** Vertical bars, one per score 0..7. */
    static String histogramSvg(List<Integer> hist) {
        int max = Math.max(1, hist.stream().mapToInt(Integer::intValue).max().orElse(1));
        int w = 360;
        int h = 180;
        int bw = 36;
        StringBuilder b = new StringBuilder("<svg viewBox=\"0 0 " + w + " " + h + "\" role=\"img\">");
        for (int i = 0; i < hist.size(); i++) {
            int v = hist.get(i);
            int bh = (int) Math.round(130.0 * v / max);
            int x = 12 + i * 43;
            b.append("<rect x=\"").append(x).append("\" y=\"").append(150 - bh).append("\" width=\"").append(bw)
                    .append("\" height=\"").append(bh).append("\" fill=\"").append(colourFor(i)).append("\"/>");
            b.append("<text x=\"").append(x + bw / 2).append("\" y=\"").append(145 - bh).append("\" class=\"v\">").append(v)
                    .append("</text>");
            b.append("<text x=\"").append(x + bw / 2).append("\" y=\"168\" class=\"a\">").append(i).append("</text>");
        }
        return b.append("</svg>").toString();
    }

    /** Horizontal bars: each item's share of scored replies, with the card threshold as a line. */
    static String sharesSvg(Summary.Card card) {
        int rowH = 26;
        int h = card.items().size() * rowH + 24;
        StringBuilder b = new StringBuilder("<svg viewBox=\"0 0 400 " + h + "\" role=\"img\">");
        int x0 = 150;
        int bwMax = 200;
        for (int i = 0; i < card.items().size(); i++) {
            Summary.CardItem it = card.items().get(i);
            int y = 8 + i * rowH;
            int bw = (int) Math.round(bwMax * it.share());
            b.append("<text x=\"").append(x0 - 6).append("\" y=\"").append(y + 15).append("\" class=\"l\">").append(esc(it.check()))
                    .append("</text>");
            b.append("<rect x=\"").append(x0).append("\" y=\"").append(y).append("\" width=\"").append(bwMax)
                    .append("\" height=\"18\" fill=\"#eceff1\"/>");
            b.append("<rect x=\"").append(x0).append("\" y=\"").append(y).append("\" width=\"").append(bw)
                    .append("\" height=\"18\" fill=\"").append(it.onCard() ? "#c62828" : "#90a4ae").append("\"/>");
            b.append("<text x=\"").append(x0 + bwMax + 6).append("\" y=\"").append(y + 14).append("\" class=\"r\">")
                    .append(Math.round(it.share() * 100)).append(" %").append(it.onCard() ? " ●" : "").append("</text>");
        }
        int tx = x0 + (int) Math.round(bwMax * card.threshold());
        b.append("<line x1=\"").append(tx).append("\" y1=\"2\" x2=\"").append(tx).append("\" y2=\"").append(h - 16)
                .append("\" stroke=\"#263238\" stroke-dasharray=\"4 3\"/>");
        b.append("<text x=\"").append(tx).append("\" y=\"").append(h - 4).append("\" class=\"a\">")
                .append(Math.round(card.threshold() * 100)).append(" %</text>");
        return b.append("</svg>").toString();
    }

    private static final long[] BUCKET_LIMITS = {15, 60, 240, 1440, 4320, Long.MAX_VALUE};
    private static final String[] BUCKET_LABELS = {"<15 min", "<1 h", "<4 h", "<1 d", "<3 d", "≥3 d"};

    /** Vertical bars over response-time buckets. */
    static String responseSvg(List<Long> minutes) {
        int[] counts = new int[BUCKET_LIMITS.length];
        for (long m : minutes) {
            for (int i = 0; i < BUCKET_LIMITS.length; i++) {
                if (m < BUCKET_LIMITS[i]) {
                    counts[i]++;
                    break;
                }
            }
        }
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        StringBuilder b = new StringBuilder("<svg viewBox=\"0 0 360 180\" role=\"img\">");
        for (int i = 0; i < counts.length; i++) {
            int bh = (int) Math.round(130.0 * counts[i] / max);
            int x = 12 + i * 58;
            b.append("<rect x=\"").append(x).append("\" y=\"").append(150 - bh).append("\" width=\"46\" height=\"").append(bh)
                    .append("\" fill=\"#1565c0\"/>");
            b.append("<text x=\"").append(x + 23).append("\" y=\"").append(145 - bh).append("\" class=\"v\">").append(counts[i])
                    .append("</text>");
            b.append("<text x=\"").append(x + 23).append("\" y=\"168\" class=\"a\">").append(esc(BUCKET_LABELS[i])).append("</text>");
        }
        return b.append("</svg>").toString();
    }

    private static final String CSS = """
            body{margin:0;background:#f5f7f9;color:#1c2733;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            main{max-width:1100px;margin:0 auto;padding:24px}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px}h3{font-size:15px;margin:0 0 4px;word-break:break-all}
            .muted{color:#5f6b77;margin:4px 0}
            .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin:18px 0 8px}
            .tile{background:#fff;border-radius:10px;padding:14px 16px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
            .tile .v{font-size:26px;font-weight:650}.tile .l{color:#5f6b77;font-size:13px}
            .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px;margin-top:12px}
            figure{background:#fff;border-radius:10px;margin:0;padding:12px 14px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
            figcaption{font-weight:600;margin-bottom:6px}
            svg{width:100%;height:auto;font-size:12px}svg .v,svg .a{text-anchor:middle;fill:#37474f}svg .l{text-anchor:end;fill:#37474f}
            svg .r{fill:#37474f}
            table{border-collapse:collapse;width:100%;background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.08);display:block;overflow-x:auto}
            pre.text{white-space:pre-wrap;font:13px/1.5 ui-monospace,monospace;background:#fafbfc;padding:10px;border-radius:6px}
            th,td{padding:7px 10px;border-bottom:1px solid #e6eaee;text-align:left;font-size:14px;vertical-align:top}
            th{background:#eef2f5;font-weight:600}.n{text-align:right;white-space:nowrap}
            .reply{background:#fff;border-radius:10px;padding:12px 16px;margin:10px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
            .score{display:inline-block;min-width:38px;text-align:center;color:#fff;border-radius:6px;padding:1px 6px;margin-right:6px}
            .b-clean{background:#2e7d32}.b-personal{background:#7cb342}.b-typical{background:#f9a825}
            .b-template-firm{background:#ef6c00}.b-bingo{background:#c62828}
            .findings{margin:6px 0 0;padding-left:18px}.findings li{margin:5px 0}
            .check{font-weight:600}.pos{color:#5f6b77;font-family:ui-monospace,monospace;font-size:13px}
            mark{background:#fff3c4;padding:0 3px;border-radius:3px}.fix{color:#2e7d32}
            """;
}
