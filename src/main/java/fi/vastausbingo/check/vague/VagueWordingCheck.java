// Check `vague-wording`: "tuote"/"palvelu" instead of the product's name, and third-person instructions.
package fi.vastausbingo.check.vague;

import fi.vastausbingo.check.Check;
import fi.vastausbingo.check.CheckMeta;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.check.LintContext;
import fi.vastausbingo.check.SectionedList;
import fi.vastausbingo.finnish.Token;
import fi.vastausbingo.finnish.WordAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fires on a word whose whole base form is a generic term (tuote, palvelu) unless it is part of
 * a name ("Netflix-palvelun", "Elisa Viihde -palvelu") or the name follows it ("palvelumme
 * Netflix"). Compounds that name a thing ("asiakaspalvelu", "tuotenumero") have base forms of
 * their own and never match. Also fires on instructions that speak of the reader in the third
 * person: "asiakas voi…", "asiakkaan tulee…".
 */
public final class VagueWordingCheck implements Check {
    public static final String ID = "vague-wording";
    public static final String PATH = "wordlists/vague-terms.txt";
    private static final CheckMeta META = new CheckMeta(ID, 1, List.of(ID), false);
    private static final Set<String> SECTIONS = Set.of("vague", "pointer", "third-person", "modal", "necessive");
    /** What "asiakas + modal" becomes when the reader is addressed directly: sinä form, te form. */
    private static final Map<String, String[]> DIRECT = Map.ofEntries(
            Map.entry("voida", new String[] {"voit", "voitte"}),
            Map.entry("saada", new String[] {"saat", "saatte"}),
            Map.entry("tulla", new String[] {"sinun tulee", "teidän tulee"}),
            Map.entry("pitää", new String[] {"sinun pitää", "teidän pitää"}),
            Map.entry("täytyä", new String[] {"sinun täytyy", "teidän täytyy"}),
            Map.entry("kannattaa", new String[] {"sinun kannattaa", "teidän kannattaa"}),
            Map.entry("joutua", new String[] {"joudut", "joudutte"}),
            Map.entry("tarvita", new String[] {"tarvitset", "tarvitsette"}),
            Map.entry("pystyä", new String[] {"pystyt", "pystytte"}),
            Map.entry("olla", new String[] {"sinun on", "teidän on"}));

    private final List<String> vague;
    private final List<String> pointers;
    private final List<String> thirdPerson;
    private final List<String> modals;
    private final List<String> necessives;

    public VagueWordingCheck(SectionedList list) {
        this.vague = list.section("vague");
        this.pointers = list.section("pointer");
        this.thirdPerson = list.section("third-person");
        this.modals = list.section("modal");
        this.necessives = list.section("necessive");
    }

    public static VagueWordingCheck load() {
        return new VagueWordingCheck(SectionedList.load(PATH, SECTIONS));
    }

    /** The shipped list plus a team's own vague terms (base forms, from .vastausbingo.yml). */
    public static VagueWordingCheck load(List<String> extraTerms) {
        return new VagueWordingCheck(SectionedList.load(PATH, SECTIONS).withExtra("vague", extraTerms));
    }

    @Override
    public CheckMeta meta() {
        return META;
    }

    @Override
    public List<Finding> run(LintContext ctx) {
        List<Finding> out = new ArrayList<>();
        String text = ctx.doc().text();
        boolean teForm = prefersTe(ctx.own().tokens());
        // once the reply has named the thing ("Lupapiste-palvelun"), a later "palvelun" refers back to it
        java.util.Set<String> named = new java.util.HashSet<>();
        for (List<Token> sentence : ctx.own().sentences()) {
            for (int i = 0; i < sentence.size(); i++) {
                Token t = sentence.get(i);
                if (!t.isWord()) {
                    continue;
                }
                String namedTerm = namedTerm(text, sentence, i);
                if (namedTerm != null) {
                    named.add(namedTerm);
                    continue;
                }
                String term = vagueLemma(t);
                if (term != null && named.contains(term)) {
                    continue;
                }
                if (term != null && !partOfName(text, sentence, i)) {
                    int start = t.start();
                    if (i > 0 && isPointer(sentence, i - 1)) {
                        start = pointerStart(sentence, i - 1);
                    }
                    String evidence = text.substring(start, t.end());
                    out.add(Finding.of(ID, ID, 1, start, t.end(), "vague-wording.generic",
                            List.of(evidence, term), suggestions(ctx, term), evidence));
                    continue;
                }
                Finding third = thirdPerson(ctx, sentence, i, teForm);
                if (third != null) {
                    out.add(third);
                }
            }
        }
        return out;
    }

    private String vagueLemma(Token t) {
        for (String v : vague) {
            for (WordAnalysis a : t.analyses()) {
                if (a.baseform().equals(v)) {
                    return v;
                }
            }
            if (!t.known() && t.hasLemma(v) && t.text().indexOf('-') < 0) {
                return v;
            }
        }
        return null;
    }

    /** The generic term this token names a thing with ("Netflix-palvelu", "Viihde -palvelu", "palvelu Netflix"), or null. */
    private String namedTerm(String text, List<Token> sentence, int i) {
        Token t = sentence.get(i);
        int dash = t.text().lastIndexOf('-');
        if (dash > 0) {
            String tail = t.text().substring(dash + 1).toLowerCase(java.util.Locale.ROOT);
            for (String v : vague) {
                if (tail.startsWith(v.substring(0, Math.min(v.length(), 4)))) {
                    return v;
                }
            }
            return null;
        }
        String term = vagueLemma(t);
        return term != null && partOfName(text, sentence, i) ? term : null;
    }

    /** "Elisa Viihde -palvelu", "palvelumme Netflix", "tuote "Lumo"", "tuotteen X200". */
    private static boolean partOfName(String text, List<Token> sentence, int i) {
        Token t = sentence.get(i);
        if (t.start() > 0 && text.charAt(t.start() - 1) == '-') {
            return true;
        }
        if (i + 1 < sentence.size()) {
            Token next = sentence.get(i + 1);
            if (next.kind() == Token.Kind.PLACEHOLDER) {
                return true;
            }
            if (next.isWord() && next.isCapitalised()) {
                return true;
            }
            if (next.kind() == Token.Kind.WORD && next.text().matches(".*\\d.*")) {
                return true;
            }
            if (next.kind() == Token.Kind.PUNCT && (next.text().equals("\"") || next.text().equals("”")
                    || next.text().equals("“") || next.text().equals("«") || next.text().equals(":"))
                    && i + 2 < sentence.size() && (sentence.get(i + 2).isCapitalised()
                    || sentence.get(i + 2).kind() == Token.Kind.PLACEHOLDER)) {
                // "palvelu "Lumo"", and field labels in templates: "TUOTE: {product_name}"
                return true;
            }
        }
        return false;
    }

    private boolean isPointer(List<Token> sentence, int j) {
        Token p = sentence.get(j);
        if (p.text().equals(".") && j > 0) {
            p = sentence.get(j - 1);
        }
        if (!p.isWord()) {
            return false;
        }
        for (String ptr : pointers) {
            if (p.lower().equals(ptr) || p.hasLemma(ptr)) {
                return true;
            }
        }
        return false;
    }

    private static int pointerStart(List<Token> sentence, int j) {
        Token p = sentence.get(j);
        if (p.text().equals(".") && j > 0) {
            return sentence.get(j - 1).start();
        }
        return p.start();
    }

    /**
     * "asiakas voi / asiakkaat voivat" (nominative subject, modal within three words, 3rd person)
     * or "asiakkaan tulee / on" (genitive subject with a necessive verb).
     */
    private Finding thirdPerson(LintContext ctx, List<Token> sentence, int i, boolean teForm) {
        Token t = sentence.get(i);
        String noun = null;
        boolean nominative = false;
        boolean genitive = false;
        for (WordAnalysis a : t.analyses()) {
            if (thirdPerson.contains(a.baseform()) && a.possessive() == null) {
                noun = a.baseform();
                nominative |= "nimento".equals(a.sijamuoto());
                genitive |= "omanto".equals(a.sijamuoto());
            }
        }
        if (noun == null) {
            return null;
        }
        for (int k = i + 1; k < sentence.size() && k <= i + 3; k++) {
            Token v = sentence.get(k);
            if (!v.isWord()) {
                break;
            }
            for (WordAnalysis a : v.analyses()) {
                if (!"3".equals(a.person())) {
                    continue;
                }
                String lemma = a.baseform();
                boolean modal = nominative && modals.contains(lemma) && !lemma.equals("olla");
                boolean possible = nominative && lemma.equals("olla") && followedByPossible(sentence, k);
                boolean necessive = genitive && necessives.contains(lemma)
                        && (!lemma.equals("olla") || followedByNecessive(sentence, k));
                if (modal || possible || necessive) {
                    String key = possible ? "olla" : lemma;
                    String[] direct = DIRECT.getOrDefault(key, new String[] {"sinä", "te"});
                    String suggestion = teForm ? direct[1] : direct[0];
                    String evidence = ctx.doc().text().substring(t.start(), v.end());
                    return Finding.of(ID, ID, 1, t.start(), v.end(), "vague-wording.third-person",
                            List.of(evidence), List.of(capitalise(suggestion, t.isCapitalised())), evidence);
                }
            }
        }
        return null;
    }

    private static boolean followedByPossible(List<Token> s, int k) {
        return k + 1 < s.size() && (s.get(k + 1).hasLemma("mahdollinen") || s.get(k + 1).hasLemma("velvollinen")
                || s.get(k + 1).hasLemma("oikeutettu"));
    }

    /** "asiakkaan on toimitettava" (a -ttava/-tava participle) or "on mahdollista". */
    private static boolean followedByNecessive(List<Token> s, int k) {
        if (k + 1 >= s.size()) {
            return false;
        }
        Token n = s.get(k + 1);
        if (n.hasLemma("mahdollinen")) {
            return true;
        }
        String l = n.lower();
        return l.endsWith("ttava") || l.endsWith("ttävä") || l.endsWith("tava") || l.endsWith("tävä");
    }

    private static String capitalise(String s, boolean upper) {
        return upper && !s.isEmpty() ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }

    /** The reply addresses the reader with te-forms more than sinä-forms. */
    static boolean prefersTe(List<Token> tokens) {
        int sina = 0;
        int te = 0;
        for (Token t : tokens) {
            if (!t.isWord() || t.analyses().isEmpty()) {
                continue;
            }
            WordAnalysis a = t.analyses().get(0);
            if ("2".equals(a.person()) || "2s".equals(a.possessive()) || "2p".equals(a.possessive())) {
                if ("plural".equals(a.number()) || "2p".equals(a.possessive())) {
                    te++;
                } else {
                    sina++;
                }
            }
        }
        return te > sina;
    }

    private List<String> suggestions(LintContext ctx, String term) {
        if (!ctx.productNames().isEmpty()) {
            return ctx.productNames();
        }
        return List.of(term.equals("palvelu") ? "[palvelun nimi]" : "[tuotteen nimi]");
    }
}
