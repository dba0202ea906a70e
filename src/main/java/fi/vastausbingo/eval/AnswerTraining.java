// The answer model's training rows, computed from labelled corpus pairs.
package fi.vastausbingo.eval;

import fi.vastausbingo.check.Check;
import fi.vastausbingo.check.CheckMeta;
import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.check.LintContext;
import fi.vastausbingo.check.question.AnswerMatcher;
import fi.vastausbingo.check.question.AnswerSignals;
import fi.vastausbingo.check.question.Question;
import fi.vastausbingo.check.question.UnansweredQuestionCheck;
import fi.vastausbingo.finnish.Analyser;
import fi.vastausbingo.finnish.Analysers;
import fi.vastausbingo.finnish.Placeholders;
import fi.vastausbingo.finnish.Tokenizer;
import fi.vastausbingo.finnish.nlp.TrainModels;
import fi.vastausbingo.finnish.nlp.TrainModels.AnswerRow;
import fi.vastausbingo.lint.Linter;
import fi.vastausbingo.mail.InputLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per question the built-in finder finds in a pair's customer message: U when the
 * pair's labels name it unanswered (evidence matched as {@code eval} matches it), else A, with
 * the signals the rules' matcher gives for it. The reply is read exactly as {@code eval} reads it.
 */
public final class AnswerTraining {
    private AnswerTraining() {}

    public static List<AnswerRow> rows(List<CorpusEntry> corpus, Analysers analysers) {
        UnansweredQuestionCheck check = (UnansweredQuestionCheck) CheckRegistry.builtIn()
                .byId(UnansweredQuestionCheck.ID).orElseThrow();
        List<AnswerRow> out = new ArrayList<>();
        CorpusEntry[] current = new CorpusEntry[1];
        Check collector = new Check() {
            @Override
            public CheckMeta meta() {
                return check.meta();
            }

            @Override
            public List<Finding> run(LintContext ctx) {
                if (ctx.customer() != null && ctx.customer().analysed() != null) {
                    try {
                        collect(check, current[0], ctx, out);
                    } finally {
                        check.matcher().forget();
                    }
                }
                return List.of();
            }
        };
        Linter linter = new Linter(new CheckRegistry(List.of(collector)), new Tokenizer(Placeholders.builtIn()), List.of());
        try (Analyser a = analysers.create()) {
            InputLoader loader = EvalRunner.loader();
            for (CorpusEntry e : corpus) {
                if (!e.labels().linted()) {
                    continue;
                }
                current[0] = e;
                linter.lint(EvalRunner.message(e, loader), null, a);
            }
        }
        return out;
    }

    private static void collect(UnansweredQuestionCheck check, CorpusEntry e, LintContext ctx, List<AnswerRow> out) {
        List<Question> questions = check.finder().find(ctx.customer().analysed());
        Map<String, Integer> kinds = new HashMap<>();
        for (Question q : questions) {
            kinds.merge(q.asks(), 1, Integer::sum);
        }
        List<String> gold = new ArrayList<>();
        for (CorpusEntry.Label l : e.labels().findings()) {
            if (l.check().equals(UnansweredQuestionCheck.ID)) {
                gold.add(l.evidence());
            }
        }
        boolean[] used = new boolean[gold.size()];
        for (Question q : questions) {
            AnswerMatcher.Match m = check.matcher().match(q, ctx.own().sentences(), kinds.get(q.asks()) == 1);
            boolean unanswered = false;
            for (int g = 0; g < gold.size() && !unanswered; g++) {
                if (!used[g] && Evaluator.matches(UnansweredQuestionCheck.ID, q.text(), gold.get(g))) {
                    used[g] = true;
                    unanswered = true;
                }
            }
            out.add(new AnswerRow(unanswered ? TrainModels.UNANSWERED : TrainModels.ANSWERED, e.id(),
                    AnswerSignals.of(q, m)));
        }
    }
}
