// `vastausbingo eval CORPUS.jsonl`: precision, recall and F1 per check against a labelled corpus.
package fi.vastausbingo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.vastausbingo.eval.CorpusEntry;
import fi.vastausbingo.eval.CorpusReader;
import fi.vastausbingo.eval.EvalRunner;
import fi.vastausbingo.eval.Evaluator;
import fi.vastausbingo.finnish.AnalysisCache;
import fi.vastausbingo.finnish.Analysers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reads the corpus, lints each reply with its customer message, prints the figures and every miss. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Measure the checks against a labelled corpus (JSON Lines: id, customer, customerName, reply, labels).",
            "Prints precision, recall and F1 per check, greeting and register kind agreement, score accuracy"
                + " and mean absolute error, and every false positive and false negative with its id and words."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", arity = "1", description = "A labelled corpus in JSON Lines.")
    Path corpus;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--require-voikko", description = "Exit 2 when Voikko is not installed.")
    boolean requireVoikko;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!format.equals("text") && !format.equals("json")) {
            System.err.println("vastausbingo: --format must be text or json, not " + format);
            return LintRun.ERROR;
        }
        List<CorpusEntry> entries;
        try {
            entries = CorpusReader.read(corpus);
        } catch (NoSuchFileException e) {
            System.err.println("vastausbingo: " + corpus + ": no such file");
            return LintRun.ERROR;
        } catch (CorpusReader.CorpusException e) {
            System.err.println("vastausbingo: " + e.getMessage());
            return LintRun.ERROR;
        }
        Analysers analysers = Analysers.probe(new AnalysisCache());
        if (!analysers.voikkoAvailable()) {
            System.err.println("vastausbingo: Voikko not found (" + analysers.problem() + "); figures use the fallback analyser. Install: "
                    + Analysers.INSTALL_HINT);
            if (requireVoikko) {
                return LintRun.ERROR;
            }
        }
        Evaluator.Result r = EvalRunner.run(entries, analysers);
        if (format.equals("json")) {
            out.println(json(r));
        } else {
            out.print(text(corpus.toString(), r));
        }
        return 0;
    }

    static String text(String name, Evaluator.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d pairs (%d Finnish, %d other)%n%n", name, r.pairs(), r.finnish(),
                r.pairs() - r.finnish()));
        sb.append(String.format(Locale.ROOT, "%-22s %9s %7s %6s %5s %5s %5s%n", "check", "precision", "recall", "F1", "tp", "fp", "fn"));
        for (Map.Entry<String, Evaluator.Counts> e : r.checks().entrySet()) {
            Evaluator.Counts c = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-22s %9.3f %7.3f %6.3f %5d %5d %5d%n", e.getKey(), c.precision(), c.recall(),
                    c.f1(), c.tp, c.fp, c.fn));
        }
        sb.append('\n');
        for (String k : new String[] {"greeting", "register"}) {
            Evaluator.Counts c = r.checks().get(k);
            sb.append(String.format(Locale.ROOT, "%s kind agreement: %d/%d%n", k, c.kindAgree, c.kindTotal));
        }
        sb.append(String.format(Locale.ROOT, "language (linted or not): %d/%d%n", r.languageCorrect(), r.pairs()));
        sb.append(String.format(Locale.ROOT, "total score: exact %.3f (%d/%d), mean absolute error %.2f%n", r.scoreAccuracy(),
                r.scoreExact(), r.scored(), r.meanAbsoluteError()));
        sb.append(String.format(Locale.ROOT, "%nfalse positives (%d):%n", r.falsePositives().size()));
        for (Evaluator.Miss m : r.falsePositives()) {
            sb.append(String.format(Locale.ROOT, "  %-10s %-20s %-22s %s%n", m.id(), m.check(), m.kind(), quote(m.words())));
        }
        sb.append(String.format(Locale.ROOT, "%nfalse negatives (%d):%n", r.falseNegatives().size()));
        for (Evaluator.Miss m : r.falseNegatives()) {
            sb.append(String.format(Locale.ROOT, "  %-10s %-20s %-22s %s%n", m.id(), m.check(), m.kind(), quote(m.words())));
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s == null ? "" : "\"" + s.replaceAll("\\s+", " ") + "\"";
    }

    static String json(Evaluator.Result r) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("pairs", r.pairs());
        root.put("finnish", r.finnish());
        root.put("languageCorrect", r.languageCorrect());
        ObjectNode checks = root.putObject("checks");
        for (Map.Entry<String, Evaluator.Counts> e : r.checks().entrySet()) {
            Evaluator.Counts c = e.getValue();
            ObjectNode o = checks.putObject(e.getKey());
            o.put("precision", round(c.precision()));
            o.put("recall", round(c.recall()));
            o.put("f1", round(c.f1()));
            o.put("tp", c.tp);
            o.put("fp", c.fp);
            o.put("fn", c.fn);
            if (c.kindTotal > 0) {
                o.put("kindAgreement", round(c.kindAgree / (double) c.kindTotal));
            }
        }
        root.put("scoreAccuracy", round(r.scoreAccuracy()));
        root.put("scoreMeanAbsoluteError", round(r.meanAbsoluteError()));
        ArrayNode fp = root.putArray("falsePositives");
        r.falsePositives().forEach(x -> fp.addObject().put("id", x.id()).put("check", x.check()).put("kind", x.kind()).put("words", x.words()));
        ArrayNode fn = root.putArray("falseNegatives");
        r.falseNegatives().forEach(x -> fn.addObject().put("id", x.id()).put("check", x.check()).put("kind", x.kind()).put("words", x.words()));
        return m.writeValueAsString(root);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
