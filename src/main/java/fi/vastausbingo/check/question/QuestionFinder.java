// Finds the questions and requests in a customer's message: "?", question words, -ko/-kö/-ks, indirect requests.
package fi.vastausbingo.check.question;

import fi.vastausbingo.finnish.AnalysedText;
import fi.vastausbingo.finnish.Token;
import fi.vastausbingo.finnish.WordAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules, each a reason a sentence asks something:
 * <ul>
 *   <li>it ends with "?";</li>
 *   <li>it opens with a question word (mitä, milloin, paljonko…), or one follows a verb of
 *       knowing or telling ("Haluaisin tietää, milloin…");</li>
 *   <li>a word carries the question clitic -ko/-kö (Voikko's KYSYMYSLIITE) or its spoken form
 *       -ks ("voiks", "tuleeks");</li>
 *   <li>it asks the company to act: a conditional 2nd person plural ("Kertoisitteko", "Voisitteko"),
 *       an imperative to us ("Lähettäkää", "korjatkaa"), or the customer's own ask-verb
 *       ("Pyydän", "Toivoisin", "Haluaisin").</li>
 * </ul>
 * Greetings, thanks and sign-offs never ask. An optional classifier may veto or add sentences
 * (see {@link SentenceClassifier}).
 */
public final class QuestionFinder {
    private static final Set<String> BEFORE_AFTER = Set.of("ennen", "aiemmin", "aikaisemmin", "myöhemmin", "etukäteen",
            "jälkeen");
    private final Map<String, String> interrogatives;
    private final Set<String> askVerbs;
    private final SentenceClassifier classifier;

    public QuestionFinder(Map<String, String> interrogatives, Set<String> askVerbs, SentenceClassifier classifier) {
        this.interrogatives = interrogatives;
        this.askVerbs = askVerbs;
        this.classifier = classifier;
    }

    public List<Question> find(AnalysedText customer) {
        List<Question> out = new ArrayList<>();
        String text = customer.text();
        List<Token> previous = List.of();
        List<Token> beforePrevious = List.of();
        List<List<Token>> sentences = customer.sentences();
        for (int at = 0; at < sentences.size(); at++) {
            List<Token> whole = sentences.get(at);
            for (List<Token> part : splitAtEmoji(whole)) {
                List<Token> sentence = withoutListMarker(withoutSignOff(part));
                List<Token> words = new ArrayList<>();
                for (Token t : sentence) {
                    if (t.isWord()) {
                        words.add(t);
                    }
                }
                if (words.isEmpty()) {
                    continue;
                }
                Verdict v = judge(sentence, words);
                if (classifier != null) {
                    v = classifier.adjust(sentence, v);
                }
                if (v != Verdict.STATEMENT && phatic(sentence, words)) {
                    v = Verdict.STATEMENT;
                }
                if (v != Verdict.STATEMENT && introducesList(sentence, sentences, at)) {
                    v = Verdict.STATEMENT;
                }
                if (v != Verdict.STATEMENT) {
                    Token first = sentence.get(0);
                    Token last = sentence.get(sentence.size() - 1);
                    String s = text.substring(first.start(), last.end()).replaceAll("\\s+", " ").strip();
                    String asks = isComplaint(sentence, words, v) ? "complaint" : asks(sentence, words, v);
                    List<Token> context = new ArrayList<>(previous);
                    if (countWords(previous) < 4) {
                        // "Onks se löytyny? Ja milloin sen voi hakea?": the pronoun reaches further back
                        context.addAll(0, beforePrevious);
                    }
                    out.add(new Question(s, List.copyOf(sentence), v == Verdict.REQUEST, asks, focus(sentence),
                            List.copyOf(context)));
                }
                beforePrevious = previous;
                previous = sentence;
            }
        }
        return out;
    }

    /**
     * Sentences in the form of a question or request that ask for nothing: small talk ("Mitä
     * kuuluu?", "Miten menee?"), a rhetorical "eikö … -kin" ("Eikö olekin hienoa?", "eiks ookin
     * kiva"), and thanks or apologies framed as an ask ("Haluaisin kiittää…", "Pyydän anteeksi…",
     * "Olisin kiitollinen nopeasta vastauksesta."; but "Olisin kiitollinen, jos lähettäisitte…" asks).
     */
    static boolean phatic(List<Token> sentence, List<Token> words) {
        String first = words.get(0).lower();
        Token last = words.get(words.size() - 1);
        if ((words.size() == 2 || words.size() == 3 && words.get(1).hasClass("asemosana"))
                && (first.equals("mitä") || first.equals("mitäs") || first.equals("miten") || first.equals("mites"))
                && (last.hasLemma("kuulua") || last.lower().equals("menee"))) {
            return true;
        }
        boolean negQuestion = false;
        boolean kin = false;
        boolean thanks = false;
        boolean condition = false;
        boolean asks = false;
        for (Token w : words) {
            String l = w.lower();
            negQuestion |= NEGATIVE_QUESTION.contains(l);
            kin |= l.length() > 4 && (l.endsWith("kin") || l.endsWith("kaan") || l.endsWith("kään")) && !hasClitic(w)
                    && (w.hasLemma("olla") || l.startsWith("oo") || l.startsWith("ole"));
            thanks |= w.hasLemma("kiittää") || w.hasLemma("kiitollinen") || w.hasLemma("pahoitella") || l.equals("anteeksi");
            condition |= l.equals("jos") || l.equals("mikäli") || l.equals("että");
        }
        for (Token t : sentence) {
            asks |= t.text().equals("?");
        }
        if (negQuestion && (kin || agreeing(words))) {
            return true;
        }
        if (exclaims(words)) {
            return true;
        }
        // "Kukapa sitä haluaisi…?", "Mitäpä siitä": a question word with -pa answers itself
        if (first.length() > 4 && (first.endsWith("pa") || first.endsWith("pä"))
                && ROLE_QUESTION_WORDS.contains(first.substring(0, first.length() - 2))) {
            return true;
        }
        return thanks && !condition && !asks;
    }

    /**
     * "Pyytäisin selvitystä seuraavista asioista:", "Haluaisimme tietää:": a sentence that ends in
     * a colon and is followed by questions or a numbered or bulleted list only announces them; the
     * items are what it asks.
     */
    private boolean introducesList(List<Token> sentence, List<List<Token>> all, int at) {
        if (!sentence.get(sentence.size() - 1).text().equals(":")) {
            return false;
        }
        for (int k = at + 1; k < all.size() && k <= at + 3; k++) {
            List<Token> next = all.get(k);
            // "1) Kertokaa, tarvitaanko…": a numbered or bulleted list of questions follows ("- vuokrasopimus"
            // does not: then the sentence itself is the request)
            Token first = next.get(0);
            List<Token> words = next.stream().filter(Token::isWord).toList();
            if ((first.kind() == Token.Kind.NUMBER && next.size() > 1 && (next.get(1).text().equals(")")
                    || first.text().endsWith(".")) || first.text().equals("-") || first.text().equals("•")
                    || first.text().equals("*")) && !words.isEmpty() && judge(next, words) != Verdict.STATEMENT) {
                return true;
            }
            for (Token t : next) {
                if (t.text().equals("?")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int countWords(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                n++;
            }
        }
        return n;
    }

    /**
     * "Mun kotinetti pätkii illalla 😩 Mistä tää johtuu?": an emoji followed by a capitalised word
     * ends a sentence the way a full stop would.
     */
    static List<List<Token>> splitAtEmoji(List<Token> sentence) {
        List<List<Token>> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 1 < sentence.size(); i++) {
            if (sentence.get(i).kind() == Token.Kind.EMOJI && sentence.get(i + 1).isWord()
                    && sentence.get(i + 1).isCapitalised() && i > from) {
                out.add(sentence.subList(from, i + 1));
                from = i + 1;
            }
        }
        out.add(sentence.subList(from, sentence.size()));
        return out;
    }

    /**
     * A list item's marker ("1)", "2.", "-", "•") is no part of its question: the finding quotes
     * "Mikä on salin vuokra?", not "2) Mikä on salin vuokra?".
     */
    static List<Token> withoutListMarker(List<Token> sentence) {
        Token first = sentence.get(0);
        if (sentence.size() > 2 && first.kind() == Token.Kind.NUMBER && first.text().length() <= 3
                && NUMBER_MARK_ENDS.contains(sentence.get(1).text())) {
            return sentence.subList(2, sentence.size());
        }
        if (sentence.size() > 1 && BULLETS.contains(first.text())) {
            return sentence.subList(1, sentence.size());
        }
        return sentence;
    }

    private static final Set<String> NUMBER_MARK_ENDS = Set.of(")", ".");
    private static final Set<String> BULLETS = Set.of("-", "–", "•", "*");

    /**
     * The customer's own sign-off glued to the last question ("…automaattisesti? -Sami",
     * "…sisään? 🙂 Nelli", "…tunnukset? t. Anu") is no part of it.
     */
    static List<Token> withoutSignOff(List<Token> sentence) {
        int q = -1;
        for (int i = sentence.size() - 1; i >= 0; i--) {
            if (sentence.get(i).text().equals("?")) {
                q = i;
                break;
            }
        }
        if (q < 0 || q == sentence.size() - 1) {
            return sentence;
        }
        int names = 0;
        for (int i = q + 1; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            String x = t.text();
            if (t.kind() == Token.Kind.EMOJI || t.kind() == Token.Kind.PUNCT && !x.equals("?") || x.equals("?")) {
                continue;
            }
            if (t.isWord() && (x.equalsIgnoreCase("t") || x.equalsIgnoreCase("terv") || x.equalsIgnoreCase("terveisin"))) {
                continue;
            }
            if (t.isWord() && t.isCapitalised() && names < 2) {
                names++;
                continue;
            }
            return sentence;
        }
        return sentence.subList(0, q + 1);
    }

    /** The clause that carries the first sign of asking, to the end of the sentence. */
    private List<Token> focus(List<Token> sentence) {
        int marker = -1;
        for (int i = 0; i < sentence.size() && marker < 0; i++) {
            Token w = sentence.get(i);
            if (!w.isWord()) {
                continue;
            }
            if (hasClitic(w) || interrogatives.containsKey(w.lower()) || isConditional2p(w) || isImperativePlural(w)
                    || isOwnAsk(w)) {
                marker = i;
            }
        }
        if (marker <= 0) {
            return withoutCircumstance(sentence, Math.max(marker, 0));
        }
        for (int i = marker - 1; i >= 0; i--) {
            Token t = sentence.get(i);
            if (t.kind() == Token.Kind.EMOJI || t.kind() == Token.Kind.PUNCT
                    && (t.text().equals(",") || t.text().equals(";") || t.text().equals(":") || t.text().equals("–"))) {
                return i == sentence.size() - 1 ? sentence
                        : withoutCircumstance(sentence.subList(i + 1, sentence.size()), marker - i - 1);
            }
        }
        return withoutCircumstance(sentence, marker);
    }

    /** Conjunctions of a clause that only sets the scene of the question: "…, kun oon vielä ulkomailla?" */
    private static final Set<String> CIRCUMSTANCE = Set.of("kun", "koska", "vaikka", "sillä");

    /** The question without a trailing circumstance clause after its marker: "Miten saan uuden kortin, kun…?" */
    private static List<Token> withoutCircumstance(List<Token> clause, int marker) {
        for (int i = Math.max(marker, 0) + 2; i + 1 < clause.size(); i++) {
            if (clause.get(i).text().equals(",") && clause.get(i + 1).isWord()
                    && CIRCUMSTANCE.contains(clause.get(i + 1).lower())) {
                return clause.subList(0, i);
            }
        }
        return clause;
    }

    /**
     * "Mun lasku on tuplana tässä kuussa??": a statement that ends in a doubled "?" (or "?!") and
     * has no question word or clitic complains rather than asks; a reply that takes up its topic
     * at all has answered it.
     */
    private boolean isComplaint(List<Token> sentence, List<Token> words, Verdict v) {
        if (v != Verdict.QUESTION || sentence.size() < 3) {
            return false;
        }
        String a = sentence.get(sentence.size() - 2).text();
        String b = sentence.get(sentence.size() - 1).text();
        if (!(b.equals("?") || b.equals("!")) || !(a.equals("?") || a.equals("!")) || a.equals(b) && a.equals("!")) {
            return false;
        }
        for (Token w : words) {
            if (hasClitic(w) || interrogatives.containsKey(w.lower())) {
                return false;
            }
        }
        return true;
    }

    public enum Verdict { QUESTION, REQUEST, STATEMENT }

    /** The rules alone (public for the accuracy test that compares them with the classifier). */
    public Verdict judge(List<Token> sentence, List<Token> words) {
        Token last = sentence.get(sentence.size() - 1);
        boolean questionMark = last.text().equals("?") || sentence.size() > 1
                && sentence.get(sentence.size() - 2).text().equals("?");
        if (words.size() <= 2 && isCourtesy(words)) {
            return questionMark ? Verdict.QUESTION : Verdict.STATEMENT;
        }
        if (questionMark) {
            return Verdict.QUESTION;
        }
        String firstWord = words.get(0).lower();
        if (interrogatives.containsKey(firstWord)) {
            return Verdict.QUESTION;
        }
        for (int i = 0; i < words.size(); i++) {
            Token w = words.get(i);
            if (hasClitic(w)) {
                // "En tiedä, toimiiko tämä" is a question too: the customer wants to know
                return i == 0 && isConditional2p(w) ? Verdict.REQUEST : Verdict.QUESTION;
            }
            if (i > 0 && interrogatives.containsKey(w.lower()) && isKnowingVerb(words.get(i - 1))) {
                return Verdict.QUESTION;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Token w = words.get(i);
            if (isConditional2p(w) || isImperativePlural(w) && i <= 1) {
                return Verdict.REQUEST;
            }
            if (i <= 2 && isOwnAsk(w)) {
                return Verdict.REQUEST;
            }
        }
        return Verdict.STATEMENT;
    }

    private String asks(List<Token> sentence, List<Token> words, Verdict v) {
        for (Token w : words) {
            // "Mistä tää johtuu?", "Mikä on syy…", "Millä perusteella…": a reason, whatever the question word
            if (w.hasLemma("johtua") || w.hasLemma("syy") || w.hasLemma("peruste")) {
                return "reason";
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Token w = words.get(i);
            String kind = interrogatives.get(w.lower());
            if (kind != null) {
                if (kind.equals("place") && i + 1 < words.size() && (UNTIL.contains(words.get(i + 1).lower())
                        || words.get(i + 1).lower().equals("aikaan"))) {
                    // "mihin mennessä", "mistä lähtien", "mihin asti", "mihin aikaan": a point in time, not a place
                    return "time";
                }
                if (kind.equals("how") && i + 1 < words.size()) {
                    // "kuinka paljon / kuinka kauan / kuinka monta"
                    String next = words.get(i + 1).lower();
                    if (next.startsWith("paljon")) {
                        // "Kuinka paljon ennen lähtöä…": how long before, a time
                        String after = i + 2 < words.size() ? words.get(i + 2).lower() : "";
                        return BEFORE_AFTER.contains(after) ? "time" : "amount";
                    }
                    // "kuinka usein" asks how often: "kerran viikossa", "15 minuutin välein"
                    if (next.equals("kauan") || next.equals("pian") || next.equals("nopeasti") || next.equals("usein")) {
                        return "time";
                    }
                    if (next.startsWith("mon")) {
                        return "count";
                    }
                    if (words.get(i + 1).lemmaKeys().stream().anyMatch(MEASURE::contains)) {
                        // "Kuinka pitkä on toimitusaika?" asks a time, "Kuinka suuri omavastuu on?" an amount
                        for (Token x : words) {
                            for (WordAnalysis a : x.analyses()) {
                                for (String part : a.compoundParts()) {
                                    if (DURATION.contains(part)) {
                                        return "time";
                                    }
                                }
                            }
                        }
                        return "amount";
                    }
                }
                // "Mitä tarkoittaa laskun rivi 'siirtomaksu'?" asks what it is, not what it costs
                if (kind.equals("open") && words.stream().noneMatch(x -> x.hasLemma("tarkoittaa") || x.hasLemma("merkitä"))) {
                    // "Mitä se maksaa?", "Mikä on kiinteän sopimuksen hinta?" ask a price;
                    // "Mitä sitten tapahtuu, alkaako se maksaa?" does not
                    for (int j = sentence.indexOf(w) + 1; j < sentence.size(); j++) {
                        Token x = sentence.get(j);
                        if (x.text().equals(",")) {
                            break;
                        }
                        if (x.hasLemma("maksaa") || x.hasLemma("kustantaa") || pricedThing(x)) {
                            return "amount";
                        }
                    }
                }
                return kind;
            }
            if (hasClitic(w)) {
                String lower = w.lower();
                if (lower.startsWith("kauan")) {
                    return "time";
                }
                if (lower.startsWith("paljon")) {
                    return "amount";
                }
                if (lower.startsWith("monta") || lower.startsWith("montako")) {
                    return "count";
                }
            }
        }
        return v == Verdict.REQUEST ? "open" : "yesno";
    }

    private static final Set<String> NEGATIVE_QUESTION = Set.of("eikö", "eiks", "eikös", "eiksä");
    private static final Set<String> DEMONSTRATIVES = Set.of("tämä", "tää", "tämän", "tätä", "tässä", "toi", "tuo", "tuon");
    /** Words of astonishment that make "Onko tämä nyt oikeasti…?" a complaint, not a question. */
    private static final Set<String> INTENSIFIERS = Set.of("oikeasti", "oikeesti", "todella", "tosissaan", "ihmeessä",
            "ihmettä", "ihmeestä", "kummassa", "hitossa");

    /**
     * A negative question that seeks agreement, not information: a bare tag ("Aika jännää,
     * eiks?") or "olla" with an adjective and no verb after it ("eiks oo mahtavaa?", "eikö ole
     * hyvä idea?"); but "Eikö ole mahdollista saada…?" and "Eiks lahjakortit oo voimassa?" ask.
     */
    private static boolean agreeing(List<Token> words) {
        Token last = words.get(words.size() - 1);
        if (NEGATIVE_QUESTION.contains(last.lower())) {
            return true;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String l = words.get(i).lower();
            boolean copula = l.equals("oo") || l.equals("ole") || l.equals("olekaan") || l.equals("ookaan");
            if (copula && i > 0 && NEGATIVE_QUESTION.contains(words.get(i - 1).lower())) {
                Token next = words.get(i + 1);
                if (!next.hasClass("laatusana")) {
                    return false;
                }
                for (int j = i + 2; j < words.size(); j++) {
                    if (words.get(j).hasClass("teonsana") && !words.get(j).hasClass("nimisana")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Astonishment, not a question: "Onko tämä nyt oikeasti teidän palvelua?", "Mitä ihmettä??",
     * "Miten tämä on mahdollista?", "Miten tämä on voinut tapahtua?"; mockery ("Onks tää joku
     * vitsi?"), blame ("Kuka tämän keksi?") and exasperation ("Kuinka monta kertaa tästä pitää vielä
     * valittaa?") likewise.
     */
    private static boolean exclaims(List<Token> words) {
        boolean demonstrative = false;
        boolean intensifier = false;
        boolean possible = false;
        boolean joke = false;
        boolean past = false;
        boolean times = false;
        boolean still = false;
        boolean mustAgain = false;
        boolean nagging = false;
        for (Token w : words) {
            String l = w.lower();
            demonstrative |= DEMONSTRATIVES.contains(l);
            intensifier |= INTENSIFIERS.contains(l);
            possible |= w.hasLemma("mahdollinen") || w.hasLemma("tapahtua");
            joke |= w.hasLemma("vitsi") || w.hasLemma("pila");
            past |= w.hasReading(a -> "past_imperfective".equals(a.tense()) && "3".equals(a.person()));
            times |= l.equals("kertaa");
            still |= l.equals("vielä");
            mustAgain |= w.hasLemma("pitää") || w.hasLemma("täytyä") || w.hasLemma("joutua");
            nagging |= NAGGING.stream().anyMatch(w::hasLemma);
        }
        String first = words.get(0).lower();
        String second = words.size() > 1 ? words.get(1).lower() : "";
        return demonstrative && intensifier || intensifier && words.size() <= 3
                || demonstrative && possible && words.size() <= 6 && (first.equals("miten") || first.equals("kuinka"))
                // "Onks tää joku vitsi?": mockery
                || demonstrative && joke
                // "Kuka tämän keksi?": blame for what was done
                || first.equals("kuka") && demonstrative && past && words.size() <= 4
                // "Kuinka monta kertaa tästä pitää vielä valittaa?": exasperation
                || times && still && mustAgain && nagging && (first.equals("montako") || first.equals("kuinka") && second.equals("monta"));
    }

    /** What a customer has to do again and again: "Kuinka monta kertaa pitää vielä soittaa?" */
    private static final Set<String> NAGGING = Set.of("valittaa", "soittaa", "kirjoittaa", "muistuttaa", "pyytää",
            "kysyä", "ilmoittaa", "selittää", "odottaa", "reklamoida");

    /** Question words that take the rhetorical -pa/-pä: "kukapa", "mikäpä", "mitäpä", "kenenpä", "missäpä". */
    private static final Set<String> ROLE_QUESTION_WORDS = Set.of("kuka", "kenen", "ketä", "kenelle", "mikä", "mitä",
            "missä", "mistä", "mihin", "miksi", "miten", "kuinka", "milloin", "minkä");

    /** Nouns that name a sum: "Mikä on salin vuokra?", "Mikä on kuukausimaksu?" (but not "maksutapa"). */
    private static final Set<String> PRICED = Set.of("hinta", "kustannus", "maksu", "vuokra", "palkkio", "korko");

    /** A price word, alone or as the head of a compound ("kuukausimaksu", "vuokrahinta"). */
    private static boolean pricedThing(Token x) {
        return x.hasReading(a -> "nimisana".equals(a.wordClass()) && (PRICED.contains(a.baseform())
                || !a.compoundParts().isEmpty() && PRICED.contains(a.compoundParts().get(a.compoundParts().size() - 1))));
    }

    /** Adjectives of size after "kuinka"/"miten": the question asks a measure, not a way. */
    private static final Set<String> MEASURE = Set.of("pitkä", "suuri", "iso", "korkea", "vanha", "leveä", "syvä",
            "painava", "kallis", "pieni", "lyhyt");
    /** Words that make a measure a length of time: "toimitusaika", "kesto", "asennusjono". */
    private static final Set<String> DURATION = Set.of("aika", "kesto", "jono", "jakso", "kausi", "odotus");

    /** Postpositions that turn a question of place into one of time. */
    private static final Set<String> UNTIL = Set.of("mennessä", "asti", "saakka", "lähtien", "alkaen");

    private static boolean isCourtesy(List<Token> words) {
        String w = words.get(0).lower();
        return w.equals("kiitos") || w.equals("kiitti") || w.equals("moi") || w.equals("hei") || w.equals("terveisin")
                || w.equals("t") || w.equals("ystävällisin") || w.equals("kiittäen") || w.equals("moikka");
    }

    static boolean hasClitic(Token t) {
        if (SPOKEN_KSI.contains(t.lower())) {
            // Voikko reads "lopuks" as "loppua" + -ks and "lisäks" as "lisä" + -ks
            return false;
        }
        for (WordAnalysis a : t.analyses()) {
            if (a.question()) {
                return true;
            }
        }
        // spoken -ks ("voiks", "tuleeks") is read as the stem with the clitic when the text is
        // analysed; only without a dictionary is the ending itself the evidence
        String l = t.lower();
        boolean unknown = t.analyses().isEmpty() || t.analyses().get(0).guessed();
        if (unknown && l.length() >= 5 && (l.endsWith("sko") || l.endsWith("skö"))
                && "aeiouyäö".indexOf(l.charAt(l.length() - 4)) >= 0) {
            // spoken conditional with the clitic: "voisko", "oisko", "saisko", "pitäisko"
            return true;
        }
        return !t.analyses().isEmpty() && t.analyses().get(0).guessed() && l.length() >= 5 && l.endsWith("ks")
                && "aeiouyäö".indexOf(l.charAt(l.length() - 3)) >= 0;
    }

    /**
     * Spoken adverbs that drop the final i of -ksi ("Ja lopuks, mun tili vaihtui…", "viimeks",
     * "lisäks"): the same ending as the spoken question clitic, but they ask nothing.
     */
    private static final Set<String> SPOKEN_KSI = Set.of("aluks", "lopuks", "viimeks", "ensiks", "toiseks",
            "kolmanneks", "neljänneks", "lisäks", "vihdoks", "ensinnäks", "muuks", "paremmaks", "huonommaks",
            "valitettavaks", "onneks", "ikäväks", "harmiks", "yllätyks", "tiedoks");

    private static boolean isConditional2p(Token t) {
        for (WordAnalysis a : t.analyses()) {
            if ("2".equals(a.person()) && "conditional".equals(a.mood())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isImperativePlural(Token t) {
        for (WordAnalysis a : t.analyses()) {
            if ("imperative".equals(a.mood()) && "2".equals(a.person()) && "plural".equals(a.number())) {
                return true;
            }
        }
        return false;
    }

    /** "Pyydän", "Toivoisin", "Haluaisin", "Pyytäisimme": the customer's own ask in the 1st person. */
    private boolean isOwnAsk(Token t) {
        for (WordAnalysis a : t.analyses()) {
            // "Hakemuksessa toivoimme…", "pyysin jo viime viikolla…": a past wish tells what happened
            boolean past = "past_imperfective".equals(a.tense());
            if ("1".equals(a.person()) && askVerbs.contains(a.baseform()) && !past
                    && ("conditional".equals(a.mood()) || a.baseform().equals("pyytää") || a.baseform().equals("toivoa"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKnowingVerb(Token t) {
        return t.hasLemma("tietää") || t.hasLemma("kertoa") || t.hasLemma("kysyä") || t.hasLemma("selvittää")
                || t.hasLemma("ihmetellä") || t.hasLemma("miettiä") || t.hasLemma("tarkistaa") || t.hasLemma("ilmoittaa");
    }
}
