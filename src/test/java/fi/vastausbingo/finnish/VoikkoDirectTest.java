package fi.vastausbingo.finnish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puimula.libvoikko.Analysis;
import org.puimula.libvoikko.Voikko;

/** The direct-mapped analysis gives exactly what the binding gives, for the attributes we read. */
class VoikkoDirectTest {
    private static final List<String> WORDS = List.of("Hei", "kiitos", "viestistäsi", "asiakaspalvelumme",
            "Matti", "Virtaselle", "tilauksesi", "onks", "voitteko", "lähetettiin", "ettei", "en", "Helsingissä",
            "xqzt", "", "1234", "ÄÄKKÖSET", "Netflix-palvelun", "palvelu", "olisitteko", "tehtäisiin", "ei\0kä");

    @Test
    void directAnalysisMatchesTheBindingWordForWord() {
        Voikko v;
        try {
            v = new Voikko("fi");
        } catch (Throwable t) {
            assumeTrue(false, "needs Voikko");
            return;
        }
        try {
            VoikkoDirect d = VoikkoDirect.of(v);
            assertNotNull(d, "the binding's handle and library were not reachable");
            int analyses = 0;
            for (String w : WORDS) {
                List<Map<String, String>> expected = new ArrayList<>();
                for (Analysis a : v.analyze(w)) {
                    Map<String, String> m = new HashMap<>();
                    for (String k : VoikkoDirect.KEYS) {
                        if (a.containsKey(k)) {
                            m.put(k, a.get(k));
                        }
                    }
                    expected.add(m);
                }
                assertEquals(expected, d.analyze(w), w);
                analyses += expected.size();
            }
            assertTrue(analyses >= 15, "the words were analysed at all: " + analyses);
        } finally {
            v.terminate();
        }
    }
}
