// Voikko-backed analyser: turns libvoikko's attribute maps into WordAnalysis records.
package fi.vastausbingo.finnish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puimula.libvoikko.Voikko;

/** Wraps one native Voikko handle. Not thread-safe by design: one per worker thread. */
public final class VoikkoAnalyser implements Analyser {
    private static final Pattern WORDBASE = Pattern.compile("\\+([^+()]*)(?:\\(([^)]*)\\))?");

    private final Voikko voikko;
    private final AnalysisCache cache;
    private final VoikkoDirect direct; // null: the binding's own analyze

    public VoikkoAnalyser(Voikko voikko, AnalysisCache cache) {
        this.voikko = voikko;
        this.cache = cache;
        this.direct = VoikkoDirect.of(voikko);
    }

    @Override
    public List<WordAnalysis> analyse(String word) {
        return cache.get(word, this::analyseUncached);
    }

    private List<WordAnalysis> analyseUncached(String word) {
        List<? extends Map<String, String>> raw = direct != null ? direct.analyze(word) : voikko.analyze(word);
        if (raw.isEmpty()) {
            return List.of();
        }
        List<WordAnalysis> out = new ArrayList<>(raw.size());
        for (Map<String, String> a : raw) {
            out.add(convert(a));
        }
        return List.copyOf(out);
    }

    static WordAnalysis convert(Map<String, String> a) {
        String cls = a.get("CLASS");
        String base = a.getOrDefault("BASEFORM", "");
        boolean name = cls != null && (cls.equals("etunimi") || cls.equals("sukunimi")
                || cls.equals("paikannimi") || cls.equals("nimi"));
        String lemma = name ? base : base.toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        Set<String> roots = new LinkedHashSet<>();
        parseWordBases(a.get("WORDBASES"), lemma, parts, roots);
        return new WordAnalysis(lemma, cls, List.copyOf(parts), List.copyOf(roots),
                a.get("SIJAMUOTO"), a.get("PERSON"), a.get("NUMBER"), a.get("MOOD"),
                a.get("POSSESSIVE"), "true".equals(a.get("KYSYMYSLIITE")),
                "true".equals(a.get("NEGATIVE")), a.get("PARTICIPLE"), a.get("TENSE"), false);
    }

    /**
     * WORDBASES looks like "+asiakas(asiakas)+palvel(palvella)+u(+u)": a part whose base starts
     * with '+' is a derivational ending glued to the previous part (palvel + u = palvelu). The
     * last part's lemma is the tail of the whole base form, which is exact where the surface
     * stems are not (consonant gradation).
     */
    static void parseWordBases(String wordBases, String baseform, List<String> parts, Set<String> roots) {
        String lower = baseform.toLowerCase(Locale.ROOT);
        if (wordBases == null || wordBases.isEmpty()) {
            parts.add(lower);
            roots.add(lower);
            return;
        }
        List<String> surfaces = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        Matcher m = WORDBASE.matcher(wordBases);
        while (m.find()) {
            String surface = m.group(1).replace("=", "").toLowerCase(Locale.ROOT);
            String base = m.group(2) == null ? null : m.group(2).replace("=", "").toLowerCase(Locale.ROOT);
            if (surface.isEmpty() || surface.equals("-")) {
                continue;
            }
            if (base != null && base.startsWith("+") && !surfaces.isEmpty()) {
                int last = surfaces.size() - 1;
                String derived = surfaces.get(last) + surface;
                surfaces.set(last, derived);
                lemmas.set(last, derived);
                roots.add(derived);
                continue;
            }
            surfaces.add(surface);
            String l = base == null || base.isEmpty() ? surface : base;
            lemmas.add(l);
            roots.add(l);
        }
        if (lemmas.isEmpty()) {
            parts.add(lower);
            roots.add(lower);
            return;
        }
        if (lemmas.size() > 1) {
            String prefix = String.join("", surfaces.subList(0, surfaces.size() - 1));
            String flat = lower.replace("-", "");
            if (flat.startsWith(prefix) && flat.length() > prefix.length()) {
                lemmas.set(lemmas.size() - 1, flat.substring(prefix.length()));
            }
        } else {
            lemmas.set(0, lower);
        }
        parts.addAll(lemmas);
        roots.addAll(lemmas);
    }

    @Override
    public boolean dictionaryBacked() {
        return true;
    }

    @Override
    public void close() {
        voikko.terminate();
    }
}
