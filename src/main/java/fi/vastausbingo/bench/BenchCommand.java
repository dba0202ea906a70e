// `vastausbingo bench`: the project's own benchmark — batch throughput, cache hit rate, peak RSS, one-draft latency.
package fi.vastausbingo.bench;

import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.cli.Version;
import fi.vastausbingo.finnish.AnalysisCache;
import fi.vastausbingo.finnish.Analysers;
import fi.vastausbingo.finnish.Placeholders;
import fi.vastausbingo.finnish.Tokenizer;
import fi.vastausbingo.lint.BatchLinter;
import fi.vastausbingo.lint.Linter;
import fi.vastausbingo.lint.ReplyResult;
import fi.vastausbingo.mail.InputLoader;
import fi.vastausbingo.mail.Loaded;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Generates a synthetic helpdesk export (reproducible from the seed), lints it on all cores
 * twice (the first pass pays for JIT and an empty cache; the second is steady state), and
 * times whole one-draft runs of the CLI as separate processes, the way an agent runs it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run the shipped benchmark: batch replies/s and words/s on all cores, analysis-cache hit rate, "
                + "peak RSS, and one-draft wall time for .eml and .txt.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--replies", paramLabel = "N", defaultValue = "5000", description = "Synthetic replies (default: ${DEFAULT-VALUE}).")
    int replies;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--draft-runs", paramLabel = "K", defaultValue = "7",
            description = "Process runs per one-draft timing; 0 skips it (default: ${DEFAULT-VALUE}).")
    int draftRuns;

    @Option(names = "--launcher", paramLabel = "CMD",
            description = "Command that starts the CLI for the one-draft timing (default: target/vastausbingo next to the jar, else java -jar).")
    String launcher;

    @Option(names = "--export", paramLabel = "FILE",
            description = "Only write the synthetic export to FILE (.jsonl, or .mbox with customer messages and replies threaded) and exit.")
    Path export;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (export != null) {
            List<SyntheticMailbox.Pair> pairs = SyntheticMailbox.generate(replies, seed);
            if (export.toString().endsWith(".mbox")) {
                writeMbox(pairs, export);
            } else {
                writeJsonl(pairs, export);
            }
            out.printf(Locale.ROOT, "wrote %d synthetic pairs to %s (%d bytes)%n", replies, export, Files.size(export));
            return 0;
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("vastausbingo-bench");
        try {
            List<SyntheticMailbox.Pair> pairs = SyntheticMailbox.generate(replies, seed);
            Path jsonl = dir.resolve("export.jsonl");
            long words = writeJsonl(pairs, jsonl);
            Analysers analysers = Analysers.probe(new AnalysisCache());
            if (!analysers.voikkoAvailable()) {
                System.err.println("vastausbingo: Voikko not found; the figures would measure the fallback analyser. Install: "
                        + Analysers.INSTALL_HINT);
                return 2;
            }
            Linter linter = new Linter(CheckRegistry.builtIn(), new Tokenizer(Placeholders.builtIn()), List.of());
            out.printf(Locale.ROOT, "vastausbingo bench %s: %d synthetic replies (seed %d, %d words with customer messages), %d threads, %d cores%n",
                    Version.get(), replies, seed, words, t, Runtime.getRuntime().availableProcessors());
            double[] cold = pass(linter, analysers, jsonl, t);
            long hits = analysers.cache().hits();
            long misses = analysers.cache().misses();
            double[] warm = pass(linter, analysers, jsonl, t);
            out.printf(Locale.ROOT, "  %-34s %10.0f replies/s  %10.0f words/s  (%.2f s)%n", "batch lint, first pass (cold JVM)",
                    replies / cold[0], words / cold[0], cold[0]);
            out.printf(Locale.ROOT, "  %-34s %10.0f replies/s  %10.0f words/s  (%.2f s)%n", "batch lint, second pass (warm)",
                    replies / warm[0], words / warm[0], warm[0]);
            out.printf(Locale.ROOT, "  %-34s %9.1f %%  (%d hits, %d misses in the first pass)%n", "analysis cache hit rate",
                    100.0 * hits / Math.max(1, hits + misses), hits, misses);
            out.printf(Locale.ROOT, "  %-34s %10d MB  (VmHWM of this process, heap max %d MB)%n", "peak RSS", peakRssMb(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.printf(Locale.ROOT, "  %-34s %10.1f  (average score, a sanity check)%n", "", cold[1]);
            if (draftRuns > 0) {
                List<String> cmd = launcherCommand();
                Path eml = dir.resolve("luonnos.eml");
                Path txt = dir.resolve("luonnos.txt");
                writeDrafts(pairs.get(0), eml, txt);
                out.printf(Locale.ROOT, "  %-34s %s%n", "one-draft launcher", String.join(" ", cmd));
                for (Path p : List.of(eml, txt)) {
                    long[] ms = timeRuns(cmd, p, draftRuns);
                    out.printf(Locale.ROOT, "  %-34s %10d ms median  (min %d, max %d, %d runs)%n",
                            "one draft " + p.getFileName().toString().replaceAll("^.*\\.", "."), ms[1], ms[0], ms[2], draftRuns);
                }
            }
            return 0;
        } finally {
            deleteTree(dir);
        }
    }

    /** Seconds for one batch pass, and the average score. */
    private static double[] pass(Linter linter, Analysers analysers, Path jsonl, int threads) {
        long start = System.nanoTime();
        List<Loaded> items = new InputLoader(64L * 1024 * 1024).load(List.of(jsonl.toString()));
        List<ReplyResult> results;
        try (BatchLinter batch = new BatchLinter(analysers, threads)) {
            results = batch.map(items, (item, a) -> item instanceof Loaded.Ok ok
                    ? linter.lint(ok.message(), null, a) : ReplyResult.unreadable(item.source(), "unreadable"));
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double avg = results.stream().filter(ReplyResult::linted).mapToInt(ReplyResult::score).average().orElse(0);
        return new double[] {secs, avg};
    }

    private static long writeJsonl(List<SyntheticMailbox.Pair> pairs, Path file) throws IOException {
        ObjectMapper m = new ObjectMapper();
        long words = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (SyntheticMailbox.Pair p : pairs) {
                ObjectNode o = m.createObjectNode();
                o.put("id", p.id());
                o.put("reply", p.reply());
                o.put("customer", p.customer());
                o.put("customerName", p.customerName());
                w.write(m.writeValueAsString(o));
                w.write('\n');
                words += p.reply().split("\\s+").length + p.customer().split("\\s+").length;
            }
        }
        return words;
    }

    /** Customer message and reply per pair, threaded with Message-ID / In-Reply-To, as an mboxrd file. */
    static void writeMbox(List<SyntheticMailbox.Pair> pairs, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (SyntheticMailbox.Pair p : pairs) {
                n++;
                String q = "<q" + n + "@asiakas.example.fi>";
                message(w, p.customerName() + " <asiakas" + n + "@example.fi>", "Asiakaspalvelu <tuki@example.fi>",
                        "Tilaus " + n, q, null, p.customer());
                message(w, "Asiakaspalvelu <tuki@example.fi>", p.customerName() + " <asiakas" + n + "@example.fi>",
                        "Re: Tilaus " + n, "<r" + n + "@example.fi>", q, p.reply());
            }
        }
    }

    private static void message(Writer w, String from, String to, String subject, String id, String inReplyTo, String body)
            throws IOException {
        w.write("From tuki@example.fi Mon Mar  4 08:14:00 2024\n");
        w.write("From: " + from + "\nTo: " + to + "\nSubject: " + subject + "\nMessage-ID: " + id + "\n");
        if (inReplyTo != null) {
            w.write("In-Reply-To: " + inReplyTo + "\n");
        }
        w.write("Date: Mon, 4 Mar 2024 08:14:00 +0200\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n");
        for (String line : body.split("\n", -1)) {
            w.write(line.matches(">*From .*") ? ">" + line : line);
            w.write('\n');
        }
        w.write('\n');
    }

    private static void writeDrafts(SyntheticMailbox.Pair p, Path eml, Path txt) throws IOException {
        Files.writeString(txt, p.reply(), StandardCharsets.UTF_8);
        String quoted = "> " + p.customer().replace("\n", "\n> ");
        Files.writeString(eml, "From: Asiakaspalvelu <tuki@example.fi>\r\nTo: " + p.customerName() + " <asiakas@example.fi>\r\n"
                + "Subject: Re: tilaus\r\nMessage-ID: <bench-1@example.fi>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + p.reply().replace("\n", "\r\n") + "\r\n" + p.customerName() + " kirjoitti 3.3.2024 klo 9.12:\r\n"
                + quoted.replace("\n", "\r\n") + "\r\n", StandardCharsets.UTF_8);
    }

    /** min, median, max of wall milliseconds over k whole-process runs (exit 0 or 1 both count). */
    private static long[] timeRuns(List<String> cmd, Path file, int k) throws IOException, InterruptedException {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<String> c = new ArrayList<>(cmd);
            c.add("--fail-on");
            c.add("8");
            c.add(file.toString());
            ProcessBuilder pb = new ProcessBuilder(c).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            long start = System.nanoTime();
            int code = pb.start().waitFor();
            long took = (System.nanoTime() - start) / 1_000_000;
            if (code > 1) {
                throw new IOException("the launcher exited with " + code + ": " + String.join(" ", c));
            }
            ms.add(took);
        }
        Collections.sort(ms);
        return new long[] {ms.get(0), ms.get(ms.size() / 2), ms.get(ms.size() - 1)};
    }

    private List<String> launcherCommand() throws Exception {
        if (launcher != null) {
            return List.of(launcher.split("\\s+"));
        }
        Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path script = jar.getParent().resolve("vastausbingo");
        if (Files.isExecutable(script) && !Files.isDirectory(script)) {
            return List.of(script.toString());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-jar", jar.toString());
    }

    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void deleteTree(Path dir) {
        File[] files = dir.toFile().listFiles();
        if (files != null) {
            for (File f : files) {
                f.delete();
            }
        }
        dir.toFile().delete();
    }
}
