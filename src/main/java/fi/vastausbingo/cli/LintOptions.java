// The options of `lint`, shared by the top-level command (lint is the default) and `vastausbingo lint`.
package fi.vastausbingo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options and paths for linting; validated in one place by {@link LintRun}. */
public final class LintOptions {
    public enum Format { text, json }

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Reply files (.eml .txt .md .html .jsonl), folders (searched recursively) or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--original", paramLabel = "FILE",
            description = "The customer's message the reply answers (.eml or text). Overrides a quoted original.")
    Path original;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "N", defaultValue = "1",
            description = "Exit 1 when any reply scores N or more (default: ${DEFAULT-VALUE}; 8 never fails).")
    int failOn;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of messages: fi or en (default: from the locale).")
    String lang;

    @Option(names = "--require-voikko", description = "Exit 2 when Voikko is not installed instead of using the fallback analyser.")
    boolean requireVoikko;

    @Option(names = "--no-color", description = "No ANSI colours (colours are used only on a terminal anyway; NO_COLOR is honoured).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Print only replies with findings, and no summary line.")
    boolean quiet;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = "Largest message read, in megabytes (default: ${DEFAULT-VALUE}).")
    int maxSizeMb;
}
