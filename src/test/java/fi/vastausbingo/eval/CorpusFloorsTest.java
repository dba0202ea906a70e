// The accuracy floors the build enforces: F1 per check on the held-out part of the labelled corpus.
package fi.vastausbingo.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.finnish.AnalysisCache;
import fi.vastausbingo.finnish.Analysers;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks were tuned on dev.jsonl (and later dev2 to dev6) only; heldout.jsonl measures them. A floor is raised to what
 * the checks reach and never lowered to make a change pass (README: Accuracy).
 */
class CorpusFloorsTest {
    /**
     * F1 floors on the held-out part: each started at 0.85 and was raised to what the check
     * reached (figures in README: Accuracy). unanswered-question reaches only 0.738 on the
     * held-out part, below the 0.85 start: its floor records today's level so that it cannot
     * slip further, and the gap is open work, not a target met.
     */
    static final Map<String, Double> FLOORS = Map.of(
            "greeting", 0.99,
            "vague-wording", 0.96,
            "register", 0.95,
            "unanswered-question", 0.73,
            "stock-phrase", 0.89,
            "plaintext-password", 0.99);

    private static Evaluator.Result evaluate(String part) throws Exception {
        Path p = Path.of(CorpusFloorsTest.class.getResource("/corpus/" + part + ".jsonl").toURI());
        return EvalRunner.run(CorpusReader.read(p), Analysers.probe(new AnalysisCache()));
    }

    @Test
    void heldOutF1StaysAboveTheFloors() throws Exception {
        Evaluator.Result dev = evaluate("dev");
        Evaluator.Result held = evaluate("heldout");
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-22s %8s %8s %6s%n", "F1", "dev", "heldout", "floor"));
        for (String check : FLOORS.keySet().stream().sorted().toList()) {
            sb.append(String.format(Locale.ROOT, "%-22s %8.3f %8.3f %6.2f%n", check, dev.checks().get(check).f1(),
                    held.checks().get(check).f1(), FLOORS.get(check)));
        }
        sb.append(String.format(Locale.ROOT, "score exact: dev %.3f, heldout %.3f; MAE dev %.2f, heldout %.2f%n",
                dev.scoreAccuracy(), held.scoreAccuracy(), dev.meanAbsoluteError(), held.meanAbsoluteError()));
        sb.append(String.format(Locale.ROOT, "language: dev %d/%d, heldout %d/%d%n", dev.languageCorrect(), dev.pairs(),
                held.languageCorrect(), held.pairs()));
        System.out.println(sb);
        for (Map.Entry<String, Double> f : FLOORS.entrySet()) {
            double got = held.checks().get(f.getKey()).f1();
            assertTrue(got >= f.getValue(), f.getKey() + " held-out F1 " + got + " < floor " + f.getValue() + "\n" + sb);
        }
        assertTrue(held.languageCorrect() == held.pairs(), "every held-out pair in the right language\n" + sb);
    }

    @Test
    void evidenceMatchingIsForgivingAboutPunctuationAndSpan() {
        assertTrue(Evaluator.matches("stock-phrase", "vastaanottaneet viestinne", "Olemme vastaanottaneet viestinne"));
        assertTrue(Evaluator.matches("vague-wording", "Tuotteemme", "tuotteemme"));
        assertTrue(Evaluator.matches("plaintext-password", "salasanasi: K****x", "Kesä2023!x"));
        assertTrue(!Evaluator.matches("stock-phrase", "koskien", "Pahoittelemme mahdollisesti aiheutunutta haittaa"));
        assertTrue(!Evaluator.matches("unanswered-question", "Milloin paketti tulee?", "Paljonko postikulut maksavat?"));
    }
}
