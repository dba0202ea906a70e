// Builds the OpenNLP models from the data the project ships (run by the build; see README "Models").
package fi.vastausbingo.finnish.nlp;

import fi.vastausbingo.check.Resources;
import fi.vastausbingo.finnish.Placeholders;
import fi.vastausbingo.finnish.Token;
import fi.vastausbingo.finnish.Tokenizer;
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
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * {@code java -cp … fi.vastausbingo.finnish.nlp.TrainModels OUTDIR} writes
 * {@code OUTDIR/fi/vastausbingo/nlp/question.bin} from {@code nlp/questions.tsv}. Training is
 * deterministic (maxent, fixed iterations, no cutoff randomness), so the same data gives the
 * same model.
 */
public final class TrainModels {
    public static final String QUESTIONS = "fi/vastausbingo/nlp/questions.tsv";
    public static final String QUESTION_MODEL = "fi/vastausbingo/nlp/question.bin";
    private static final Tokenizer TOKENIZER = new Tokenizer(Placeholders.builtIn());

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
