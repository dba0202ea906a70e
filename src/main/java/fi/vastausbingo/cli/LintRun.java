// Carries out one lint run: configs, inputs, linting with suppressions and baseline, report, exit code.
package fi.vastausbingo.cli;

import fi.vastausbingo.baseline.Baseline;
import fi.vastausbingo.baseline.Fingerprint;
import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.check.StockPhrases;
import fi.vastausbingo.check.WordlistException;
import fi.vastausbingo.config.Config;
import fi.vastausbingo.config.ConfigException;
import fi.vastausbingo.config.ConfigResolver;
import fi.vastausbingo.finnish.AnalysedText;
import fi.vastausbingo.finnish.Analyser;
import fi.vastausbingo.finnish.Analysers;
import fi.vastausbingo.finnish.AnalysisCache;
import fi.vastausbingo.finnish.Placeholders;
import fi.vastausbingo.finnish.Token;
import fi.vastausbingo.finnish.Tokenizer;
import fi.vastausbingo.lint.BatchLinter;
import fi.vastausbingo.lint.FindingFilter;
import fi.vastausbingo.lint.Linter;
import fi.vastausbingo.lint.ReplyResult;
import fi.vastausbingo.mail.InputLoader;
import fi.vastausbingo.mail.Loaded;
import fi.vastausbingo.mail.Mailbox;
import fi.vastausbingo.mail.Maildir;
import fi.vastausbingo.mail.Pairing;
import fi.vastausbingo.report.CsvReporter;
import fi.vastausbingo.report.GithubReporter;
import fi.vastausbingo.report.HtmlReporter;
import fi.vastausbingo.report.JsonReporter;
import fi.vastausbingo.report.JunitReporter;
import fi.vastausbingo.report.Messages;
import fi.vastausbingo.report.Reporter;
import fi.vastausbingo.report.SarifReporter;
import fi.vastausbingo.report.Summary;
import fi.vastausbingo.report.TextReporter;
import fi.vastausbingo.suppress.Suppressions;
import fi.vastausbingo.templates.KeyGlob;
import fi.vastausbingo.templates.LocaleFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exit codes: 0 below the threshold, 1 a reply at or above it, 2 usage/config error or unreadable input.
 *
 * <p>Precedence of settings: a command-line option, then the config that applies to the file
 * (--config, else the nearest .vastausbingo.yml above it), then the built-in default. The message
 * language is one per run: --lang, else the config of the current folder, else the locale.
 */
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

    /** One input item and the argument it came from (for sources that are not paths: JSONL ids, stdin). */
    private record Input(Loaded loaded, String arg, ReplyResult.MailInfo mail) {
        Input(Loaded loaded, String arg) {
            this(loaded, arg, null);
        }
    }

    /** The linter and settings built from one config. */
    private record Setup(Config config, Linter linter, int failOn) {}

    int run() throws IOException {
        if (o.config != null && o.noConfig) {
            err.println("vastausbingo: --config and --no-config exclude each other");
            return ERROR;
        }
        if (o.updateBaseline && o.baseline == null) {
            err.println("vastausbingo: --update-baseline needs --baseline FILE");
            return ERROR;
        }
        ConfigResolver resolver;
        Config runConfig;
        try {
            resolver = o.noConfig ? ConfigResolver.none()
                    : o.config != null ? ConfigResolver.explicit(o.config) : ConfigResolver.searching();
            runConfig = resolver.forCurrentDirectory();
        } catch (ConfigException e) {
            err.println("vastausbingo: " + e.getMessage());
            return ERROR;
        }
        if (o.lang != null && !o.lang.equals("fi") && !o.lang.equals("en")) {
            err.println("vastausbingo: --lang must be fi or en, not " + o.lang);
            return ERROR;
        }
        String lang = o.lang != null ? o.lang : runConfig.lang() != null ? runConfig.lang() : Messages.defaultLanguage();
        Messages msg = Messages.of(lang);
        if (o.paths.isEmpty()) {
            err.println(msg.get("cli.no-input"));
            return ERROR;
        }
        if (o.maxSizeMb < 1) {
            err.println("vastausbingo: --max-size must be at least 1 (MB)");
            return ERROR;
        }
        if (!(o.cardThreshold > 0 && o.cardThreshold <= 1)) {
            err.println("vastausbingo: --card-threshold must be a share above 0 and at most 1, such as 0.5");
            return ERROR;
        }
        for (String ours : o.ours) {
            if (!ours.strip().matches("@?[^@\\s]+(@[^@\\s]+)?") || ours.strip().equals("@")) {
                err.println("vastausbingo: --ours needs an address or @domain, not '" + ours + "'");
                return ERROR;
            }
        }
        for (String k : o.keys) {
            if (k.isBlank()) {
                err.println("vastausbingo: --keys needs a glob such as 'mail.*'");
                return ERROR;
            }
        }
        Baseline baseline = null;
        Baseline oldBaseline = null;
        if (o.baseline != null) {
            try {
                if (o.updateBaseline) {
                    oldBaseline = Files.exists(o.baseline) ? Baseline.read(o.baseline) : null;
                } else {
                    baseline = Baseline.read(o.baseline);
                }
            } catch (ConfigException e) {
                err.println("vastausbingo: " + e.getMessage());
                return ERROR;
            }
        }
        // Voikko opens on the second core, started by Main before picocli parsed the options
        Analysers analysers = Warmup.analysers();
        if (!analysers.voikkoAvailable()) {
            if (o.requireVoikko) {
                err.println(msg.get("cli.voikko-required", analysers.problem(), Analysers.INSTALL_HINT));
                return ERROR;
            }
            err.println(msg.get("cli.voikko-missing", analysers.problem(), Analysers.INSTALL_HINT));
        }

        // ---- inputs; config errors met on the way stop the run before anything is linted ----
        Set<String> configErrors = new LinkedHashSet<>();
        LocaleFiles locale = new LocaleFiles(file -> selection(resolver, file, configErrors));
        InputLoader loader = new InputLoader((long) o.maxSizeMb * 1024 * 1024).withFormat(LocaleFiles.EXTENSIONS, locale);
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
        // every file's config first: a broken one stops the run before anything is linted
        List<String> configInputs = new ArrayList<>(loader.files(o.paths));
        for (String arg : o.paths) {
            if (arg.equals("-") || !isFile(arg) && !isDirectory(arg)) {
                configInputs.add(arg);
            }
        }
        Map<Config, Setup> setups = new IdentityHashMap<>();
        int threads = o.threads != null ? Math.max(1, o.threads) : Runtime.getRuntime().availableProcessors();
        try (Analyser analyser = analysers.create(); BatchLinter workers = new BatchLinter(analysers, threads)) {
            for (String file : configInputs) {
                try {
                    Config cfg = resolver.forInput(file);
                    if (!setups.containsKey(cfg)) {
                        setups.put(cfg, setup(cfg, analyser));
                    }
                } catch (ConfigException e) {
                    configErrors.add(e.getMessage());
                }
            }
            if (!configErrors.isEmpty()) {
                configErrors.forEach(e -> err.println("vastausbingo: " + e));
                return ERROR;
            }

            // ---- lint, streaming: a window of items at a time is linted on all cores, and each
            // result goes to the report as soon as it is final (text and JSON keep nothing) ----
            Reporter reporter = switch (o.format) {
                case json -> new JsonReporter(msg, Version.get());
                case text -> new TextReporter(msg, useColor(), o.quiet);
                case sarif -> new SarifReporter(msg, Version.get(), o.baseline != null);
                case github -> new GithubReporter(msg);
                case junit -> new JunitReporter(msg);
                case csv -> new CsvReporter();
                case html -> new HtmlReporter(msg, Version.get());
            };
            Writer writer = openOutput(msg);
            if (writer == null) {
                return ERROR;
            }
            try {
                Reporter.Streaming stream = reporter.streaming(writer);
                Summary.Accumulator acc = new Summary.Accumulator().cardThreshold(o.cardThreshold);
                if (o.format == LintOptions.Format.html) {
                    acc.mailbox(); // the page is a batch report whatever the input: card, histogram, agents
                }
                List<ReplyResult> kept = new ArrayList<>();
                Progress progress = new Progress(o.quiet);
                Pass pass = new Pass(resolver, locale, setups, analyser, workers, original, baseline, r -> {
                    acc.add(r);
                    progress.tick();
                    if (stream != null) {
                        try {
                            stream.add(r);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    } else {
                        kept.add(r);
                    }
                });
                if (reporter instanceof HtmlReporter html) {
                    pass.contextSink = html::context;
                }
                for (String arg : o.paths) {
                    Path mailbox = arg.equals("-") ? null : pathOf(arg);
                    if (mailbox != null && Mailbox.isMailbox(mailbox)) {
                        lintMailbox(arg, mailbox, resolver, runConfig, pass, acc);
                    } else if (mailbox != null && Files.isDirectory(mailbox)) {
                        lintFolder(arg, loader, resolver, runConfig, pass, acc);
                    } else {
                        loader.stream(List.of(arg), l -> pass.add(new Input(l, arg)));
                    }
                }
                pass.flush();
                progress.close();
                if (!pass.lateConfigErrors.isEmpty()) {
                    pass.lateConfigErrors.forEach(e -> err.println("vastausbingo: " + e));
                    return ERROR;
                }
                if (o.updateBaseline) {
                    try {
                        Baseline.write(o.baseline, pass.current, pass.lintedLocations, oldBaseline);
                        err.println(msg.get("cli.baseline-written", pass.current.size(), o.baseline));
                    } catch (IOException e) {
                        err.println("vastausbingo: cannot write baseline " + o.baseline + ": " + e.getMessage());
                        return ERROR;
                    }
                }
                Summary summary = acc.build(locale.skipped());
                if (stream != null) {
                    stream.end(summary);
                } else {
                    reporter.report(kept, summary, writer);
                }
                writer.flush();
                if (acc.unreadable() > 0 || pass.directiveProblems > 0) {
                    return ERROR;
                }
                return acc.failing() ? THRESHOLD : OK;
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println(msg.get("cli.output-failed", o.output != null ? o.output : "-", e.getMessage()));
                return ERROR;
            } finally {
                if (o.output != null) {
                    writer.close();
                }
            }
        }
    }

    /**
     * A mailbox: an index pass over its headers, ours/theirs and pairing, then our replies go to
     * the lint pass one at a time, each with the text of the customer message it answers.
     */
    /**
     * A folder may hold mailbox exports beside templates: an mbox file or a Maildir inside it is
     * read as a mailbox (our replies, paired with their customer messages), everything else as
     * files, in the folder's path order.
     */
    private void lintFolder(String arg, InputLoader loader, ConfigResolver resolver, Config runConfig, Pass pass,
                            Summary.Accumulator acc) throws IOException {
        List<String> files = loader.files(List.of(arg));
        boolean anyMailbox = false;
        for (String f : files) {
            Path p = pathOf(f);
            anyMailbox |= p != null && (maildirRoot(p) != null || Mailbox.isMailbox(p));
        }
        if (!anyMailbox) {
            // the plain walk, which also reports an empty folder or an unreadable sub-folder
            loader.stream(List.of(arg), l -> pass.add(new Input(l, arg)));
            return;
        }
        Set<Path> maildirsDone = new HashSet<>();
        for (String f : files) {
            Path p = pathOf(f);
            Path maildir = p == null ? null : maildirRoot(p);
            if (maildir != null) {
                if (maildirsDone.add(maildir)) {
                    lintMailbox(maildir.toString(), maildir, resolver, runConfig, pass, acc);
                }
            } else if (p != null && Mailbox.isMailbox(p)) {
                lintMailbox(f, p, resolver, runConfig, pass, acc);
            } else {
                loader.stream(List.of(f), l -> pass.add(new Input(l, arg)));
            }
        }
    }

    /** The Maildir a message file belongs to (…/cur/x or a Maildir++ sub-folder's), or null. */
    private static Path maildirRoot(Path file) {
        Path box = file.getParent();
        if (box == null || box.getFileName() == null) {
            return null;
        }
        String n = box.getFileName().toString();
        if (!n.equals("cur") && !n.equals("new")) {
            return null;
        }
        Path dir = box.getParent();
        if (dir == null || !Maildir.isMaildir(dir)) {
            return null;
        }
        Path up = dir.getParent();
        boolean subfolder = dir.getFileName() != null && dir.getFileName().toString().startsWith(".");
        return subfolder && up != null && Maildir.isMaildir(up) ? up : dir;
    }

    private void lintMailbox(String arg, Path path, ConfigResolver resolver, Config runConfig, Pass pass,
                             Summary.Accumulator acc) {
        long max = (long) o.maxSizeMb * 1024 * 1024;
        acc.mailbox();
        try (Mailbox mb = Mailbox.index(arg, path, max)) {
            List<Mailbox.Entry> entries = mb.entries();
            if (entries.isEmpty()) {
                pass.add(new Input(new Loaded.Failed(arg, "no messages in the mailbox"), arg));
                return;
            }
            List<String> ours = o.ours;
            if (ours.isEmpty()) {
                Config cfg;
                try {
                    cfg = resolver.forInput(arg);
                } catch (ConfigException e) {
                    cfg = runConfig; // already reported by the config pass
                }
                ours = cfg.ours();
            }
            Pairing.Result pr = Pairing.pair(entries, ours);
            if (!o.quiet && pr.method() == Pairing.Method.HEURISTIC) {
                err.println("vastausbingo: " + arg + ": our replies are taken to be those from " + pr.ourAddress()
                        + " (the address that answers most threads); use --ours to say otherwise");
            } else if (!o.quiet && pr.method() == Pairing.Method.NONE) {
                err.println("vastausbingo: " + arg + ": no message answers another, so every message is linted as a reply;"
                        + " use --ours to say which are ours");
            }
            for (int i = 0; i < entries.size(); i++) {
                Mailbox.Entry e = entries.get(i);
                if (e.failure() != null) {
                    pass.add(new Input(new Loaded.Failed(e.source(), e.failure()), arg));
                    continue;
                }
                if (!pr.ours()[i]) {
                    acc.incoming(e.source(), () -> mb.head(e).subject(), e.date(), i, pr.answered()[i]);
                    continue;
                }
                Loaded reply = mb.read(e);
                // the index keeps addresses only; names come from the messages read for linting
                String fromName = reply instanceof Loaded.Ok ok ? ok.message().fromName() : mb.head(e).fromName();
                String agent = fromName != null && !fromName.isBlank()
                        ? fromName + (e.fromAddress() != null ? " <" + e.fromAddress() + ">" : "") : e.fromAddress();
                int j = pr.pairedWith()[i];
                Mailbox.Entry c = j >= 0 ? entries.get(j) : null;
                OffsetDateTime asked = c == null ? null : c.date();
                OffsetDateTime answered = e.date();
                Long minutes = asked != null && answered != null && !answered.isBefore(asked)
                        ? java.time.Duration.between(asked, answered).toMinutes() : null;
                ReplyResult.MailInfo info = new ReplyResult.MailInfo(agent, c != null ? c.source() : null,
                        c == null ? null : pr.byHeaders()[i] ? "headers" : "subject", minutes);
                if (reply instanceof Loaded.Ok ok && c != null) {
                    // the customer's own text; the linter's segmenter drops what it quotes of older replies
                    Loaded customer = mb.read(c);
                    String text = customer instanceof Loaded.Ok cok ? cok.message().body().text() : null;
                    String cname = customer instanceof Loaded.Ok cok ? cok.message().fromName() : null;
                    String name = cname != null && !cname.isBlank() ? cname : null;
                    reply = new Loaded.Ok(ok.message().withCustomer(text, name));
                }
                pass.add(new Input(reply, arg, info));
            }
        } catch (IOException e) {
            pass.add(new Input(new Loaded.Failed(arg, "cannot read: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage())), arg));
        }
    }

    private static Path pathOf(String arg) {
        try {
            return Path.of(arg);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Standard output, or the --output file (created before anything is linted, so a bad path fails early). */
    private Writer openOutput(Messages msg) {
        if (o.output == null) {
            return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }
        try {
            return Files.newBufferedWriter(o.output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(msg.get("cli.output-failed", o.output, e.getMessage()));
            return null;
        }
    }

    /** Items linted together on the workers; bounds memory whatever the input's size. */
    private static final int WINDOW = 256;

    /**
     * The lint pass over streamed inputs. Preparing an item (its file's suppressions, baseline
     * location, config) and finishing it (filters, results, counters) happen in input order on
     * this thread; the expensive analysis in between runs on the workers, a window at a time.
     */
    private final class Pass {
        final ConfigResolver resolver;
        final LocaleFiles locale;
        final Map<Config, Setup> setups;
        final Analyser analyser;
        final BatchLinter workers;
        final String original;
        final Baseline matcher;
        final Set<String> known = new HashSet<>(CheckRegistry.BINGO_ITEMS);
        final Map<String, Suppressions> suppressions = new HashMap<>();
        final List<Baseline.Entry> current = new ArrayList<>();
        final Set<String> lintedLocations = new HashSet<>();
        final java.util.function.Consumer<ReplyResult> emit;
        java.util.function.Consumer<String> contextSink;
        final Set<String> lateConfigErrors = new LinkedHashSet<>();
        int directiveProblems;
        private final List<Input> window = new ArrayList<>();

        Pass(ConfigResolver resolver, LocaleFiles locale, Map<Config, Setup> setups, Analyser analyser,
             BatchLinter workers, String original, Baseline matcher, java.util.function.Consumer<ReplyResult> emit) {
            this.emit = emit;
            this.resolver = resolver;
            this.locale = locale;
            this.setups = setups;
            this.analyser = analyser;
            this.workers = workers;
            this.original = original;
            this.matcher = matcher;
            known.add("language");
        }

        void add(Input in) {
            window.add(in);
            if (window.size() >= WINDOW) {
                flush();
            }
        }

        /** What the item needs once its draft is back; {@code job == null} means nothing to lint. */
        private record Slot(Input in, Loaded.Ok ok, LocaleFiles.Item item, String file, String key,
                            FindingFilter filter, Setup setup, ReplyResult early) {}

        void flush() {
            List<Slot> slots = new ArrayList<>(window.size());
            for (Input in : window) {
                slots.add(prepare(in));
            }
            window.clear();
            List<Slot> toLint = new ArrayList<>();
            for (Slot s : slots) {
                if (s != null && s.setup() != null) {
                    toLint.add(s);
                }
            }
            List<Linter.Draft> drafts;
            if (toLint.size() < 2) {
                // one draft: no thread hand-over, and the main thread's Voikko handle is already open
                drafts = new ArrayList<>();
                for (Slot s : toLint) {
                    drafts.add(analyse(s, analyser));
                }
            } else {
                drafts = workers.map(toLint, this::analyse);
            }
            int d = 0;
            for (Slot s : slots) {
                if (s != null && s.early() != null) {
                    emit.accept(s.early());
                }
                if (s == null || s.setup() == null) {
                    continue;
                }
                finish(s, drafts.get(d++));
            }
        }

        /** Returns null for an item dealt with here (skipped); an unreadable one comes back with its result in {@code early}. */
        private Slot prepare(Input in) {
            if (in.loaded() instanceof Loaded.Failed f) {
                err.println("vastausbingo: " + f.source() + ": " + f.reason());
                ReplyResult u = ReplyResult.unreadable(f.source(), f.reason());
                // emitted in finish order, so that reports list items in input order
                return new Slot(in, null, null, null, null, null, null, in.mail() != null ? u.withMail(in.mail()) : u);
            }
            Loaded.Ok ok = (Loaded.Ok) in.loaded();
            LocaleFiles.Item item = locale.item(ok.source());
            String file = item != null ? item.file() : isFile(ok.source()) ? ok.source() : null;
            String key = item != null ? item.key() : null;
            int entryLine = item != null ? item.keyLine() : 0;
            Suppressions supp = Suppressions.NONE;
            if (file != null) {
                if (!suppressions.containsKey(file)) {
                    Suppressions sc = scanSuppressions(file, known);
                    for (Suppressions.Problem p : sc.problems()) {
                        err.println("vastausbingo: " + file + ":" + p.line() + ": " + p.message());
                        directiveProblems++;
                    }
                    suppressions.put(file, sc);
                }
                supp = suppressions.get(file);
            }
            Path base = o.baseline != null ? baseBaselineDir() : null;
            String location = base == null ? null
                    : (file != null ? Fingerprint.relativePath(base, file) : ok.source()) + (key != null ? "#" + key : "");
            if (location != null) {
                lintedLocations.add(location);
            }
            Suppressions sp = supp;
            FindingFilter filter = l -> {
                Finding f = l.finding();
                if (sp.suppresses(f.check(), l.start().line(), entryLine)) {
                    return FindingFilter.Verdict.SUPPRESSED;
                }
                if (location == null || f.note()) {
                    return FindingFilter.Verdict.KEEP;
                }
                String fp = Fingerprint.of(location, f);
                if (o.updateBaseline) {
                    // the new baseline accepts everything found now; the report then shows nothing new
                    current.add(new Baseline.Entry(location, f.check(), f.evidence() == null ? "" : f.evidence(), fp, 1));
                    return FindingFilter.Verdict.BASELINED;
                }
                return matcher.consume(fp) ? FindingFilter.Verdict.BASELINED : FindingFilter.Verdict.KEEP;
            };
            Setup setup;
            try {
                Config cfg = resolver.forInput(configPath(locale, in));
                setup = setups.get(cfg);
                if (setup == null) {
                    setup = setup(cfg, analyser);
                    setups.put(cfg, setup);
                }
            } catch (ConfigException e) {
                lateConfigErrors.add(e.getMessage());
                return null;
            }
            if (item != null && !looksFinnish(ok.message().body().text(), analyser)) {
                locale.skipOne();
                return null;
            }
            return new Slot(in, ok, item, file, key, filter, setup, null);
        }

        private Linter.Draft analyse(Slot s, Analyser a) {
            try {
                return s.setup().linter().analyse(s.ok().message(), original, a);
            } catch (RuntimeException e) {
                // one odd message must not take the batch down; --debug shows where it broke
                if (o.debug) {
                    e.printStackTrace(err);
                }
                String why = "internal error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                err.println("vastausbingo: " + s.ok().source() + ": " + why);
                return new Linter.Draft(s.ok().message(), null, null, List.of(), ReplyResult.unreadable(s.ok().source(), why));
            }
        }

        private void finish(Slot s, Linter.Draft draft) {
            ReplyResult r = s.setup().linter().finish(draft, s.filter());
            if (s.item() != null && !r.linted() && !r.unreadable()) {
                // a locale value in another language (or only a signature): counted, not listed
                locale.skipOne();
                return;
            }
            ReplyResult out = r.unreadable() ? r : r.at(s.file(), s.key(), o.failOn != null ? o.failOn : s.setup().failOn());
            if (contextSink != null && r.linted() && draft.doc() != null) {
                // the HTML report shows its worst replies' text with the findings marked in it
                contextSink.accept(draft.doc().text());
            }
            emit.accept(s.in().mail() != null ? out.withMail(s.in().mail()) : out);
        }
    }

    private static boolean isDirectory(String arg) {
        try {
            return Files.isDirectory(Path.of(arg));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static final Tokenizer PLAIN_TOKENS = new Tokenizer(Placeholders.builtIn());

    /**
     * The linter's language gate needs a few words to judge; a short locale value ("Hi %s, your
     * password: %s") would pass it as Finnish. Such values count as Finnish only when the
     * dictionary knows at least half of their words.
     */
    private static boolean looksFinnish(String text, Analyser analyser) {
        if (LocaleFiles.words(text) >= LocaleFiles.SURE_WORDS || !analyser.dictionaryBacked()) {
            return true;
        }
        int words = 0;
        int known = 0;
        for (Token t : PLAIN_TOKENS.tokenize(text)) {
            if (t.isWord() && t.text().length() > 1) {
                words++;
                List<fi.vastausbingo.finnish.WordAnalysis> a = analyser.analyse(t.text());
                if (!a.isEmpty() && !a.get(0).guessed()) {
                    known++;
                }
            }
        }
        return words > 0 && 2 * known >= words;
    }

    /** The folder the baseline's locations are relative to. */
    private Path baseBaselineDir() {
        Path parent = o.baseline.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of("").toAbsolutePath();
    }

    /** --keys for every file, else the keys of the file's config (both explicit), else the default selection. */
    private LocaleFiles.Selection selection(ConfigResolver resolver, String file, Set<String> errors) {
        if (!o.keys.isEmpty()) {
            return new LocaleFiles.Selection(o.keys.stream().map(String::strip).map(KeyGlob::of).toList(), true);
        }
        try {
            Config c = resolver.forInput(file);
            return c.keys().isEmpty() ? LocaleFiles.Selection.ALL
                    : new LocaleFiles.Selection(c.keys().stream().map(KeyGlob::of).toList(), true);
        } catch (ConfigException e) {
            errors.add(e.getMessage());
            return LocaleFiles.Selection.ALL;
        }
    }

    /** Where to look for an item's config: its file, else the argument it came from. */
    private static String configPath(LocaleFiles locale, Input in) {
        String source = in.loaded().source();
        LocaleFiles.Item item = locale.item(source);
        if (item != null) {
            return item.file();
        }
        return isFile(source) ? source : in.arg();
    }

    private static boolean isFile(String source) {
        if (source.equals("-")) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(source));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Builds the checks, tokenizer and products of one config, and proves its own stock phrases on their examples. */
    private Setup setup(Config cfg, Analyser analyser) {
        CheckRegistry registry;
        List<StockPhrases.Entry> phrases = cfg.stockPhrases().stream().map(Config.Phrase::entry).toList();
        try {
            registry = CheckRegistry.builtIn(phrases, cfg.vagueTerms());
        } catch (WordlistException e) {
            throw new ConfigException(e.getMessage());
        }
        Set<String> disabled = new HashSet<>();
        Map<String, Integer> points = new HashMap<>();
        cfg.checks().forEach((id, s) -> {
            if (!s.enabled()) {
                disabled.add(id);
            } else if (s.points() != null) {
                points.put(id, s.points());
            }
        });
        Tokenizer tokenizer = new Tokenizer(new Placeholders(cfg.placeholders()));
        for (Config.Phrase p : cfg.stockPhrases()) {
            verifyExamples(cfg, p, tokenizer, analyser);
        }
        Linter linter = new Linter(registry.configured(disabled, points), tokenizer, cfg.products());
        return new Setup(cfg, linter, cfg.failOn() != null ? cfg.failOn() : 1);
    }

    /** A config phrase whose bad example does not match (or good example does) would silently do nothing or too much. */
    private static void verifyExamples(Config cfg, Config.Phrase p, Tokenizer tokenizer, Analyser analyser) {
        StockPhrases only = new StockPhrases(List.of(p.entry()));
        for (Config.Example ex : p.examples()) {
            boolean matched = false;
            for (List<Token> sentence : AnalysedText.analyse(ex.text(), tokenizer, analyser).sentences()) {
                matched |= !only.find(sentence).isEmpty();
            }
            if (ex.bad() && !matched) {
                throw new ConfigException(cfg.name(), ex.line(), "stock phrase " + p.entry().id() + " [" + p.entry().patternText()
                        + "] does not match its bad example: " + ex.text());
            }
            if (!ex.bad() && matched) {
                throw new ConfigException(cfg.name(), ex.line(), "stock phrase " + p.entry().id()
                        + " matches its good example: " + ex.text());
            }
        }
    }

    /** The file's inline directives; the file is read as bytes so that any ASCII-compatible encoding works. */
    private static Suppressions scanSuppressions(String file, Set<String> known) {
        Suppressions.Syntax syntax = Suppressions.syntaxFor(file);
        if (syntax == Suppressions.Syntax.NONE) {
            return Suppressions.NONE;
        }
        try {
            String text = new String(Files.readAllBytes(Path.of(file)), StandardCharsets.ISO_8859_1);
            return Suppressions.scan(text, syntax, known);
        } catch (IOException | RuntimeException e) {
            return Suppressions.NONE;
        }
    }

    private boolean useColor() {
        return !o.noColor && o.output == null && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }
}
