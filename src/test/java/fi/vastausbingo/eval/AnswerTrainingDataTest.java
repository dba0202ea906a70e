// The answer model's shipped training data is what today's rules compute from the development parts.
package fi.vastausbingo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.vastausbingo.check.Resources;
import fi.vastausbingo.finnish.AnalysisCache;
import fi.vastausbingo.finnish.Analysers;
import fi.vastausbingo.finnish.nlp.TrainModels;
import fi.vastausbingo.finnish.nlp.TrainModels.AnswerRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code nlp/answers.tsv} holds one row per question of the development parts with the signals
 * the rules give it; the build trains the answer model from it. Any change to the rules changes
 * the signals, so this test fails until the data is regenerated:
 * {@code mvn -B -q test -Dtest=AnswerTrainingDataTest -Dgolden.update=true}, then read the diff.
 * The held-out part never trains.
 */
class AnswerTrainingDataTest {
    static final List<String> TRAINING_PARTS = List.of("dev", "dev2", "dev3");
    private static final Path SHIPPED = Path.of("src/main/resources", TrainModels.ANSWERS);

    private static List<CorpusEntry> part(String name) throws Exception {
        return CorpusReader.read(Path.of(AnswerTrainingDataTest.class.getResource("/corpus/" + name + ".jsonl").toURI()));
    }

    @Test
    void shippedTrainingDataMatchesTheRules() throws Exception {
        Analysers analysers = Analysers.probe(new AnalysisCache());
        // the signals rest on Voikko's analyses; the fallback analyser gives other ones
        assumeTrue(analysers.voikkoAvailable(), "needs Voikko");
        List<CorpusEntry> corpus = new ArrayList<>();
        for (String p : TRAINING_PARTS) {
            corpus.addAll(part(p));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Training data of the answer model (nlp/answer.bin): one question of the corpus parts ")
                .append(String.join(", ", TRAINING_PARTS)).append(" per line,\n")
                .append("# U (labelled unanswered) or A, the pair's id, and the signals the rules give it.\n")
                .append("# Generated: mvn -B -q test -Dtest=AnswerTrainingDataTest -Dgolden.update=true\n");
        List<AnswerRow> rows = AnswerTraining.rows(corpus, analysers);
        for (AnswerRow r : rows) {
            sb.append(r.line()).append('\n');
        }
        String actual = sb.toString();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(SHIPPED, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(SHIPPED, StandardCharsets.UTF_8), actual,
                "answers.tsv is out of date with the rules: regenerate it (see this test's comment) and read the diff");
        long unanswered = rows.stream().filter(r -> r.outcome().equals(TrainModels.UNANSWERED)).count();
        assertTrue(unanswered >= 100 && rows.size() - unanswered >= 300,
                "enough of both outcomes to train on: " + unanswered + " of " + rows.size());
    }

    @Test
    void theHeldOutPartNeverTrains() throws Exception {
        Set<String> held = new HashSet<>();
        for (CorpusEntry e : part("heldout")) {
            held.add(e.id());
        }
        List<AnswerRow> rows = TrainModels.loadAnswers();
        assertFalse(rows.isEmpty(), "the shipped training data has rows");
        for (AnswerRow r : rows) {
            assertFalse(held.contains(r.id()), "held-out pair " + r.id() + " in the answer model's training data");
        }
        assertTrue(Resources.read(TrainModels.ANSWERS).startsWith("# Training data"), "the file says what it is");
    }
}
