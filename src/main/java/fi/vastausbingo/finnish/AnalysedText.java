// A text split into tokens with analyses and sentence indexes: what the checks work on.
package fi.vastausbingo.finnish;

import java.util.ArrayList;
import java.util.List;

/** Tokens of one text (offsets into it), each word with its readings, grouped into sentences. */
public final class AnalysedText {
    private final String text;
    private final List<Token> tokens;
    private final int sentenceCount;

    private AnalysedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.sentenceCount = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
    }

    public static AnalysedText analyse(String text, Tokenizer tokenizer, Analyser analyser) {
        List<Token> raw = tokenizer.tokenize(text);
        List<Token> withAnalyses = new ArrayList<>(raw.size());
        for (Token t : raw) {
            if (t.kind() == Token.Kind.WORD) {
                String form = lookupForm(t.text());
                List<WordAnalysis> a = analyser.analyse(form);
                if (a.isEmpty() && analyser.dictionaryBacked()) {
                    a = spokenQuestion(form, analyser);
                    if (a.isEmpty()) {
                        a = spokenWord(form, analyser);
                    }
                }
                withAnalyses.add(new Token(t.start(), t.end(), t.text(), t.kind(), a, 0));
            } else {
                withAnalyses.add(t);
            }
        }
        return new AnalysedText(text, Sentences.assign(text, withAnalyses));
    }

    /**
     * Spoken Finnish asks with -ks where writing has -ko/-kö ("onks", "tuleeks", "voiks",
     * "saanks"): Voikko knows the stem, so read the word as the stem with a question clitic.
     */
    private static List<WordAnalysis> spokenQuestion(String form, Analyser analyser) {
        String lower = form.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() < 4 || !lower.endsWith("ks")) {
            return List.of();
        }
        String stem = form.substring(0, form.length() - 2);
        List<WordAnalysis> base = analyser.analyse(stem);
        if (base.isEmpty() && stem.endsWith("n")) {
            // "saanks" = "saan" + ks, but "voisin" also appears as "voisinks"
            base = analyser.analyse(stem);
        }
        List<WordAnalysis> out = new ArrayList<>(base.size());
        for (WordAnalysis a : base) {
            out.add(new WordAnalysis(a.baseform(), a.wordClass(), a.compoundParts(), a.roots(), a.sijamuoto(), a.person(),
                    a.number(), a.mood(), a.possessive(), true, a.negative(), a.participle(), a.tense(), false));
        }
        return List.copyOf(out);
    }

    /**
     * Spoken and chat Finnish drops sounds that writing keeps, so Voikko does not know
     * "ilmotus", "tarkottaa", "lisämaksuu", "ollu" or "takas". An unknown word is read as the
     * first of its written forms that Voikko knows: an -oi- before t ("ilmoitus"), a past
     * participle's final t ("ollut"), a partitive's -a/-ä ("lisämaksua", "tietoa"), "takaisin", a
     * conditional's i before the clitic ("auttaisko" = "auttaisiko").
     */
    static List<WordAnalysis> spokenWord(String form, Analyser analyser) {
        for (String written : writtenForms(form.toLowerCase(java.util.Locale.ROOT))) {
            List<WordAnalysis> a = analyser.analyse(written);
            if (!a.isEmpty() && !a.get(0).guessed()) {
                return a;
            }
        }
        return List.of();
    }

    static List<String> writtenForms(String w) {
        List<String> out = new ArrayList<>();
        if (w.length() < 4 || !w.chars().allMatch(Character::isLetter)) {
            return out;
        }
        if (w.equals("takas") || w.equals("takasin")) {
            out.add("takaisin");
            return out;
        }
        if (w.endsWith("isko") || w.endsWith("iskö")) {
            // spoken conditional with the clitic: "auttaisko" = "auttaisiko"
            out.add(w.substring(0, w.length() - 2) + "i" + w.substring(w.length() - 2));
        }
        String last2 = w.substring(w.length() - 2);
        if (last2.matches("[nlrs][uy]")) {
            out.add(w + "t");
        }
        char v = w.charAt(w.length() - 1);
        if (w.length() >= 5 && v == w.charAt(w.length() - 2) && "uyoöei".indexOf(v) >= 0) {
            boolean back = w.chars().anyMatch(c -> c == 'a' || c == 'o' || c == 'u');
            out.add(w.substring(0, w.length() - 1) + (back ? 'a' : 'ä'));
        }
        for (int i = 1; i + 1 < w.length(); i++) {
            if (w.charAt(i) == 'o' && w.charAt(i + 1) == 't' && "oi".indexOf(w.charAt(i - 1)) < 0) {
                out.add(w.substring(0, i + 1) + 'i' + w.substring(i + 1));
            }
        }
        return out;
    }

    /** Voikko does not know the typographic apostrophe; it knows the ASCII one. */
    private static String lookupForm(String w) {
        return w.indexOf('’') >= 0 ? w.replace('’', '\'') : w;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int sentenceCount() {
        return sentenceCount;
    }

    /** All sentences as token lists, in order. */
    public List<List<Token>> sentences() {
        List<List<Token>> out = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        int idx = 0;
        for (Token t : tokens) {
            if (t.sentence() != idx) {
                out.add(cur);
                cur = new ArrayList<>();
                idx = t.sentence();
            }
            cur.add(t);
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** Words only. */
    public List<Token> words() {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isWord()) {
                out.add(t);
            }
        }
        return out;
    }
}
