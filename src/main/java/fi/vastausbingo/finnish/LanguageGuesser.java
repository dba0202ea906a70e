// Decides whether a reply is Finnish: Voikko's word coverage first, OpenNLP's detector only when unsure.
package fi.vastausbingo.finnish;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The OpenNLP model costs about half a second and 100 MB to load, so Finnish replies never touch
 * it: when Voikko knows most of the words the text is Finnish. Only otherwise (or without Voikko)
 * is the model loaded, once per process.
 */
public final class LanguageGuesser {
    private static final Map<String, String> ISO3_TO_1 = Map.ofEntries(
            Map.entry("fin", "fi"), Map.entry("swe", "sv"), Map.entry("eng", "en"), Map.entry("est", "et"),
            Map.entry("deu", "de"), Map.entry("rus", "ru"), Map.entry("nob", "no"), Map.entry("nno", "no"),
            Map.entry("dan", "da"), Map.entry("fra", "fr"), Map.entry("spa", "es"), Map.entry("ita", "it"),
            Map.entry("nld", "nl"), Map.entry("pol", "pl"), Map.entry("smi", "se"), Map.entry("sme", "se"));

    private static final double KNOWN_SHARE = 0.6;
    private static final int MIN_WORDS = 4;

    private LanguageGuesser() {}

    /** ISO 639-1 code of the text's language ("fi", "sv", "en", …). */
    public static String guess(AnalysedText text, boolean dictionaryBacked) {
        int words = 0;
        int known = 0;
        for (Token t : text.tokens()) {
            if (t.isWord() && t.text().length() > 1) {
                words++;
                if (t.known()) {
                    known++;
                }
            }
        }
        if (words < MIN_WORDS) {
            return "fi";
        }
        if (dictionaryBacked && known >= KNOWN_SHARE * words) {
            return "fi";
        }
        String detected = detect(text.text());
        return detected == null ? "fi" : detected;
    }

    /** OpenNLP's guess, or null when the model could not be loaded. */
    static String detect(String s) {
        LanguageDetectorME detector = Holder.DETECTOR;
        if (detector == null) {
            return null;
        }
        Language best;
        synchronized (detector) {
            best = detector.predictLanguage(s.strip().replaceAll("\\s+", " "));
        }
        return ISO3_TO_1.getOrDefault(best.getLang(), best.getLang());
    }

    private static final class Holder {
        static final LanguageDetectorME DETECTOR = load();

        private static LanguageDetectorME load() {
            try (InputStream in = LanguageGuesser.class.getResourceAsStream("/langdetect-183.bin")) {
                return in == null ? null : new LanguageDetectorME(new LanguageDetectorModel(in));
            } catch (IOException e) {
                return null;
            }
        }
    }
}
