// Decides whether a reply is Finnish: Voikko's word coverage first, OpenNLP's detector only when unsure.
package fi.vastausbingo.finnish;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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

    private static final double KNOWN_SHARE = 0.5;
    private static final int MIN_WORDS = 4;

    private LanguageGuesser() {}

    /**
     * The text's language, and the paragraphs that are in another language. Bilingual templates
     * are common in Finland (Finnish + Swedish + English): the Finnish paragraphs are linted, the
     * others are left out. A paragraph of four or more words is Finnish when Voikko knows at least
     * half of them; shorter paragraphs are pooled and judged together.
     *
     * @param language       ISO 639-1 code ("fi", "sv", "en", …)
     * @param foreignRanges  [start, end) offsets of paragraphs in another language (empty unless the text is Finnish)
     */
    public record Verdict(String language, List<int[]> foreignRanges) {}

    public static Verdict judge(AnalysedText text, boolean dictionaryBacked) {
        List<List<Token>> paragraphs = paragraphs(text);
        int totalWords = 0;
        boolean finnish = false;
        List<int[]> foreign = new ArrayList<>();
        int pooledWords = 0;
        int pooledKnown = 0;
        for (List<Token> p : paragraphs) {
            int words = 0;
            int known = 0;
            for (Token t : p) {
                if (t.isWord() && t.text().length() > 1 && !nameOnly(t)) {
                    words++;
                    if (t.known()) {
                        known++;
                    }
                }
            }
            totalWords += words;
            if (words < MIN_WORDS) {
                pooledWords += words;
                pooledKnown += known;
            } else if (dictionaryBacked && known >= KNOWN_SHARE * words) {
                finnish = true;
            } else {
                foreign.add(new int[] {p.get(0).start(), p.get(p.size() - 1).end()});
            }
        }
        if (totalWords < MIN_WORDS) {
            return new Verdict("fi", List.of());
        }
        if (!finnish && dictionaryBacked && pooledWords >= 3 && pooledKnown >= KNOWN_SHARE * pooledWords) {
            finnish = true;
        }
        if (finnish) {
            return new Verdict("fi", List.copyOf(foreign));
        }
        // No paragraph reads as Finnish to Voikko (or there is no Voikko): ask the detector about
        // the whole text. Heavily colloquial Finnish that Voikko does not know still comes out "fi".
        String detected = detect(text.text());
        return new Verdict(detected == null ? "fi" : detected, List.of());
    }

    /** "Jonas", "Elin": a word the dictionary knows only as a name says nothing of the language around it. */
    private static boolean nameOnly(Token t) {
        return t.isCapitalised() && !t.analyses().isEmpty() && t.analyses().stream().allMatch(a -> a.wordClass() != null
                && (a.wordClass().equals("etunimi") || a.wordClass().equals("sukunimi") || a.wordClass().equals("paikannimi")
                || a.wordClass().equals("nimi")));
    }

    /** Token groups separated by blank lines. */
    private static List<List<Token>> paragraphs(AnalysedText text) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        String s = text.text();
        Token prev = null;
        for (Token t : text.tokens()) {
            if (prev != null && blankLineBetween(s, prev.end(), t.start())) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(t);
            prev = t;
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    private static boolean blankLineBetween(String s, int from, int to) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (++newlines >= 2) {
                    return true;
                }
            } else if (!Character.isWhitespace(c)) {
                newlines = 0;
            }
        }
        return false;
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
