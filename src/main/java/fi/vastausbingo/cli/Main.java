// Entry point: the picocli command tree (lint is the default command; checks; explain).
package fi.vastausbingo.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** A thin shell: parse, hand over to {@link LintRun}, map failures to exit codes. */
@Command(name = "vastausbingo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Lints Finnish customer-service reply e-mails against the automaattivastausbingo checklist and prints a bingo score (0-7) with fixes an agent can paste.",
            "Linting is the default command: `vastausbingo FILE` is `vastausbingo lint FILE`."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no reply scored at or above --fail-on",
            "1:some reply scored at or above --fail-on",
            "2:usage or configuration error, or some input could not be read (the rest is still reported)"})
public final class Main implements Callable<Integer> {
    @Mixin
    LintOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (options.paths.isEmpty()) {
            spec.commandLine().usage(System.err);
            return LintRun.ERROR;
        }
        return new LintRun(options, System.out, System.err).run();
    }

    /** `vastausbingo lint …`: the same as the top-level command. */
    @Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            description = "Lint replies and print their bingo scores (the default command).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:no reply scored at or above --fail-on",
                "1:some reply scored at or above --fail-on",
                "2:usage or configuration error, or some input could not be read"})
    static final class Lint implements Callable<Integer> {
        @Mixin
        LintOptions options;

        @Override
        public Integer call() throws Exception {
            return new LintRun(options, System.out, System.err).run();
        }
    }

    public static void main(String[] args) {
        Warmup.start(args);
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Registers the subcommands the command line can reach. Building picocli's model of a command
     * costs a one-draft run real time, so `vastausbingo FILE` builds only the top level; help,
     * version and a bare call get the whole tree, whose usage lists them all.
     */
    static void addSubcommands(CommandLine cl, String[] args) {
        boolean all = args.length == 0;
        Set<String> named = new HashSet<>();
        for (String a : args) {
            all |= a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version");
            named.add(a);
        }
        for (Class<?> sub : SUBCOMMANDS) {
            if (all || named.contains(sub.getAnnotation(Command.class).name())) {
                cl.addSubcommand(sub);
            }
        }
    }

    private static final List<Class<?>> SUBCOMMANDS = List.of(Main.Lint.class, ChecksCommand.class,
            ExplainCommand.class, EvalCommand.class, fi.vastausbingo.bench.BenchCommand.class);

    /** One line instead of a stack trace when the heap runs out (on this thread or a worker). */
    static String outOfMemoryLine() {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "vastausbingo: out of memory (Java heap limit " + mb + " MB); give it more with"
                + " VASTAUSBINGO_JAVA_OPTS=-Xmx" + Math.max(1024, 2 * mb) + "m";
    }

    static boolean outOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Runs the CLI and returns the exit code (used by tests as well). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        System.setOut(o);
        System.setErr(e);
        try {
            CommandLine cl = new CommandLine(new Main());
            addSubcommands(cl, args);
            cl.setOut(new java.io.PrintWriter(o, true));
            cl.setErr(new java.io.PrintWriter(e, true));
            cl.setParameterExceptionHandler((ex, a) -> {
                e.println("vastausbingo: " + ex.getMessage());
                e.println("Try 'vastausbingo --help'.");
                return LintRun.ERROR;
            });
            cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                boolean debug = parseResult.hasMatchedOption("--debug")
                        || parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
                if (debug) {
                    ex.printStackTrace(e);
                } else if (outOfMemory(ex)) {
                    e.println(outOfMemoryLine());
                } else {
                    String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
                    e.println("vastausbingo: " + m + " (--debug shows details)");
                }
                return LintRun.ERROR;
            });
            return cl.execute(args);
        } catch (OutOfMemoryError oom) {
            e.println(outOfMemoryLine());
            return LintRun.ERROR;
        } finally {
            o.flush();
            e.flush();
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }
}
