// Builds the OpenNLP models from the data the project ships (run by the build; see README "Models").
package fi.vastausbingo.finnish.nlp;

import fi.vastausbingo.check.Resources;
import fi.vastausbingo.finnish.Placeholders;
import fi.vastausbingo.finnish.Token;
import fi.vastausbingo.finnish.Tokenizer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * {@code java -cp … fi.vastausbingo.finnish.nlp.TrainModels OUTDIR} writes
 * {@code OUTDIR/fi/vastausbingo/nlp/question.bin} from {@code nlp/questions.tsv} and
 * {@code OUTDIR/fi/vastausbingo/nlp/answer.bin} from {@code nlp/answers.tsv}. Training is
 * deterministic (maxent, fixed iterations, no cutoff randomness), so the same data gives the
 * same model.
 */
public final class TrainModels {
    public static final String QUESTIONS = "fi/vastausbingo/nlp/questions.tsv";
    public static final String QUESTION_MODEL = "fi/vastausbingo/nlp/question.bin";
    public static final String ANSWERS = "fi/vastausbingo/nlp/answers.tsv";
    public static final String ANSWER_MODEL = "fi/vastausbingo/nlp/answer.bin";
    /** The answer model's outcomes: the question was left unanswered, or answered. */
    public static final String UNANSWERED = "U";
    public static final String ANSWERED = "A";
    private static final Tokenizer TOKENIZER = new Tokenizer(Placeholders.builtIn());

    /** One labelled question of the corpus: its outcome (U or A), the pair's id and the signals. */
    public record AnswerRow(String outcome, String id, List<String> signals) {
        public String line() {
            return outcome + "\t" + id + "\t" + String.join(" ", signals);
        }
    }

    /** One labelled sentence: label is question, request or statement. */
    public record Labelled(String label, String sentence, int line) {}

    private TrainModels() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/classes");
        DoccatModel model = trainQuestions(loadQuestions());
        Path file = out.resolve(QUESTION_MODEL);
        Files.createDirectories(file.getParent());
        try (OutputStream o = Files.newOutputStream(file)) {
            model.serialize(o);
        }
        System.out.println("vastausbingo: wrote " + file);
        List<AnswerRow> rows = loadAnswers();
        Path answers = out.resolve(ANSWER_MODEL);
        if (rows.isEmpty()) {
            // only while bootstrapping the data (AnswerTrainingDataTest fails on an empty file)
            Files.deleteIfExists(answers);
            System.out.println("vastausbingo: " + ANSWERS + " has no rows: no answer model, the rules decide alone");
            return;
        }
        try (DataOutputStream o = new DataOutputStream(Files.newOutputStream(answers))) {
            new GenericModelWriter((AbstractModel) trainAnswers(rows), o).persist();
        }
        System.out.println("vastausbingo: wrote " + answers);
    }

    public static List<AnswerRow> loadAnswers() {
        List<AnswerRow> out = new ArrayList<>();
        int n = 0;
        for (String line : Resources.read(ANSWERS).split("\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3 || !f[0].equals(UNANSWERED) && !f[0].equals(ANSWERED)) {
                throw new IllegalArgumentException(ANSWERS + ":" + n + ": expected U|A<TAB>id<TAB>signals");
            }
            out.add(new AnswerRow(f[0], f[1], List.of(f[2].split(" "))));
        }
        return out;
    }

    /**
     * L2-regularised maxent (L-BFGS): a few hundred questions with some fifty correlated
     * indicators; without the penalty single rare indicators got extreme weights.
     */
    public static MaxentModel trainAnswers(List<AnswerRow> rows) throws IOException {
        List<Event> events = new ArrayList<>();
        for (AnswerRow r : rows) {
            events.add(new Event(r.outcome(), r.signals().toArray(new String[0])));
        }
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(QNTrainer.L2COST_PARAM, 1.0);
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        return TrainerFactory.getEventTrainer(p, null).train(new CollectionObjectStream<>(events));
    }

    public static List<Labelled> loadQuestions() {
        List<Labelled> out = new ArrayList<>();
        int n = 0;
        for (String line : Resources.read(QUESTIONS).split("\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException(QUESTIONS + ":" + n + ": expected LABEL<TAB>sentence");
            }
            String label = line.substring(0, tab).strip();
            if (!label.equals("question") && !label.equals("request") && !label.equals("statement")) {
                throw new IllegalArgumentException(QUESTIONS + ":" + n + ": unknown label " + label);
            }
            out.add(new Labelled(label, line.substring(tab + 1).strip(), n));
        }
        return out;
    }

    public static List<String> tokens(String sentence) {
        List<String> out = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(sentence)) {
            out.add(t.text());
        }
        return out;
    }

    public static DoccatModel trainQuestions(List<Labelled> data) throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        for (Labelled l : data) {
            samples.add(new DocumentSample(l.label(), QuestionFeatures.of(tokens(l.sentence()))));
        }
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ITERATIONS_PARAM, 200);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        // the features are already computed: the bag-of-words generator just passes them through
        return DocumentCategorizerME.train("fi", new CollectionObjectStream<>(samples), p, new DoccatFactory());
    }
}
