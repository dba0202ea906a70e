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
 * A one-draft run spends about 150 ms in picocli before any of our code runs (its classes are
 * Java 5 bytecode, which the class-data-sharing archive cannot hold). Meanwhile the other core
 * can open Voikko, parse the word lists, start Jakarta Mail for e-mail input and load the
 * question model. Only {@link Main#main} starts it (tests call {@link Main#run} and get the
 * plain path); whatever it has not finished, the main thread does itself.
 */
final class Warmup {
    private static volatile CompletableFuture<Analysers> voikko;

    private Warmup() {}

    static void start(String[] args) {
        if (!isLint(args)) {
            return;
        }
        voikko = CompletableFuture.supplyAsync(() -> Analysers.probe(new AnalysisCache()));
        boolean mail = false;
        for (String a : args) {
            String l = a.toLowerCase(Locale.ROOT);
            mail |= l.endsWith(".eml") || l.endsWith(".mbox") || a.equals("-");
        }
        boolean withMail = mail;
        Thread t = new Thread(() -> {
            try {
                CheckRegistry.builtIn();
                if (withMail) {
                    EmlReader.session();
                    // a reply quoting its customer asks the question model
                    MaxentSentenceClassifier.preload();
                }
            } catch (RuntimeException | LinkageError e) {
                // the main thread meets the same problem and reports it properly
            }
        }, "vastausbingo-warmup");
        t.setDaemon(true);
        t.start();
    }

    /** The analysers the warm-up started, or a fresh probe. */
    static Analysers analysers() {
        CompletableFuture<Analysers> f = voikko;
        voikko = null;
        return f != null ? f.join() : Analysers.probe(new AnalysisCache());
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
