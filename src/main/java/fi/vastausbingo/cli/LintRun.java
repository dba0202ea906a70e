// Carries out one lint run: read inputs, lint each, report, choose the exit code.
package fi.vastausbingo.cli;

import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.check.WordlistException;
import fi.vastausbingo.finnish.AnalysisCache;
import fi.vastausbingo.finnish.Analyser;
import fi.vastausbingo.finnish.Analysers;
import fi.vastausbingo.finnish.Placeholders;
import fi.vastausbingo.finnish.Tokenizer;
import fi.vastausbingo.lint.Linter;
import fi.vastausbingo.lint.ReplyResult;
import fi.vastausbingo.mail.InputLoader;
import fi.vastausbingo.mail.Loaded;
import fi.vastausbingo.report.JsonReporter;
import fi.vastausbingo.report.Messages;
import fi.vastausbingo.report.Reporter;
import fi.vastausbingo.report.Summary;
import fi.vastausbingo.report.TextReporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Exit codes: 0 below the threshold, 1 a reply at or above it, 2 usage/config error or unreadable input. */
final class LintRun {
    static final int OK = 0;
    static final int THRESHOLD = 1;
    static final int ERROR = 2;

    private final LintOptions o;
    private final PrintStream out;
    private final PrintStream err;

    LintRun(LintOptions options, PrintStream out, PrintStream err) {
        this.o = options;
        this.out = out;
        this.err = err;
    }

    int run() throws IOException {
        Messages msg = Messages.of(o.lang != null ? o.lang : Messages.defaultLanguage());
        if (o.lang != null && !o.lang.equals("fi") && !o.lang.equals("en")) {
            err.println("vastausbingo: --lang must be fi or en, not " + o.lang);
            return ERROR;
        }
        if (o.paths.isEmpty()) {
            err.println(msg.get("cli.no-input"));
            return ERROR;
        }
        if (o.maxSizeMb < 1) {
            err.println("vastausbingo: --max-size must be at least 1 (MB)");
            return ERROR;
        }
        Analysers analysers = Analysers.probe(new AnalysisCache());
        if (!analysers.voikkoAvailable()) {
            if (o.requireVoikko) {
                err.println(msg.get("cli.voikko-required", analysers.problem(), Analysers.INSTALL_HINT));
                return ERROR;
            }
            err.println(msg.get("cli.voikko-missing", analysers.problem(), Analysers.INSTALL_HINT));
        }
        CheckRegistry registry;
        try {
            registry = CheckRegistry.builtIn();
        } catch (WordlistException e) {
            err.println("vastausbingo: " + e.getMessage());
            return ERROR;
        }
        InputLoader loader = new InputLoader((long) o.maxSizeMb * 1024 * 1024);
        String original = null;
        if (o.original != null) {
            List<Loaded> l = loader.load(List.of(o.original.toString()));
            if (l.isEmpty() || !(l.get(0) instanceof Loaded.Ok ok)) {
                String why = l.isEmpty() ? "nothing to read" : ((Loaded.Failed) l.get(0)).reason();
                err.println(msg.get("cli.original-unreadable", o.original, why));
                return ERROR;
            }
            original = ok.message().body().text();
        }
        Linter linter = new Linter(registry, new Tokenizer(Placeholders.builtIn()), List.of());
        List<ReplyResult> results = new ArrayList<>();
        int unreadable = 0;
        try (Analyser analyser = analysers.create()) {
            for (Loaded item : loader.load(o.paths)) {
                if (item instanceof Loaded.Ok ok) {
                    results.add(lintOne(linter, ok, original, analyser));
                } else {
                    Loaded.Failed f = (Loaded.Failed) item;
                    err.println("vastausbingo: " + f.source() + ": " + f.reason());
                    results.add(ReplyResult.unreadable(f.source(), f.reason()));
                    unreadable++;
                }
            }
        }
        Summary summary = Summary.of(results);
        Reporter reporter = switch (o.format) {
            case json -> new JsonReporter(msg, Version.get());
            case text -> new TextReporter(msg, useColor(), o.quiet);
        };
        List<ReplyResult> shown = o.format == LintOptions.Format.text
                ? results.stream().filter(r -> !r.unreadable()).toList() : results;
        if (!write(reporter, shown, summary, msg)) {
            return ERROR;
        }
        if (unreadable > 0) {
            return ERROR;
        }
        boolean hit = results.stream().anyMatch(r -> r.linted() && r.score() >= o.failOn);
        return hit ? THRESHOLD : OK;
    }

    private ReplyResult lintOne(Linter linter, Loaded.Ok ok, String original, Analyser analyser) {
        try {
            return linter.lint(ok.message(), original, analyser);
        } catch (RuntimeException e) {
            // one odd message must not take the batch down; --debug shows where it broke
            if (o.debug) {
                e.printStackTrace(err);
            }
            String why = "internal error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            err.println("vastausbingo: " + ok.source() + ": " + why);
            return ReplyResult.unreadable(ok.source(), why);
        }
    }

    private boolean write(Reporter reporter, List<ReplyResult> results, Summary summary, Messages msg) throws IOException {
        if (o.output == null) {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            reporter.report(results, summary, w);
            w.flush();
            return true;
        }
        try (Writer w = Files.newBufferedWriter(o.output, StandardCharsets.UTF_8)) {
            reporter.report(results, summary, w);
            return true;
        } catch (IOException e) {
            err.println(msg.get("cli.output-failed", o.output, e.getMessage()));
            return false;
        }
    }

    private boolean useColor() {
        return !o.noColor && o.output == null && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }
}
