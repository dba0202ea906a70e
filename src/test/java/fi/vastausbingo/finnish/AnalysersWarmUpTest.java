package fi.vastausbingo.finnish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The warm-up analyses common words into the shared cache; the lint then finds them there. */
class AnalysersWarmUpTest {
    @Test
    void warmedWordsAreCacheHitsForTheFirstAnalyser() {
        Analysers a = Analysers.probe(new AnalysisCache());
        assumeTrue(a.voikkoAvailable(), "needs Voikko");
        a.warmUp();
        long misses = a.cache().misses();
        assertEquals(Analysers.COMMON.size(), misses);
        try (Analyser first = a.create()) {
            assertFalse(first.analyse("kiitos").isEmpty());
            first.analyse("Hei");
        }
        assertEquals(misses, a.cache().misses(), "no word analysed twice");
        assertEquals(2, a.cache().hits());
    }

    @Test
    void withoutVoikkoTheWarmUpDoesNothing() {
        String saved = System.getProperty("vastausbingo.voikko");
        System.setProperty("vastausbingo.voikko", "off");
        try {
            Analysers a = Analysers.probe(new AnalysisCache());
            a.warmUp();
            assertEquals(0, a.cache().misses());
        } finally {
            if (saved == null) {
                System.clearProperty("vastausbingo.voikko");
            } else {
                System.setProperty("vastausbingo.voikko", saved);
            }
        }
    }
}
