// One morphological reading of a word form (a Voikko analysis, or a guess of the fallback analyser).
package fi.vastausbingo.finnish;

import java.util.List;
import java.util.Locale;

/**
 * One reading of a word. Field values are Voikko's own (e.g. sijamuoto "nimento", person "2",
 * number "singular", possessive "2s"); null when the reading has none.
 *
 * @param baseform      lower-cased base form ("palvelu"); names keep their capital ("Matti")
 * @param wordClass     Voikko CLASS: nimisana, teonsana, etunimi, sukunimi, paikannimi, asemosana…
 * @param compoundParts lemmas of the compound's parts ("asiakas", "palvelu"); one element for a simple word
 * @param roots         every lemma the word is built from, derivations included ("toimittaa", "toimitus", "aika")
 * @param tense         Voikko TENSE (present_simple, past_imperfective), or null
 * @param guessed       true when no dictionary knew the word and the fallback guessed
 */
public record WordAnalysis(
        String baseform,
        String wordClass,
        List<String> compoundParts,
        List<String> roots,
        String sijamuoto,
        String person,
        String number,
        String mood,
        String possessive,
        boolean question,
        boolean negative,
        String participle,
        String tense,
        boolean guessed) {

    public String lastPart() {
        return compoundParts.isEmpty() ? baseform : compoundParts.get(compoundParts.size() - 1);
    }

    public boolean isCompound() {
        return compoundParts.size() > 1;
    }

    /**
     * Lemma match. A guessed reading (no dictionary) compares stems, so that without Voikko
     * "palautteestanne" still meets "palaute": the word must start with the lemma minus its
     * last one or two letters (never shorter than four).
     */
    boolean matchesLemma(String lemma, String lowerSurface) {
        if (baseform.toLowerCase(Locale.ROOT).equals(lemma)) {
            return true;
        }
        if (!guessed) {
            return false;
        }
        return lowerSurface.startsWith(stem(lemma));
    }

    static String stem(String lemma) {
        int cut = lemma.length() >= 7 ? 2 : 1;
        if (lemma.endsWith("aa") || lemma.endsWith("ää") || lemma.endsWith("da") || lemma.endsWith("dä")) {
            cut = Math.max(cut, 3);
        }
        return lemma.substring(0, Math.max(Math.min(4, lemma.length()), lemma.length() - cut));
    }
}
