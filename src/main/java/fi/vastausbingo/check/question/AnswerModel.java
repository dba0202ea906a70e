// The learned second opinion on "was this question answered?", trained from the project's corpus.
package fi.vastausbingo.check.question;

import fi.vastausbingo.finnish.nlp.TrainModels;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maxent model over {@link AnswerSignals} that gives the probability that the customer's
 * question is left unanswered. The rules decide first; when they find a question unanswered
 * the model may overrule them (the question was answered in other words), never the other
 * way round, so every finding still has the rules' reason behind it.
 *
 * <p>The threshold was chosen on the development parts of the corpus (README: Accuracy).
 */
public final class AnswerModel {
    /** Below this probability of "unanswered", a question the rules flag is taken as answered. */
    public static final double THRESHOLD = 0.5;

    private final MaxentModel model;
    private final int unanswered;

    public AnswerModel(MaxentModel model) {
        this.model = model;
        this.unanswered = model.getIndex(TrainModels.UNANSWERED);
        if (unanswered < 0) {
            throw new IllegalArgumentException("answer model has no outcome " + TrainModels.UNANSWERED);
        }
    }

    /** The model built into the jar, or null when the build did not produce one (rules only then). */
    public static AnswerModel builtIn() {
        return Shipped.MODEL;
    }

    /** Read once per process, on the first reply that has a customer message. */
    private static final class Shipped {
        static final AnswerModel MODEL = load();

        private static AnswerModel load() {
            try (InputStream in = AnswerModel.class.getResourceAsStream("/" + TrainModels.ANSWER_MODEL)) {
                return in == null ? null : new AnswerModel(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Probability that the question these signals describe is left unanswered. */
    public double unanswered(List<String> signals) {
        return model.eval(signals.toArray(new String[0]))[unanswered];
    }

    /**
     * The rules found the question unanswered: is it answered in other words after all? Only
     * where no stretch of the reply was on the question's topic by the rules' word matching, and
     * not for a request to do something ("Pyydän siirtämään eräpäivää"): when the topic was
     * there, the rules know what is missing (the date, the price), and a request is answered
     * only by taking up the act, which the rules look for. Their finding stands then.
     */
    public boolean overrules(Question q, AnswerMatcher.Match m) {
        AnswerMatcher.Evidence e = m.evidence();
        return !m.answered() && !e.anyTopic() && !e.mustAct() && unanswered(AnswerSignals.of(q, m)) < THRESHOLD;
    }
}
