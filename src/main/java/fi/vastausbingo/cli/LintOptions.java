// The options of `lint`, shared by the top-level command (lint is the default) and `vastausbingo lint`.
package fi.vastausbingo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options and paths for linting; validated in one place by {@link LintRun}. */
public final class LintOptions {
    public enum Format { text, json, sarif, github, junit, csv, html }

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Reply files (.eml .txt .md .html .jsonl), mailboxes (mbox files, Maildir folders), locale files (.po .properties .yml .yaml .json), folders (searched recursively) or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--original", paramLabel = "FILE",
            description = "The customer's message the reply answers (.eml or text). Overrides a quoted original.")
    Path original;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). sarif: SARIF 2.1.0 for code "
                    + "scanning; github: GitHub Actions annotations; junit: JUnit XML, one test case per reply; "
                    + "csv: one row per reply with points per check; "
                    + "html: a self-contained page with the card, charts, agents and the worst replies.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "N",
            description = "Exit 1 when any reply scores N or more (default: fail-on of the config, else 1; 8 never fails).")
    Integer failOn;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of messages: fi or en (default: lang of the config, else from the locale).")
    String lang;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings for every input (default: the .vastausbingo.yml nearest above each file, up to the repository root).")
    Path config;

    @Option(names = "--no-config", description = "Ignore .vastausbingo.yml files: built-in settings only.")
    boolean noConfig;

    @Option(names = "--keys", paramLabel = "GLOB", split = ",",
            description = "Lint only the values of locale files whose dotted key path matches a glob ('mail.*', '*.body'); "
                    + "repeatable or comma-separated. Without it, only values that look like message bodies are linted.")
    List<String> keys = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings recorded in FILE are not reported and do not fail the run; only new ones do.")
    Path baseline;

    @Option(names = "--update-baseline",
            description = "Write every current finding to the --baseline FILE (keeping entries of files not linted now), then report as with it.")
    boolean updateBaseline;

    @Option(names = "--require-voikko", description = "Exit 2 when Voikko is not installed instead of using the fallback analyser.")
    boolean requireVoikko;

    @Option(names = "--no-color", description = "No ANSI colours (colours are used only on a terminal anyway; NO_COLOR is honoured).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Print only replies with findings: no summary line, no progress bar.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for batches (default: the number of cores).")
    Integer threads;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Option(names = "--ours", paramLabel = "ADDRESS|@DOMAIN",
            description = "In mbox files and Maildirs, messages from these senders are our replies (scored); the rest are "
                    + "customer messages. Repeatable. Default: ours: of the config, else the Sent folder, else the address "
                    + "that answers most threads.")
    List<String> ours = new ArrayList<>();

    @Option(names = "--card-threshold", paramLabel = "SHARE", defaultValue = "0.5",
            description = "An item is on the organisation's bingo card when at least this share of scored replies "
                    + "shows it (default: ${DEFAULT-VALUE}).")
    double cardThreshold;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = "Largest message read, in megabytes (default: ${DEFAULT-VALUE}).")
    int maxSizeMb;
}
