// Starts the slow parts of a lint run on the second core while picocli is still parsing the command line.
package fi.vastausbingo.cli;

import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.check.question.MaxentSentenceClassifier;
import fi.vastausbingo.finnish.AnalysisCache;
import fi.vastausbingo.finnish.Analysers;
import fi.vastausbingo.mail.EmlReader;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * A one-draft run spends its first ~100 ms in picocli before any of our code runs. Meanwhile
 * two threads open Voikko (and push a dozen words through it, which makes JNA's later calls
 * several times cheaper), load the question model for e-mail input, parse the word lists and
 * take Jakarta Mail through its first parse. Only {@link Main#main} starts them (tests call
 * {@link Main#run} and get the plain path); whatever they have not finished, the main thread
 * does itself or waits for.
 */
final class Warmup {
    private static volatile CompletableFuture<Analysers> voikko;

    private Warmup() {}

    static void start(String[] args) {
        if (!isLint(args)) {
            return;
        }
        boolean mail = false;
        for (String a : args) {
            String l = a.toLowerCase(Locale.ROOT);
            mail |= l.endsWith(".eml") || l.endsWith(".mbox") || a.equals("-");
        }
        boolean withMail = mail;
        boolean multipart = multipart(args);
        // two threads, each doing first what the main thread will need first
        CompletableFuture<Analysers> f = new CompletableFuture<>();
        voikko = f;
        daemon("vastausbingo-voikko", () -> {
            Analysers a;
            try {
                a = Analysers.probe(new AnalysisCache());
                a.warmUp();
            } catch (RuntimeException | LinkageError e) {
                f.completeExceptionally(e);
                return;
            }
            f.complete(a);
            if (withMail) {
                // a reply quoting its customer asks the question model
                MaxentSentenceClassifier.preload();
            }
        });
        daemon("vastausbingo-warmup", () -> {
            CheckRegistry.builtIn();
            if (multipart) {
                // a one-part message is read without Jakarta Mail; only multipart mail parses MIME parts
                EmlReader.warmUp();
            }
        });
    }

    /** Whether some .eml argument declares a multipart body in its first 8 KB (stdin: not known, no). */
    private static boolean multipart(String[] args) {
        for (String a : args) {
            if (!a.toLowerCase(Locale.ROOT).endsWith(".eml")) {
                continue;
            }
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(a))) {
                String head = new String(in.readNBytes(8192), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (head.toLowerCase(Locale.ROOT).contains("multipart/")) {
                    return true;
                }
            } catch (java.io.IOException | RuntimeException e) {
                // the lint reports it
            }
        }
        return false;
    }

    private static void daemon(String name, Runnable task) {
        Thread t = new Thread(() -> {
            try {
                task.run();
            } catch (RuntimeException | LinkageError e) {
                // the main thread meets the same problem and reports it properly
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    /** The analysers the warm-up started, or a fresh probe. */
    static Analysers analysers() {
        CompletableFuture<Analysers> f = voikko;
        voikko = null;
        if (f != null) {
            try {
                return f.join();
            } catch (java.util.concurrent.CompletionException e) {
                // probing failed in a way probe() does not catch: probe here and let it surface
            }
        }
        return Analysers.probe(new AnalysisCache());
    }

    /** Lint runs only: not help, version, checks, explain, eval or bench. */
    private static boolean isLint(String[] args) {
        if (args.length == 0) {
            return false;
        }
        for (String a : args) {
            switch (a) {
                case "-h", "--help", "-V", "--version", "checks", "explain", "eval", "bench" -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }
}
