// The features the answer model reads: what the rules saw about one question, as named indicators.
package fi.vastausbingo.check.question;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one question's {@link AnswerMatcher.Evidence} into the string features of the answer
 * model. Measures are cut into cumulative steps ("covF>=0.5" also sets "covF>=0.35"), so a
 * maxent model learns a threshold from a few hundred questions. The training data
 * ({@code nlp/answers.tsv}) is these same strings, written by {@code AnswerTrainingDataTest}.
 *
 * <p>Only what the reply shows is a signal. How many questions the customer asked, where this one
 * stands and how long the reply is were tried and left out: they taught the model the corpus
 * authors' habits (a lone question is nearly always answered there), which would hide the
 * finding a one-question template reply most needs.
 */
public final class AnswerSignals {
    private static final double[] COVERAGE_STEPS = {0.2, 0.35, 0.5, 0.65, 0.8};
    private static final double[] HIT_STEPS = {0.5, 1, 2, 3};
    private static final double[] DICE_STEPS = {0.15, 0.25, 0.35, 0.5};

    private AnswerSignals() {}

    /**
     * @param q the question
     * @param m the rules' verdict on it, with what they saw
     */
    public static List<String> of(Question q, AnswerMatcher.Match m) {
        AnswerMatcher.Evidence e = m.evidence();
        List<String> out = new ArrayList<>();
        out.add("bias");
        out.add("asks=" + q.asks());
        flag(out, q.request(), "request");
        flag(out, e.mustAct(), "mustAct");
        flag(out, e.anaphoric(), "anaphoric");
        flag(out, !e.substantive(), "insubstantive");
        flag(out, e.bare(), "bare");
        for (double x : COVERAGE_STEPS) {
            flag(out, e.focusCoverage() >= x, "covF>=" + x);
            flag(out, e.wholeCoverage() >= x, "covW>=" + x);
            flag(out, Math.max(e.focusCoverage(), e.wholeCoverage()) >= x, "asks=" + q.asks() + "&cov>=" + x);
        }
        for (double x : HIT_STEPS) {
            flag(out, e.focusHits() >= x, "hitsF>=" + x);
            flag(out, e.wholeHits() >= x, "hitsW>=" + x);
            flag(out, e.contextHits() >= x, "hitsC>=" + x);
        }
        flag(out, e.anyTopic(), "anyTopic");
        flag(out, e.anyKind(), "anyKind");
        flag(out, e.kindAtBest(), "kindAtBest");
        flag(out, e.anyAct(), "anyAct");
        flag(out, e.sawDeferral(), "sawDeferral");
        flag(out, m.onlyDeferred(), "deferredOnly");
        flag(out, e.answeredByTopic(), "rulesLoop");
        flag(out, m.answered(), "rules");
        flag(out, e.polarAny(), "polarAny");
        flag(out, e.concreteAny(), "concreteAny");
        flag(out, e.polarAny() && q.asks().equals("yesno"), "yesno&polar");
        flag(out, e.concreteAny() && (q.asks().equals("time") || q.asks().equals("amount") || q.asks().equals("count")),
                "measured&concrete");
        for (double x : DICE_STEPS) {
            flag(out, e.dice() >= x, "dice>=" + x);
        }
        return out;
    }

    private static void flag(List<String> out, boolean on, String name) {
        if (on) {
            out.add(name);
        }
    }
}
