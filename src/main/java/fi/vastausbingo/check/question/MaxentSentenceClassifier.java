// The OpenNLP question/request model as a second opinion on the rules (used where it measured better).
package fi.vastausbingo.check.question;

import fi.vastausbingo.finnish.Token;
import fi.vastausbingo.finnish.nlp.QuestionFeatures;
import fi.vastausbingo.finnish.nlp.TrainModels;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Overrides the rules only when the model is confident ({@code threshold}) and never turns a
 * sentence the rules read as a statement into a question; the rules stay in charge otherwise.
 * DocumentCategorizerME is not thread-safe, so each thread gets its own.
 */
public final class MaxentSentenceClassifier implements SentenceClassifier {
    private final DoccatModel model;
    private final double threshold;
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    public MaxentSentenceClassifier(DoccatModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(this.model));
    }

    /** The model built into the jar, or null when the build did not produce one. */
    public static MaxentSentenceClassifier builtIn(double threshold) {
        DoccatModel m = Shipped.MODEL;
        return m == null ? null : new MaxentSentenceClassifier(m, threshold);
    }

    /** Loads the shipped model now (a start-up thread calls this while the main thread parses options). */
    public static boolean preload() {
        return Shipped.MODEL != null;
    }

    /** The shipped model, read once per process on first use. */
    private static final class Shipped {
        static final DoccatModel MODEL = load();

        private static DoccatModel load() {
            try (InputStream in = MaxentSentenceClassifier.class.getResourceAsStream("/" + TrainModels.QUESTION_MODEL)) {
                return in == null ? null : new DoccatModel(in);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /**
     * The built-in model, loaded on first use: a draft without a customer message never asks,
     * and loading OpenNLP's classes and the model would add to every one-draft run.
     */
    public static SentenceClassifier lazyBuiltIn(double threshold) {
        return new SentenceClassifier() {
            private volatile MaxentSentenceClassifier model;
            private volatile boolean loaded;

            @Override
            public QuestionFinder.Verdict adjust(List<Token> sentence, QuestionFinder.Verdict rules) {
                if (!loaded) {
                    synchronized (this) {
                        if (!loaded) {
                            model = builtIn(threshold);
                            loaded = true;
                        }
                    }
                }
                return model == null ? rules : model.adjust(sentence, rules);
            }
        };
    }

    /** The model's label and its probability for a sentence given as token texts. */
    public Object[] predict(List<String> tokens) {
        DocumentCategorizerME c = categorizer.get();
        double[] p = c.categorize(QuestionFeatures.of(tokens));
        String best = c.getBestCategory(p);
        double max = 0;
        for (double x : p) {
            max = Math.max(max, x);
        }
        return new Object[] {best, max};
    }

    @Override
    public QuestionFinder.Verdict adjust(List<Token> sentence, QuestionFinder.Verdict rules) {
        if (rules == QuestionFinder.Verdict.STATEMENT) {
            // the model may take a question back or tell a request from a question, not make a
            // statement ask: in whole customer messages nearly every such promotion was wrong
            // ("Emme halua menettää jonopaikkaa.", "Hoitajat ovat ihania, mutta…"; README: Models)
            return rules;
        }
        List<String> texts = new ArrayList<>();
        for (Token t : sentence) {
            texts.add(t.text());
        }
        Object[] r = predict(texts);
        double prob = (Double) r[1];
        if (prob < threshold) {
            return rules;
        }
        return switch ((String) r[0]) {
            case "question" -> QuestionFinder.Verdict.QUESTION;
            case "request" -> QuestionFinder.Verdict.REQUEST;
            default -> QuestionFinder.Verdict.STATEMENT;
        };
    }
}
