// Lints one message: segmentation, analysis, language gate, every check, scoring.
package fi.vastausbingo.lint;

import fi.vastausbingo.check.Check;
import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.check.LintContext;
import fi.vastausbingo.finnish.AnalysedText;
import fi.vastausbingo.finnish.Analyser;
import fi.vastausbingo.finnish.LanguageGuesser;
import fi.vastausbingo.finnish.Tokenizer;
import fi.vastausbingo.mail.Message;
import fi.vastausbingo.reply.Segmentation;
import fi.vastausbingo.reply.Segmenter;
import fi.vastausbingo.reply.SourceText;
import fi.vastausbingo.score.Band;
import fi.vastausbingo.score.Scorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stateless apart from its configuration; call from any thread with that thread's analyser. */
public final class Linter {
    private final CheckRegistry registry;
    private final Tokenizer tokenizer;
    private final Segmenter segmenter = new Segmenter();
    private final List<String> configuredProducts;

    public Linter(CheckRegistry registry, Tokenizer tokenizer, List<String> configuredProducts) {
        this.registry = registry;
        this.tokenizer = tokenizer;
        this.configuredProducts = List.copyOf(configuredProducts);
    }

    public CheckRegistry registry() {
        return registry;
    }

    /**
     * @param original the customer's message given with --original, or null
     */
    public ReplyResult lint(Message m, String original, Analyser analyser) {
        return lint(m, original, analyser, FindingFilter.NONE);
    }

    /**
     * As {@link #lint(Message, String, Analyser)}, leaving out what {@code filter} suppresses or
     * finds in the baseline before the score is counted.
     */
    public ReplyResult lint(Message m, String original, Analyser analyser, FindingFilter filter) {
        return finish(analyse(m, original, analyser), filter);
    }

    /**
     * The checks' raw findings for one message (or the reason it is not linted), before
     * suppressions and the baseline: the expensive, thread-safe half of {@link #lint}, run on
     * the workers; {@link #finish} then runs in input order.
     *
     * @param early  the final result when the message is not linted, else null
     */
    public record Draft(Message message, SourceText doc, String language, List<Finding> findings, ReplyResult early) {}

    public Draft analyse(Message m, String original, Analyser analyser) {
        SourceText doc = m.body();
        Segmentation seg = segmenter.segment(doc.text());
        if (!seg.hasOwnText()) {
            return new Draft(m, doc, null, List.of(), ReplyResult.notLinted(m.source(), m.messageId(), null,
                    "reason.no-own-text", "no text of its own (only quoted text or a signature)"));
        }
        AnalysedText own = AnalysedText.analyse(seg.ownMasked(), tokenizer, analyser);
        LanguageGuesser.Verdict verdict = LanguageGuesser.judge(own, analyser.dictionaryBacked());
        String language = verdict.language();
        if (!language.equals("fi")) {
            return new Draft(m, doc, language, List.of(), ReplyResult.notLinted(m.source(), m.messageId(), language,
                    "reason.language", "language " + language + ", not Finnish"));
        }
        List<Finding> languageNotes = new ArrayList<>();
        if (!verdict.foreignRanges().isEmpty()) {
            own = AnalysedText.analyse(blank(seg.ownMasked(), verdict.foreignRanges()), tokenizer, analyser);
            for (int[] r : verdict.foreignRanges()) {
                languageNotes.add(Finding.note("language", r[0], r[1], "language.foreign-paragraph",
                        List.of(String.valueOf(doc.position(r[0]).line()), String.valueOf(doc.position(r[1]).line()))));
            }
        }
        LintContext.Customer customer = customer(m, original, seg, analyser);
        List<String> products = products(customer);
        LintContext ctx = new LintContext(doc, seg, own, analyser, customer, products);

        List<Finding> all = new ArrayList<>(languageNotes);
        for (Check c : registry.checks()) {
            if (c.meta().needsCustomer() && (customer == null || customer.text() == null)) {
                continue;
            }
            all.addAll(c.run(ctx));
        }
        all.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::check));
        return new Draft(m, doc, language, List.copyOf(all), null);
    }

    /** Applies suppressions and the baseline to a draft and scores what is left. */
    public ReplyResult finish(Draft d, FindingFilter filter) {
        if (d.early() != null) {
            return d.early();
        }
        Message m = d.message();
        SourceText doc = d.doc();
        String language = d.language();
        List<Finding> all = d.findings();
        List<ReplyResult.Located> findings = new ArrayList<>();
        List<ReplyResult.Located> notes = new ArrayList<>();
        List<Finding> kept = new ArrayList<>();
        int suppressed = 0;
        int baselined = 0;
        for (Finding f : all) {
            ReplyResult.Located l = new ReplyResult.Located(f, doc.position(f.start()), endPosition(doc, f));
            switch (filter.judge(l)) {
                case SUPPRESSED -> suppressed++;
                case BASELINED -> baselined++;
                case KEEP -> {
                    kept.add(f);
                    (f.note() ? notes : findings).add(l);
                }
            }
        }
        Map<String, Integer> points = Scorer.pointsByCheck(registry.checks(), kept);
        int maxScore = registry.maxScore();
        int score = Math.min(maxScore, points.values().stream().mapToInt(Integer::intValue).sum());
        return new ReplyResult(m.source(), m.messageId(), language, true, false, null, null, score,
                Band.of(score), points, findings, notes, maxScore, 1, suppressed, baselined, null, null);
    }

    /**
     * Just after the finding's last character. In decoded text the next character may come from
     * elsewhere in the file (after an escape, a joined line, a tag), so count from the last one.
     */
    private static SourceText.Position endPosition(SourceText doc, Finding f) {
        if (f.end() <= f.start()) {
            return doc.position(f.end());
        }
        SourceText.Position last = doc.position(f.end() - 1);
        return new SourceText.Position(last.line(), last.column() + 1);
    }

    private LintContext.Customer customer(Message m, String original, Segmentation seg, Analyser analyser) {
        String text = original != null ? original : m.customerText() != null ? m.customerText() : seg.quotedOriginal();
        String name = firstNonBlank(m.customerName(), m.toName(), seg.quotedAuthorName());
        return CustomerMessage.of(text, name, segmenter, tokenizer, analyser);
    }

    private List<String> products(LintContext.Customer customer) {
        Set<String> out = new LinkedHashSet<>(configuredProducts);
        if (customer != null && customer.analysed() != null) {
            out.addAll(ProductNames.fromCustomer(customer.analysed()));
        }
        return List.copyOf(out);
    }

    /** Blanks the given ranges (keeping line breaks) so their words are not linted. */
    private static String blank(String text, List<int[]> ranges) {
        char[] c = text.toCharArray();
        for (int[] r : ranges) {
            for (int i = r[0]; i < r[1]; i++) {
                if (c[i] != '\n') {
                    c[i] = ' ';
                }
            }
        }
        return new String(c);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
