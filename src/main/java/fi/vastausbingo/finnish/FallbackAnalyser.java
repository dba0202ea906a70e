// Built-in analyser used when Voikko is not installed: a small lexicon plus stem guessing.
package fi.vastausbingo.finnish;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Degraded mode. It knows the personal pronouns and a few function words exactly and guesses
 * everything else (base form = the word itself, marked {@code guessed}); lemma matching then
 * compares stems (see {@link WordAnalysis#matchesLemma}). Names cannot be told from other
 * capitalised words, so a capitalised word after a salutation counts as a name.
 */
public final class FallbackAnalyser implements Analyser {
    private static final Map<String, String[]> PRONOUNS = Map.ofEntries(
            Map.entry("sinä", new String[] {"sinä", "2", "singular"}),
            Map.entry("sinun", new String[] {"sinä", "2", "singular"}),
            Map.entry("sinulle", new String[] {"sinä", "2", "singular"}),
            Map.entry("sinua", new String[] {"sinä", "2", "singular"}),
            Map.entry("sinulla", new String[] {"sinä", "2", "singular"}),
            Map.entry("sinulta", new String[] {"sinä", "2", "singular"}),
            Map.entry("sinut", new String[] {"sinä", "2", "singular"}),
            Map.entry("te", new String[] {"te", "2", "plural"}),
            Map.entry("teidän", new String[] {"te", "2", "plural"}),
            Map.entry("teille", new String[] {"te", "2", "plural"}),
            Map.entry("teitä", new String[] {"te", "2", "plural"}),
            Map.entry("teillä", new String[] {"te", "2", "plural"}),
            Map.entry("teiltä", new String[] {"te", "2", "plural"}),
            Map.entry("teidät", new String[] {"te", "2", "plural"}));

    @Override
    public List<WordAnalysis> analyse(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String[] p = PRONOUNS.get(lower);
        if (p != null) {
            return List.of(new WordAnalysis(p[0], "asemosana", List.of(p[0]), List.of(p[0]), null, p[1], p[2],
                    null, null, false, false, null, null, false));
        }
        boolean q = lower.length() > 4 && (lower.endsWith("ko") || lower.endsWith("kö"));
        return List.of(new WordAnalysis(lower, null, List.of(lower), List.of(lower), null, null, null, null,
                null, q, false, null, null, true));
    }

    @Override
    public boolean dictionaryBacked() {
        return false;
    }
}
