// Lints every pair of a labelled corpus and feeds the results to the Evaluator.
package fi.vastausbingo.eval;

import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.finnish.Analyser;
import fi.vastausbingo.finnish.Analysers;
import fi.vastausbingo.finnish.Placeholders;
import fi.vastausbingo.finnish.Tokenizer;
import fi.vastausbingo.lint.Linter;
import fi.vastausbingo.lint.ReplyResult;
import fi.vastausbingo.mail.InputLoader;
import fi.vastausbingo.mail.Loaded;
import fi.vastausbingo.mail.Message;
import fi.vastausbingo.reply.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shared by the {@code eval} command and the floors test, so both measure the same thing. */
public final class EvalRunner {
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private EvalRunner() {}

    public static Evaluator.Result run(List<CorpusEntry> corpus, Analysers analysers) {
        Linter linter = new Linter(CheckRegistry.builtIn(), new Tokenizer(Placeholders.builtIn()), List.of());
        Evaluator ev = new Evaluator();
        try (Analyser a = analysers.create()) {
            InputLoader loader = new InputLoader(MAX_BYTES);
            for (CorpusEntry e : corpus) {
                // read the reply as a .txt file would be read (HTML templates become text), then
                // attach the customer's message from the corpus
                SourceText body = SourceText.identity(e.reply());
                List<Loaded> read = loader.loadBytes(e.id() + ".txt", e.reply().getBytes(StandardCharsets.UTF_8));
                if (read.size() == 1 && read.get(0) instanceof Loaded.Ok ok) {
                    body = ok.message().body();
                }
                Message m = new Message(e.id(), null, null, null, null, null, null, null,
                        body, false, e.customer(), e.customerName(), null);
                ReplyResult r = linter.lint(m, null, a);
                ev.add(e, r);
            }
        }
        return ev.result();
    }
}
