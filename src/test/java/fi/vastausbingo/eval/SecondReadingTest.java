// How far an independent second reader agrees with the corpus labels for unanswered-question.
package fi.vastausbingo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code PART.second.jsonl} holds, for every Finnish pair of a corpus part, the customer questions a
 * second reader judged unanswered, written without seeing the labels, the linter or its output
 * (corpus README: "Second reading"). The check's F1 on those parts is about 0.74; a reader gets about
 * 0.98. This test keeps the labels that reproducible: an edit that a careful reader would not make
 * again shows up here. It also measures what the floors cannot: how far the linter is from a reader.
 */
class SecondReadingTest {
    /** Below this the labels themselves are in doubt, not the linter. */
    static final double AGREEMENT = 0.95;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"dev5", "dev6", "heldout"})
    void aSecondReaderFindsTheLabelledUnansweredQuestions(String part) throws Exception {
        Path corpus = Path.of(SecondReadingTest.class.getResource("/corpus/" + part + ".jsonl").toURI());
        Path second = Path.of(SecondReadingTest.class.getResource("/corpus/" + part + ".second.jsonl").toURI());
        Map<String, List<String>> read = new LinkedHashMap<>();
        for (String line : Files.readAllLines(second, StandardCharsets.UTF_8)) {
            JsonNode o = MAPPER.readTree(line);
            List<String> questions = new ArrayList<>();
            o.get("unanswered").forEach(q -> questions.add(q.asText()));
            assertEquals(null, read.put(o.get("id").asText(), questions), "one line per id in " + second);
        }
        Evaluator.Counts c = new Evaluator.Counts();
        int finnish = 0;
        for (CorpusEntry e : CorpusReader.read(corpus)) {
            if (!e.labels().linted()) {
                continue;
            }
            finnish++;
            List<String> reader = read.get(e.id());
            assertTrue(reader != null, e.id() + " has no second reading");
            for (String q : reader) {
                assertTrue(e.customer().contains(q), e.id() + ": not the customer's words: " + q);
            }
            List<String> gold = e.labels().findings().stream()
                    .filter(l -> l.check().equals("unanswered-question")).map(CorpusEntry.Label::evidence).toList();
            // the same one-to-one matching as `eval`
            int matched = 0;
            for (int hit : Evaluator.pair("unanswered-question", reader, gold)) {
                matched += hit >= 0 ? 1 : 0;
            }
            c.tp += matched;
            c.fp += reader.size() - matched;
            c.fn += gold.size() - matched;
        }
        assertEquals(finnish, read.size(), "a second reading for every Finnish pair and nothing else");
        String figures = String.format(Locale.ROOT, "%s second reader: P %.3f R %.3f F1 %.3f (%d/%d/%d)", part,
                c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn);
        System.out.println(figures);
        assertTrue(c.f1() >= AGREEMENT, figures);
    }
}
