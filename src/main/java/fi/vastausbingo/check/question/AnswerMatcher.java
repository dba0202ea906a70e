// Decides whether a reply answers a question: topic overlap on lemmas, compound parts and synonyms, plus the kind of answer.
package fi.vastausbingo.check.question;

import fi.vastausbingo.finnish.Token;
import fi.vastausbingo.finnish.WordAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question's content words (not pronouns, auxiliaries or question words) are looked up in
 * each window of two consecutive reply sentences by every key they have: base form, compound
 * parts, derivation roots (toimitetaan ↔ toimitus, muuttua ↔ muuttaa), and synonym groups. The
 * question is answered when some window covers enough of its content (at least half of it, or
 * two words) and gives the kind of answer asked for (milloin → a time or date, paljonko → an
 * amount, montako → a number, miksi → a reason or an account of what happened).
 *
 * <p>Refinements:
 * <ul>
 *   <li>the clause that asks ("…, voisko joku lähettää uudet tunnukset?") is measured on its
 *       own as well as the whole sentence;</li>
 *   <li>a bare question ("Miks?", "Mitä vaihtoehtoja on?") or one that points back with a
 *       pronoun ("Tuleeks ne heti perille?") takes its topic from the customer's previous
 *       sentence;</li>
 *   <li>a request to act ("Pyydän palauttamaan maksun") is answered only when the reply takes
 *       up the act (the verb, a derivation, a synonymous verb; for sending, the thing sent or
 *       "liitteenä"); an act reported done ("Olemme lisänneet käyttäjän") answers a request or
 *       a "voiko…" question;</li>
 *   <li>a reply word echoing one question word does not also stand, through a synonym group,
 *       for another ("laskun" does not also answer "maksaa");</li>
 *   <li>two different compounds that only share a part (lääkärintodistus ↔ peruutustodistus)
 *       count half;</li>
 *   <li>clauses that only defer ("välitin viestisi isännöitsijälle", "asiaa selvitetään", "hän
 *       on sinuun yhteydessä huomenna") give no answer, though a sentence that also answers
 *       still shows its topic.</li>
 * </ul>
 * Long, rare words weigh more than short ones.
 */
public final class AnswerMatcher {
    private static final Pattern DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4}\\.?)?|\\d{1,2}[.:]\\d{2}|\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> WEEKDAYS_AND_MONTHS = Set.of("maanantai", "tiistai", "keskiviikko", "torstai",
            "perjantai", "lauantai", "sunnuntai", "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu",
            "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu");

    /** Share of a question's content weight a reply stretch must cover (tuned on the dev corpus). */
    static final double COVERAGE = 0.5;
    /** A request whose act the reply never names must be covered this well by its other words. */
    static final double REQUEST_COVERAGE = 0.6;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    /** Words that say where: "myymälä", "toimipiste", "osoitteessa" name a place in an answer. */
    private final Set<String> placeWords = Set.of("myymälä", "toimipiste", "konttori", "noutopiste", "osoite",
            "verkkosivu", "sivu", "sovellus", "palvelupiste", "postitse", "kassa", "vastaanotto",
            // where a delivery is: "Missä paketti on?" — "Lähetys on matkalla / perillä / varastolla"
            "matkalla", "perillä", "kuljetuksessa", "varastolla", "varastossa");
    /** Pronouns that point back to the customer's previous sentence: "Tuleeks ne perille?", "Mistä tää johtuu?" */
    private static final Set<String> ANAPHORS = Set.of("se", "ne", "tämä", "nämä", "tuo", "nuo", "tää", "tän", "tätä",
            "tästä", "tähän", "tällä", "nää", "toi", "ton", "tota", "noi");
    /** Words that make an amount question ask a price: only money answers it. */
    private static final Set<String> PRICE = Set.of("hinta", "maksaa", "maksu", "kustantaa", "kustannus", "euro", "vuokra",
            "hintainen", "kallis", "halpa", "veloittaa", "veloitus");
    /** Receiving the customer's message is not doing what it asks: "olemme vastaanottaneet pyyntönne". */
    private static final Set<String> RECEIVING = Set.of("olla", "vastaanottaa", "saada", "lukea");
    private static final Set<String> LOCAL_CASES = Set.of("sisaolento", "sisaeronto", "sisatulento", "ulkoolento",
            "ulkoeronto", "ulkotulento");
    /** Words that open a yes or a no. */
    private static final Set<String> POLAR = Set.of("kyllä", "joo", "juu", "jep", "toki", "tietysti", "tietenkin",
            "ei", "valitettavasti", "totta");
    private static final Set<String> TIME_UNITS = Set.of("minuutti", "tunti", "päivä", "arkipäivä", "vuorokausi",
            "viikko", "kuukausi", "vuosi");
    /** Kinds of answer that a reply must show in a form of its own (a time, an instruction, a place…). */
    private static final Set<String> TYPED = Set.of("time", "amount", "count", "how", "place", "reason");
    /** Kinds of answer given by a number, a date or a price. */
    private static final Set<String> MEASURED = Set.of("time", "amount", "count");
    /** Question words that take a degree word: "kuinka nopeasti", "kuinka suuri", "miten pian". */
    private static final Set<String> DEGREE_QUESTION = Set.of("kuinka", "miten", "kuinkas");
    /** Verbs of telling: a request to tell is answered by the information, not by the verb. */
    private static final Set<String> TELLING = Set.of("kertoa", "ilmoittaa", "selvittää", "tarkistaa", "vahvistaa",
            "tietää", "kysyä", "neuvoa", "ohjeistaa", "vastata");
    /** Verbs of sending: the request is met when the thing itself is in the reply or attached. */
    private static final Set<String> SENDING = Set.of("lähettää", "toimittaa", "postittaa", "sähköpostittaa", "antaa");
    /** Verbs of changing: the request is met when the reply gives the thing's new value. */
    private static final Set<String> CHANGING = Set.of("muuttaa", "siirtää", "vaihtaa", "päivittää", "lykätä", "pidentää");
    private static final Set<String> ATTACHED = Set.of("liite", "ohessa", "oheinen", "liitteenä", "ohella");
    /** "Pitääks mun…?" — "sinun pitää…", "tarvitset…": a modal of necessity answered in kind. */
    private static final Set<String> NECESSITY = Set.of("pitää", "täytyä", "tarvita", "joutua", "tulla");
    /** "Jos teillä on kysyttävää, olemme yhteydessä…", "Voit olla yhteydessä…" invite, they do not defer. */
    private static final Set<String> INVITING = Set.of("jos", "mikäli", "voit", "voitte", "voi", "voisit", "voisitte");

    /** Verbs of receiving the customer's message: "olemme vastaanottaneet", "saimme", "luin". */
    private static final Set<String> ACKNOWLEDGING = Set.of("vastaanottaa", "saada", "lukea");
    private static final Set<String> FORWARDING = Set.of("välittää");
    /** Pronouns that stand for the message forwarded: "välitimme sen eteenpäin". */
    private static final Set<String> FORWARDED_PRONOUNS = Set.of("se", "ne", "tämä", "nämä");
    private final Set<String> notContent;
    private final Map<String, Set<Integer>> synonymGroups;
    /** The synonym words of five letters or more, by their first five letters. */
    private final Map<String, List<String>> byBeginning = new HashMap<>();
    private final Set<String> timeWords;
    private final Set<String> amountWords;
    private final Set<String> reasonWords;
    private final Set<String> deferral;
    private final Set<String> deferralFuture;
    private final Set<String> forwarded;

    public AnswerMatcher(Set<String> notContent, List<List<String>> synonymGroups, Set<String> timeWords,
                         Set<String> amountWords, Set<String> reasonWords, Set<String> deferral, Set<String> deferralFuture) {
        this(notContent, synonymGroups, timeWords, amountWords, reasonWords, deferral, deferralFuture, Set.of());
    }

    /**
     * @param forwarded what a reply may pass on without answering it ("välitin viestisi…",
     *                  "välitämme kysymyksenne…")
     */
    public AnswerMatcher(Set<String> notContent, List<List<String>> synonymGroups, Set<String> timeWords,
                         Set<String> amountWords, Set<String> reasonWords, Set<String> deferral, Set<String> deferralFuture,
                         Set<String> forwarded) {
        this.notContent = notContent;
        this.synonymGroups = new HashMap<>();
        for (int g = 0; g < synonymGroups.size(); g++) {
            for (String lemma : synonymGroups.get(g)) {
                // a word may belong to several groups ("maksu": price and invoices)
                this.synonymGroups.computeIfAbsent(lemma, k -> new HashSet<>()).add(g);
            }
        }
        for (String lemma : this.synonymGroups.keySet()) {
            if (lemma.length() >= 5) {
                byBeginning.computeIfAbsent(lemma.substring(0, 5), k -> new ArrayList<>()).add(lemma);
            }
        }
        this.timeWords = timeWords;
        this.amountWords = amountWords;
        this.reasonWords = reasonWords;
        this.deferral = deferral;
        this.deferralFuture = deferralFuture;
        this.forwarded = forwarded;
    }

    /** Result of matching one question. */
    public record Match(boolean answered, boolean onlyDeferred, double coverage) {}

    /** How much of a list of content words a reply stretch covers. */
    private record Cover(double coverage, double hits) {}

    /** One reply word's lookup keys: the word itself (with derivations), its compound parts, and their synonym groups. */
    private record Keys(Token token, Set<String> lemmas, Set<String> whole, Set<String> parts, Set<String> wholeSyn,
                        Set<String> partSyn, Topical topical) {
        Keys(Token token, Set<String> lemmas, Set<String> whole, Set<String> parts, Set<String> wholeSyn,
             Set<String> partSyn) {
            this(token, lemmas, whole, parts, wholeSyn, partSyn, null);
        }
    }

    /**
     * The same keys with what can never carry a topic (short parts, question-neutral words)
     * filtered out once, for the question side of a comparison: filtering them in every
     * comparison was a quarter of the batch time.
     */
    private record Topical(String[] lemmas, String[] whole, String[] parts, String[] wholeSyn, String[] partSyn) {}

    private Topical topical(Keys k) {
        Topical t = k.topical();
        return t != null ? t : new Topical(top(k.lemmas()), top(k.whole()), top(k.parts()), top(k.wholeSyn()),
                top(k.partSyn()));
    }

    private String[] top(Set<String> keys) {
        List<String> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            if (k.length() >= 3 && !notContent.contains(k)) {
                out.add(k);
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean meets(String[] mine, Set<String> theirs) {
        for (String k : mine) {
            if (theirs.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** A stretch of the reply (two sentences) with every word's keys. */
    private final class Window {
        final List<Token> tokens;
        final List<Token> answering;
        final List<Keys> keys = new ArrayList<>();

        /**
         * @param tokens    every word of the stretch (topic)
         * @param answering the words outside deferring clauses (the kind of answer)
         */
        Window(List<Token> tokens, List<Token> answering) {
            this.tokens = tokens;
            this.answering = answering;
            for (Token t : tokens) {
                if (t.kind() == Token.Kind.NUMBER) {
                    Set<String> n = Set.of(withoutFinalDot(t.text()));
                    keys.add(new Keys(t, n, n, Set.of(), Set.of(), Set.of()));
                } else if (t.isWord()) {
                    keys.add(keysOf(t));
                }
            }
        }
    }

    public Match match(Question q, List<List<Token>> replySentences) {
        return match(q, replySentences, false);
    }

    /**
     * @param onlyOfItsKind the question is the customer's only one asking a time (or the only one
     *                      asking a price): a concrete date or sum in the reply then answers it
     */
    public Match match(Question q, List<List<Token>> replySentences, boolean onlyOfItsKind) {
        return match(q, replySentences, onlyOfItsKind, false);
    }

    /**
     * @param firstAsked the customer's first question: a terse reply that opens with a value of the
     *                   asked kind ("klo 9.", "Kuljettaja tulee torstaina.") answers it first
     */
    public Match match(Question q, List<List<Token>> replySentences, boolean onlyOfItsKind, boolean firstAsked) {
        List<Token> whole = content(q.tokens(), q.asks());
        List<Token> focus = content(q.focus(), q.asks());
        List<Token> context = contentWords(q.context());
        boolean anaphoric = false;
        for (Token t : q.focus()) {
            if (t.isWord() && (ANAPHORS.contains(t.lower()) || t.hasBaseformIn(ANAPHORS))) {
                anaphoric = true;
            }
        }
        int words = 0;
        for (Token t : focus) {
            words += auxiliary(t) ? 0 : 1;
        }
        boolean substantive = words > 0;
        boolean bare = words <= 1;
        List<Token> acts = actionVerbs(q.focus());
        boolean mustAct = q.request() && !acts.isEmpty();
        Token object = null;
        for (int i = 0; i < q.focus().size(); i++) {
            Token t = q.focus().get(i);
            if (!t.isWord()) {
                continue;
            }
            // "Kertoisitteko, aiotteko hyvittää…", "Pyydämme selvitystä…": a request to tell
            if (t.hasBaseformIn(TELLING) || t.hasClass("nimisana") && rootedIn(t, TELLING)) {
                mustAct = false;
            }
            // "Pyydämme tarjousta…", "Toivoisin kuittia…": the thing asked for
            if (object == null && q.request() && t.hasBaseformIn(Set.of("pyytää", "toivoa")) && i + 1 < q.focus().size()
                    && q.focus().get(i + 1).hasClass("nimisana") && partitive(q.focus().get(i + 1))) {
                object = q.focus().get(i + 1);
            }
        }

        Stretches st = stretches(replySentences, !REFERRAL_ANSWERS.contains(q.asks()));
        boolean sawDeferral = st.sawDeferral();
        double best = 0;
        boolean answered = false;
        for (int i = 0; i < st.windows().size() && !answered; i++) {
            Window w = st.windows().get(i);
            Cover f = cover(focus, w);
            Cover wh = cover(whole, w);
            Cover c = cover(context, w);
            best = Math.max(best, Math.max(f.coverage(), wh.coverage()));
            boolean leans = anaphoric && bare && TYPED.contains(q.asks()) && c.hits() >= 1;
            boolean topic;
            if (!substantive) {
                // "Miks?", "Mitä vaihtoehtoja on?", "Voiks joku auttaa?": the topic is in the sentence before
                topic = context.isEmpty() || c.hits() >= 1;
            } else {
                topic = f.hits() >= 2 || f.coverage() >= COVERAGE || wh.hits() >= 2 || wh.coverage() >= COVERAGE
                        || anaphoric && f.hits() >= 1 && c.hits() >= 1
                        // "Onko minulla oikeus korvaukseen? Miten haen sitä?": a verb and a pronoun; the
                        // pronoun's sentence is the topic, and the kind of answer (here instructions) decides
                        || leans
                        || q.asks().equals("complaint") && wh.hits() >= 1;
            }
            boolean actNamed = false;
            boolean actDone = false;
            boolean thingSent = false;
            for (Token a : acts) {
                actNamed |= namesVerb(a, w);
                actDone |= done(a, w);
                thingSent |= sentThing(a, q, anaphoric, context, w);
            }
            if (f.hits() < 1 && wh.hits() < 1 && substantive && !leans) {
                // coverage made of an auxiliary and half matches is no topic
                topic = false;
            }
            if (mustAct) {
                // "Pyydän palauttamaan maksun": the reply must take up the act itself
                topic = actNamed || thingSent || f.coverage() >= REQUEST_COVERAGE || wh.coverage() >= REQUEST_COVERAGE
                        // "pyydän lähettämään laskut e-laskuna" — "E-lasku on nyt otettu käyttöön": what was
                        // asked for, reported done in other words
                        || (f.coverage() >= COVERAGE || wh.coverage() >= COVERAGE) && reportsDone(w.answering);
            }
            // "Voisko joku lisätä sen?" — "Olemme lisänneet käyttäjän.": the act is done;
            // "Voiks sen lähettää mulle?" — "uusi salasanasi on…": the thing is sent
            topic |= actDone || thingSent;
            if (object != null && literal(object, w, new HashSet<>()) >= 1) {
                topic = true;
            }
            boolean kind;
            if (MEASURED.contains(q.asks())) {
                // a date, a price or a number answers only in a sentence about the question's topic
                // (or one that points back to it: "Se on perillä torstaina."), not anywhere near it
                List<Token> about = new ArrayList<>();
                for (int j = i; j <= Math.min(i + 1, st.singles().size() - 1); j++) {
                    Window sw = st.singles().get(j);
                    boolean hit = substantive ? cover(focus, sw).hits() > 0 || cover(whole, sw).hits() > 0
                            : context.isEmpty() || cover(context, sw).hits() > 0;
                    if (hit || j > i && pointsBack(sw)) {
                        about.addAll(sw.answering);
                    }
                }
                kind = givesKind(q, about);
            } else {
                kind = givesKind(q, w.answering);
            }
            if (topic && kind) {
                answered = true;
            }
        }
        if (!answered && q.asks().equals("yesno")) {
            // "Onko teillä yhteislaskutusta?" — "On, kaikki liittymät saa samalle laskulle.": a sentence
            // that opens with a yes or a no, or echoes the question's verb, answers when it also
            // takes up something of the question
            Set<String> verbs = new HashSet<>();
            for (Token t : q.focus()) {
                if (t.isWord() && QuestionFinder.hasClitic(t)) {
                    verbs.addAll(verbLemmas(t));
                }
            }
            for (Window sw : st.singles()) {
                // after a yes or a no any word of the question will do; a statement with the question's
                // verb must also name its thing ("Toimitus kestää…" does not say whether the racks do)
                boolean yesOrNo = polar(sw.answering, verbs);
                if ((yesOrNo || declares(sw.answering, verbs)) && (cover(things(focus, yesOrNo), sw).hits() >= 1
                        || !substantive && cover(context, sw).hits() >= 1)
                        // "Jätin pipon naulakkoon, onks se löytyny?" — "Joo, harmaa pipo on tallessa."
                        || yesOrNo && anaphoric && (cover(context, sw).hits() >= 1 || cover(whole, sw).hits() >= 1)) {
                    answered = true;
                    break;
                }
            }
        }
        if (!answered && (MEASURED.contains(q.asks()) || q.asks().equals("place")) && !nouns(focus).isEmpty()) {
            // "Milloin irtisanomisaika alkaa kulua?" — "Irtisanomisaika lasketaan kuukauden viimeisestä
            // päivästä": one sentence that names the thing asked about and gives the kind of answer
            // answers, though the question's verbs are said in other words
            List<Token> things = nouns(focus);
            for (Window sw : st.singles()) {
                if (cover(things, sw).hits() >= 1 && givesKind(q, sw.answering)) {
                    answered = true;
                    break;
                }
            }
        }
        if (!answered && onlyOfItsKind && (q.asks().equals("time") || q.asks().equals("amount") && asksPrice(q))) {
            // "Milloin yhteys palautuu?" — "Korjaus julkaistaan torstaina 12.6.": when the customer
            // asks only one thing of this kind, a concrete date or sum outside a deferral, in a sentence
            // that touches the question or what the customer said before it, is its answer
            for (Window sw : st.singles()) {
                if (concrete(q.asks(), sw.answering)
                        && (cover(whole, sw).hits() > 0 || cover(context, sw).hits() > 0 || opensWithNumber(sw))) {
                    answered = true;
                    break;
                }
            }
        }
        if (!answered && firstAsked && MEASURED.contains(q.asks()) && !st.singles().isEmpty()) {
            // "Mihin aikaan halli aukeaa? Onko alennusta?" — "klo 9. Eläkeläisen lippu on 4,50 €.":
            // the reply's first sentence opens with a value of the kind the first question asks
            int k = greetingOnly(st.singles().get(0).tokens) ? 1 : 0;
            if (k < st.singles().size() && opensWithValue(st.singles().get(k))) {
                List<Token> opening = st.singles().get(k).answering;
                answered = q.asks().equals("time") ? concrete("time", opening) : givesKind(q, opening);
            }
        }
        boolean deferredOnly = !answered && sawDeferral && deferralCovers(whole, context, replySentences);
        return new Match(answered, deferredOnly, best);
    }

    private static boolean hasAnyRoot(WordAnalysis a, Set<String> lemmas) {
        if (lemmas.contains(a.baseform())) {
            return true;
        }
        for (String r : a.roots()) {
            if (lemmas.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Something reported done: "on otettu käyttöön", "olemme lisänneet", "lähetin", "on nyt siirretty". */
    private static boolean reportsDone(List<Token> tokens) {
        for (Token t : tokens) {
            for (WordAnalysis a : t.analyses()) {
                boolean participle = pastParticiple(a);
                boolean past = "teonsana".equals(a.wordClass()) && "past_imperfective".equals(a.tense())
                        && ("1".equals(a.person()) || "4".equals(a.person()));
                if ((participle || past) && !a.negative() && !hasAnyRoot(a, RECEIVING)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A sentence that opens with an answer to a yes/no question: "Kyllä", "Joo", "Ei", "Valitettavasti",
     * "Onnistuu", or the question's own verb ("On,", "Kuuluu,", "Ei tarvitse").
     */
    private static boolean polar(List<Token> sentence, Set<String> verbs) {
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (POLAR.contains(t.lower()) || t.hasBaseformIn(Set.of("onnistua"))) {
                return true;
            }
            for (WordAnalysis a : t.analyses()) {
                if ("teonsana".equals(a.wordClass()) && verbs.contains(a.baseform()) && a.person() != null) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * A statement made with the question's own verb, finite: "Tarvitaanko järjestysnumero?" —
     * "Järjestysnumero tarvitaan kaikilta hakijoilta."; "Saako koiran tuoda?" — "Koiran saa tuoda
     * terassille." Not "olla" and "voida", which every other sentence has.
     */
    private static boolean declares(List<Token> sentence, Set<String> verbs) {
        for (Token t : sentence) {
            if (t.isWord() && t.hasReading(a -> "teonsana".equals(a.wordClass()) && verbs.contains(a.baseform())
                    && a.person() != null && !"olla".equals(a.baseform()) && !"voida".equals(a.baseform()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean asksPrice(Question q) {
        for (Token t : q.tokens()) {
            if (t.isWord() && hasAny(t, PRICE)) {
                return true;
            }
        }
        return false;
    }

    /** "Hei Seppo,", "Moi!": a salutation line of at most four words ending in a comma or "!". */
    private static boolean greetingOnly(List<Token> sentence) {
        if (sentence.isEmpty() || sentence.size() > 5) {
            return false;
        }
        String end = sentence.get(sentence.size() - 1).text();
        return end.equals(",") || end.equals("!");
    }

    /** The sentence's first token when it starts the answering part (no deferring clause before it), else null. */
    private static Token opening(Window sw) {
        return sw.answering.isEmpty() || sw.answering.get(0) != sw.tokens.get(0) ? null : sw.tokens.get(0);
    }

    /** "klo 9.", "14.5. alkaen", "Torstaina.", "12 henkeä": a sentence that starts with a value. */
    private static boolean opensWithValue(Window sw) {
        Token t = opening(sw);
        return t != null && (t.kind() == Token.Kind.NUMBER || t.hasClass("lukusana") || t.lower().equals("klo")
                || hasAny(t, WEEKDAYS_AND_MONTHS) || startsWithDayOrMonth(t));
    }

    /** "12,90 €, ja siihen kuuluu kahvi.": an answer said first, without repeating the question. */
    private static boolean opensWithNumber(Window sw) {
        Token t = opening(sw);
        return t != null && t.kind() == Token.Kind.NUMBER;
    }

    /** A date, a weekday or month, a clock time or a number of days or weeks; a sum of money. */
    private static boolean concrete(String asks, List<Token> sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            Token next = i + 1 < sentence.size() ? sentence.get(i + 1) : null;
            boolean number = t.kind() == Token.Kind.NUMBER || t.hasClass("lukusana");
            if (asks.equals("time")) {
                if (t.kind() == Token.Kind.NUMBER && DATE.matcher(t.text()).matches()
                        || t.isWord() && (hasAny(t, WEEKDAYS_AND_MONTHS) || startsWithDayOrMonth(t) || t.lower().equals("klo"))
                        || number && next != null && next.isWord() && hasAny(next, TIME_UNITS)) {
                    return true;
                }
            } else if (t.text().equals("€") || number && next != null && (next.text().equals("€")
                    || next.hasLemma("euro") || next.hasLemma("sentti") || next.lower().equals("snt"))) {
                return true;
            }
        }
        return false;
    }

    /** "89 €", "12 euroa", "5 %": a number that is a sum or a share, not a time. */
    private static boolean money(List<Token> window, int i) {
        Token next = i + 1 < window.size() ? window.get(i + 1) : null;
        return next != null && (next.text().equals("€") || next.text().equals("%") || next.hasLemma("euro")
                || next.hasLemma("sentti") || next.lower().equals("snt") || next.hasLemma("prosentti"));
    }

    /**
     * What a yes/no question asks about: its nouns, adjectives and names outside the local cases
     * ("Onko huoneessa jääkaappi?" asks about the fridge, not the room).
     */
    private List<Token> things(List<Token> content) {
        return things(content, false);
    }

    /**
     * @param verbs keep the content verbs too: after a "Kyllä" or "Ei tarvitse" the reply may take
     *              up what the customer wants to do rather than the thing ("Pitääkö olla asiakastili,
     *              jotta voi tilata?" — "Ei tarvitse, tilata voi myös vierailijana.")
     */
    private List<Token> things(List<Token> content, boolean verbs) {
        List<Token> out = new ArrayList<>();
        for (Token t : content) {
            if (!t.isWord() || auxiliary(t) || !verbs && t.hasClass("teonsana") && !t.hasClass("nimisana")) {
                continue;
            }
            boolean local = false;
            for (WordAnalysis a : t.analyses()) {
                local |= a.sijamuoto() != null && LOCAL_CASES.contains(a.sijamuoto());
            }
            if (!local) {
                out.add(t);
            }
        }
        return out;
    }

    /** The nouns and names among a question's content words: what it asks about. */
    private List<Token> nouns(List<Token> content) {
        List<Token> out = new ArrayList<>();
        for (Token t : content) {
            if (t.isWord() && !auxiliary(t) && (t.hasClass("nimisana") || !t.known() || t.isCapitalised()
                    && !t.hasClass("teonsana"))) {
                out.add(t);
            }
        }
        return out;
    }

    /** A sentence that opens with a pronoun pointing back: "Se on perillä torstaina.", "Hän tulee maanantaina." */
    private static boolean pointsBack(Window sw) {
        for (Token t : sw.tokens) {
            if (t.isWord()) {
                return ANAPHORS.contains(t.lower()) || t.hasBaseformIn(ANAPHORS) || t.hasBaseformIn(Set.of("hän", "he"));
            }
        }
        return false;
    }

    /** The reply's two-sentence windows (deferring clauses kept out of the answering part). */
    private record Stretches(List<Window> windows, List<Window> singles, boolean sawDeferral) {}

    // one reply is matched against every question of its customer: build its windows once
    // (two per reply: with pointer clauses and without, see dropReferrals)
    private final ThreadLocal<Map<List<List<Token>>, Stretches[]>> stretchMemo =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    /**
     * @param dropReferrals keep clauses that only point elsewhere ("Ehdot löytyvät sivuiltamme") out
     *                      of the reply: they answer "where" and "how", not whether, when or how much
     */
    private Stretches stretches(List<List<Token>> replySentences, boolean dropReferrals) {
        Stretches[] both = stretchMemo.get().computeIfAbsent(replySentences, k -> new Stretches[2]);
        int slot = dropReferrals ? 1 : 0;
        if (both[slot] != null) {
            return both[slot];
        }
        List<List<Token>> sentences = new ArrayList<>();
        List<List<Token>> answeringParts = new ArrayList<>();
        boolean sawDeferral = false;
        for (List<Token> s : replySentences) {
            List<Token> kept = new ArrayList<>();
            List<Token> shown = new ArrayList<>();
            boolean acknowledged = false;
            boolean saidBack = false;
            for (List<Token> clause : clauses(s)) {
                // "…haluatte tietää, kuuluvatko liinavaatteet vuokraan ja saako huvilaan ottaa koiran": the
                // indirect questions chained after a restated one are said back too
                boolean restated = restates(clause) || saidBack && asksOnward(clause);
                saidBack = restated;
                boolean deferral = isDeferral(clause);
                sawDeferral |= deferral;
                if (!deferral && (restated || hedges(clause) || praises(clause))) {
                    // "Ymmärrämme, että haluatte tietää, voiko…", "Hinnat vaihtelevat mallin mukaan", "X on
                    // tärkeä osa…": the question said back, "it depends" or "it matters" answers nothing,
                    // and its words are no topic for the rest of the sentence
                    continue;
                }
                shown.addAll(clause);
                if (deferral) {
                    continue;
                } else if (dropReferrals && isReferral(clause)) {
                    // "…, jonka löydätte Omat tilaukset -sivulta": only the pointing relative clause goes
                    for (List<Token> part : relativeParts(clause)) {
                        if (!isReferral(part)) {
                            kept.addAll(part);
                        }
                    }
                } else if (acknowledges(clause)) {
                    // "Olemme vastaanottaneet viestinne": receiving the message answers nothing,
                    // though it still names the topic ("…irtisanomisilmoituksenne")
                    acknowledged = true;
                } else {
                    kept.addAll(clause);
                }
            }
            if (!kept.isEmpty() || acknowledged) {
                sentences.add(shown);
                answeringParts.add(kept);
            }
        }
        List<Window> windows = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> tokens = new ArrayList<>(sentences.get(i));
            List<Token> answering = new ArrayList<>(answeringParts.get(i));
            if (i + 1 < sentences.size()) {
                tokens.addAll(sentences.get(i + 1));
                answering.addAll(answeringParts.get(i + 1));
            }
            windows.add(new Window(tokens, answering));
        }
        List<Window> singles = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            singles.add(new Window(sentences.get(i), answeringParts.get(i)));
        }
        both[slot] = new Stretches(windows, singles, sawDeferral);
        return both[slot];
    }

    private List<Token> content(List<Token> tokens, String asks) {
        List<Token> content = distinct(contentWords(tokens));
        for (int i = 0; i + 1 < tokens.size(); i++) {
            // "kuinka nopeasti", "kuinka suuri", "miten pian": the degree word belongs to the question word
            Token next = tokens.get(i + 1);
            if (tokens.get(i).isWord() && DEGREE_QUESTION.contains(tokens.get(i).lower()) && next.isWord()
                    && !next.hasClass("nimisana") && !next.hasClass("teonsana")) {
                content.remove(next);
            }
        }
        if (asks.equals("yesno")) {
            // "Pitääkö minun olla kotona?" — "Sinun pitää olla paikalla.": the asked verb is the topic
            for (Token t : tokens) {
                // "Voiko…", "voisko joku…" only frame the question or request: the verb after it is the topic
                boolean frame = t.hasBaseformIn(Set.of("voida")) || t.lower().startsWith("vois");
                if (QuestionFinder.hasClitic(t) && !content.contains(t) && !frame) {
                    content.add(t);
                }
            }
        }
        return content;
    }

    /**
     * One token per base form: "Voiko tilille tehdä siirron omalta tililtäni?" names the account
     * twice, and a reply that only mentions the account meets one word of the question, not two.
     */
    private static List<Token> distinct(List<Token> content) {
        List<Token> out = new ArrayList<>(content.size());
        Set<String> seen = new HashSet<>();
        for (Token t : content) {
            String key = t.kind() == Token.Kind.NUMBER || t.analyses().isEmpty() ? t.lower()
                    : t.analyses().get(0).baseform();
            if (seen.add(key)) {
                out.add(t);
            }
        }
        return out;
    }

    /** A question's modal or auxiliary with the clitic ("Onko", "Pitääkö", "voisko"): it counts a little, never as a hit. */
    private boolean auxiliary(Token t) {
        return QuestionFinder.hasClitic(t) && (notContent.contains(t.lower()) || t.hasBaseformIn(notContent));
    }

    /** Verbs the question asks to be done: "Pyydän palauttamaan…", "Voisko joku lähettää…". */
    private List<Token> actionVerbs(List<Token> focus) {
        List<Token> out = new ArrayList<>();
        for (Token t : focus) {
            if (!t.isWord() || notContent.contains(t.lower()) || t.hasClass("asemosana")) {
                continue;
            }
            for (WordAnalysis a : t.analyses()) {
                // the A-infinitive ("lähettää") or the MA-infinitive of purpose ("palauttamaan"),
                // not the progressive "olen vaihtamassa"
                boolean infinitive = "A-infinitive".equals(a.mood())
                        || "MA-infinitive".equals(a.mood()) && "sisatulento".equals(a.sijamuoto())
                        // "Lähettäkää minulle uusi kortti.", "Korjatkaa lasku.": the act asked in the imperative
                        || "imperative".equals(a.mood()) && "2".equals(a.person()) && "plural".equals(a.number());
                if ("teonsana".equals(a.wordClass()) && infinitive && !notContent.contains(a.baseform())) {
                    out.add(t);
                    break;
                }
            }
        }
        return out;
    }

    /** The reply names the act: the verb itself or a derivation (tilata ↔ tilaus), or a verb of its synonym group. */
    private boolean namesVerb(Token verb, Window w) {
        Set<String> lemmas = verbLemmas(verb);
        Set<String> syn = synonymKeys(lemmas);
        for (Keys k : w.keys) {
            for (String lemma : lemmas) {
                String stem = verbStem(lemma);
                if (k.whole().contains(lemma) || k.parts().contains(lemma) || stem != null && k.whole().contains(stem)) {
                    return true;
                }
            }
            if (k.token().hasClass("teonsana") && meets(syn, k.wholeSyn())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> verbLemmas(Token verb) {
        Set<String> lemmas = new HashSet<>();
        for (WordAnalysis v : verb.analyses()) {
            if ("teonsana".equals(v.wordClass())) {
                lemmas.add(v.baseform());
            }
        }
        return lemmas;
    }

    /**
     * For sending ("lähettää uudet tunnukset", "voiks sen lähettää"), the reply that holds the
     * thing ("Uudet tunnuksenne ovat…", "uusi salasanasi on…") or says it is attached ("ohessa").
     */
    private boolean sentThing(Token verb, Question q, boolean anaphoric, List<Token> context, Window w) {
        boolean sending = false;
        boolean changing = false;
        for (String lemma : verbLemmas(verb)) {
            sending |= SENDING.contains(lemma);
            changing |= CHANGING.contains(lemma);
        }
        if (changing) {
            return changedThing(verb, q, w);
        }
        if (!sending) {
            return false;
        }
        for (Token t : w.tokens) {
            if (t.isWord() && (ATTACHED.contains(t.lower()) || t.hasBaseformIn(Set.of("liite", "oheinen")))) {
                return true;
            }
        }
        // the thing to send: the first noun after the verb, or what a pronoun points back to
        int at = q.focus().indexOf(verb);
        for (int i = at + 1; i < q.focus().size(); i++) {
            Token t = q.focus().get(i);
            if (!t.isWord()) {
                continue;
            }
            if (anaphoric && (ANAPHORS.contains(t.lower()) || t.hasBaseformIn(ANAPHORS))) {
                break;
            }
            if (t.hasClass("nimisana") && !notContent.contains(t.lower()) && !t.hasBaseformIn(notContent)) {
                return literal(t, w, new HashSet<>()) >= 1;
            }
        }
        return anaphoric && cover(context, w).hits() >= 1;
    }

    /**
     * For changing ("siirtämään eräpäivää", "vaihtamaan osoitteen"), the reply that gives the new
     * value of the thing: "Uusi eräpäivä on 28.6.", "uusi osoitteesi on päivitetty".
     */
    private boolean changedThing(Token verb, Question q, Window w) {
        int at = q.focus().indexOf(verb);
        for (int i = at + 1; i < q.focus().size(); i++) {
            Token t = q.focus().get(i);
            if (t.isWord() && t.hasClass("nimisana") && !notContent.contains(t.lower()) && !t.hasBaseformIn(notContent)) {
                for (int j = 0; j + 1 < w.tokens.size(); j++) {
                    if (w.tokens.get(j).hasLemma("uusi")
                            && literal(t, new Window(List.of(w.tokens.get(j + 1)), List.of()), new HashSet<>()) >= 1) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean rootedIn(Token t, Set<String> lemmas) {
        for (WordAnalysis a : t.analyses()) {
            for (String r : a.roots()) {
                if (lemmas.contains(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean partitive(Token t) {
        return t.hasReading(a -> "osanto".equals(a.sijamuoto()));
    }

    /** The reply reports the act as done: a past tense or a past participle of the verb or a synonym. */
    private boolean done(Token verb, Window w) {
        Keys want = keysOf(verb);
        for (Token r : w.answering) {
            if (!r.isWord()) {
                continue;
            }
            for (WordAnalysis a : r.analyses()) {
                boolean past = "past_imperfective".equals(a.tense()) || pastParticiple(a);
                if (!past) {
                    continue;
                }
                Set<String> have = new HashSet<>(a.compoundParts());
                have.add(a.baseform());
                if (meets(have, want.whole()) || meets(synonymKeys(have), want.wholeSyn())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A deferral sentence that speaks about the question's topic: "välitin laskua koskevan kysymyksesi eteenpäin". */
    private boolean deferralCovers(List<Token> content, List<Token> context, List<List<Token>> replySentences) {
        for (List<Token> s : replySentences) {
            if (isDeferral(s)) {
                Window w = new Window(s, s);
                if (cover(content, w).hits() > 0 || cover(context, w).hits() > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    List<Token> contentWords(List<Token> sentence) {
        List<Token> out = new ArrayList<>();
        for (Token t : sentence) {
            if (t.kind() == Token.Kind.NUMBER) {
                out.add(t);
                continue;
            }
            if (!t.isWord() || t.text().length() < 2) {
                continue;
            }
            boolean skip = notContent.contains(t.lower());
            for (WordAnalysis a : t.analyses()) {
                if (notContent.contains(a.baseform()) || "asemosana".equals(a.wordClass())
                        || "sidesana".equals(a.wordClass()) || "kieltosana".equals(a.wordClass())) {
                    skip = true;
                }
            }
            if (!skip) {
                out.add(t);
            }
        }
        return out;
    }

    /** Longer words say more about the topic than short ones; a question's modal verb ("Pitääkö…") little. */
    private double weight(Token t) {
        if (auxiliary(t)) {
            return 0.5;
        }
        int n = t.text().length();
        double w = n >= 9 ? 1.5 : n >= 5 ? 1.0 : 0.6;
        if (t.kind() == Token.Kind.NUMBER) {
            w = 1.2;
        }
        return w;
    }

    /**
     * Each content word's best match in the window. Literal matches (word, derivation, compound
     * part) come first; a synonym match may not use a reply word that already echoes another
     * question word literally.
     */
    private Cover cover(List<Token> content, Window w) {
        double total = 0;
        double covered = 0;
        double hits = 0;
        double[] score = new double[content.size()];
        Set<Token> echoed = new HashSet<>();
        for (int i = 0; i < content.size(); i++) {
            Token t = content.get(i);
            total += weight(t);
            score[i] = literal(t, w, echoed);
        }
        for (int i = 0; i < content.size(); i++) {
            if (score[i] < 1) {
                score[i] = Math.max(score[i], synonym(content.get(i), w, echoed));
            }
            Token t = content.get(i);
            covered += score[i] * weight(t);
            if (!auxiliary(t)) {
                hits += score[i];
            }
        }
        return new Cover(total == 0 ? 0 : covered / total, hits);
    }

    private double literal(Token t, Window w, Set<Token> echoed) {
        if (t.kind() == Token.Kind.NUMBER) {
            String n = withoutFinalDot(t.text());
            for (Keys k : w.keys) {
                if (k.whole().contains(n)) {
                    echoed.add(k.token());
                    return 1;
                }
            }
            return 0;
        }
        if (auxiliary(t)) {
            // "Onko…" meets any "on"; "Pitääks mun…?" meets "sinun pitää…" or "tarvitset…"
            boolean necessity = t.hasBaseformIn(NECESSITY);
            for (Keys k : w.keys) {
                for (WordAnalysis a : t.analyses()) {
                    if (k.lemmas().contains(a.baseform())) {
                        return 1;
                    }
                }
                if (necessity && k.token().isWord() && k.token().hasBaseformIn(NECESSITY)
                        && k.token().hasClass("teonsana")) {
                    return 1;
                }
            }
            return 0;
        }
        Keys q = keysOf(t);
        Topical qt = topical(q);
        boolean clitic = QuestionFinder.hasClitic(t);
        double best = 0;
        for (Keys k : w.keys) {
            double s = 0;
            if (clitic && meets(qt.lemmas(), k.lemmas())
                    || meets(qt.whole(), k.whole()) || meets(qt.parts(), k.whole()) || meets(qt.whole(), k.parts())) {
                s = 1;
            } else if (!t.known() && t.text().length() >= 5 && similarToAny(t.lower(), k.whole())) {
                // spoken or misspelt forms ("löytyny") meet a reply word by a long shared beginning
                s = 1;
            } else if (meets(qt.parts(), k.parts())) {
                s = 0.5;
            }
            if (s > 0) {
                echoed.add(k.token());
            }
            best = Math.max(best, s);
        }
        return best;
    }

    private double synonym(Token t, Window w, Set<Token> echoed) {
        if (t.kind() == Token.Kind.NUMBER || auxiliary(t)) {
            return 0;
        }
        Keys q = keysOf(t);
        Topical qt = topical(q);
        double best = 0;
        for (Keys k : w.keys) {
            if (echoed.contains(k.token())) {
                continue;
            }
            if (meets(qt.wholeSyn(), k.wholeSyn()) || meets(qt.partSyn(), k.wholeSyn()) || meets(qt.wholeSyn(), k.partSyn())) {
                return 1;
            }
            if (meets(qt.partSyn(), k.partSyn())) {
                best = 0.5;
            }
        }
        return best;
    }

    private boolean similarToAny(String form, Set<String> keys) {
        for (String k : keys) {
            if (!k.startsWith("#") && !notContent.contains(k) && similar(form, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean meets(Set<String> mine, Set<String> theirs) {
        for (String k : mine) {
            // tiny parts ("u", "us") and question-neutral words carry no topic
            if (k.length() >= 3 && !notContent.contains(k) && theirs.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Two forms that share all but their last three letters, and at least five. */
    private static boolean similar(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int p = 0;
        while (p < n && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        return p >= 5 && p >= a.length() - 3 && p >= b.length() - 3;
    }

    // Keys of a word are asked for every question, window and content word; computing them once
    // per token (per thread, dropped by forget() after each reply) took the check from two
    // thirds of the batch time to a small share.
    private final ThreadLocal<Map<Token, Keys>> memo = ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    /** How many keys and windows this thread still holds (for the test that forget() leaves none). */
    int remembered() {
        return memo.get().size() + stretchMemo.get().size();
    }

    /** Drops the memoised keys and windows of the reply just matched. */
    public void forget() {
        memo.get().clear();
        stretchMemo.get().clear();
    }

    private Keys keysOf(Token t) {
        Map<Token, Keys> m = memo.get();
        Keys k = m.get(t);
        if (k == null) {
            k = computeKeys(t);
            m.put(t, k);
        }
        return k;
    }

    private Keys computeKeys(Token t) {
        Set<String> lemmas = new HashSet<>();
        Set<String> whole = new HashSet<>();
        Set<String> parts = new HashSet<>();
        whole.add(t.lower());
        for (WordAnalysis a : readings(t)) {
            String b = a.baseform().toLowerCase(Locale.ROOT);
            lemmas.add(b);
            whole.add(b);
            if (a.compoundParts().size() <= 1) {
                // derivation roots of a simple word: toimitus ← toimittaa
                whole.addAll(a.roots());
            } else {
                // parts of a compound, or of a form Voikko splits (lisännyt → lisätä), and runs of
                // neighbouring parts (kanta-asiakasohjelma → kanta-asiakas, asiakasohjelma)
                List<String> cp = a.compoundParts();
                parts.addAll(cp);
                parts.addAll(a.roots());
                for (int i = 0; i < cp.size(); i++) {
                    StringBuilder plain = new StringBuilder(cp.get(i));
                    StringBuilder dashed = new StringBuilder(cp.get(i));
                    for (int j = i + 1; j < cp.size() && j - i < cp.size() - 1; j++) {
                        plain.append(cp.get(j));
                        dashed.append('-').append(cp.get(j));
                        parts.add(plain.toString());
                        parts.add(dashed.toString());
                    }
                }
            }
            String stem = "teonsana".equals(a.wordClass()) ? verbStem(b) : null;
            if (stem != null) {
                whole.add(stem);
            }
        }
        if (t.analyses().isEmpty() || !t.known()) {
            // unknown words (brands, codes, spoken forms) compare by a stem, and meet a synonym group by it
            String l = t.lower();
            whole.add(l.length() > 5 ? l.substring(0, l.length() - 2) : l);
            int dash = l.lastIndexOf('-');
            if (dash > 0 && l.length() - dash > 4) {
                // a hyphenated name compound the dictionary does not know ("Perus-pakettiin",
                // "Polku-reppua"): its last part, with the usual case endings cut, is a compound part
                String last = l.substring(dash + 1);
                for (int cut = 0; cut <= 3 && last.length() - cut >= 4; cut++) {
                    parts.add(last.substring(0, last.length() - cut));
                }
            }
            if (l.length() >= 5) {
                // similar() needs five shared first letters: only the group words that begin alike
                for (String lemma : byBeginning.getOrDefault(l.substring(0, 5), List.of())) {
                    if (similar(l, lemma)) {
                        whole.add(lemma);
                    }
                }
            }
        }
        Keys k = new Keys(t, lemmas, whole, parts, synonymKeys(whole), synonymKeys(parts));
        return new Keys(t, lemmas, whole, parts, k.wholeSyn(), k.partSyn(), topical(k));
    }

    private Set<String> synonymKeys(Set<String> keys) {
        Set<String> groups = new HashSet<>();
        for (String k : keys) {
            if (notContent.contains(k)) {
                continue;
            }
            Set<Integer> g = synonymGroups.get(k);
            if (g != null) {
                for (int x : g) {
                    groups.add("#syn" + x);
                }
            }
        }
        return groups;
    }

    /** muuttaa ↔ muuttua, palauttaa ↔ palautua: verbs that differ only in the derivational vowel. */
    private static String verbStem(String baseform) {
        if (baseform.length() < 6) {
            return null;
        }
        String end = baseform.substring(baseform.length() - 2);
        if (end.equals("aa") || end.equals("ää") || end.equals("ua") || end.equals("yä")) {
            return "~" + baseform.substring(0, baseform.length() - 2);
        }
        return null;
    }

    /**
     * Main clauses: split at ";", at ", ja" / ", mutta" / ", joten", and at "ja" before a finite verb
     * ("Asentaja on teihin yhteydessä tänään ja tulee paikalle iltapäivällä").
     */
    private static List<List<Token>> clauses(List<Token> sentence) {
        List<List<Token>> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            String next = i + 1 < sentence.size() ? sentence.get(i + 1).lower() : "";
            boolean cut = t.text().equals(";") || t.text().equals(",") && (next.equals("ja") || next.equals("mutta")
                    || next.equals("joten"));
            int at = i + 1;
            if (!cut && t.lower().equals("ja") && t.isWord() && i + 1 < sentence.size() && finite(sentence.get(i + 1))
                    && (i == 0 || !sentence.get(i - 1).text().equals(","))) {
                cut = true;
                at = i;
            }
            if (cut && at > from) {
                out.add(sentence.subList(from, at));
                from = at;
            }
        }
        if (from < sentence.size()) {
            out.add(sentence.subList(from, sentence.size()));
        }
        return out;
    }

    private static boolean finite(Token t) {
        for (WordAnalysis a : t.analyses()) {
            if ("teonsana".equals(a.wordClass()) && "indicative".equals(a.mood()) && a.person() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tokens whose time does not answer "milloin": clauses told in the past ("Palautuksenne on
     * vastaanotettu 3.10." says when something else happened) and a date the customer gave
     * themselves ("viimeinen päivä 31.5.").
     */
    private static Set<Token> notWhenAsked(Question q, List<Token> window) {
        Set<Token> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        out.addAll(pastTold(q, window));
        Set<String> told = numbersOf(q);
        for (Token t : window) {
            if (t.kind() == Token.Kind.NUMBER && told.contains(withoutFinalDot(t.text()))) {
                out.add(t);
            }
        }
        return out;
    }

    /** Numbers and dates in the customer's question and the sentence before it. */
    private static Set<String> numbersOf(Question q) {
        Set<String> out = new HashSet<>();
        for (List<Token> part : List.of(q.tokens(), q.context())) {
            for (Token t : part) {
                if (t.kind() == Token.Kind.NUMBER) {
                    out.add(withoutFinalDot(t.text()));
                }
            }
        }
        return out;
    }

    /**
     * The tokens of the window's clauses told in the past ("vastaanotettiin", "on vastaanotettu"),
     * when the question itself is not about the past: their dates say when something else happened.
     */
    private static Set<Token> pastTold(Question q, List<Token> window) {
        for (Token t : q.tokens()) {
            if (t.hasReading(a -> "past_imperfective".equals(a.tense()) && a.person() != null)) {
                return Set.of();
            }
        }
        Set<Token> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Token> clause : clauses(window)) {
            boolean past = false;
            boolean present = false;
            boolean olla = false;
            boolean participle = false;
            for (Token t : clause) {
                past |= t.hasReading(a -> "past_imperfective".equals(a.tense()) && a.person() != null
                        && "teonsana".equals(a.wordClass()));
                present |= t.hasReading(a -> "present_simple".equals(a.tense()) && a.person() != null
                        && "teonsana".equals(a.wordClass()) && !"olla".equals(a.baseform()));
                olla |= t.hasReading(a -> "olla".equals(a.baseform()) && "present_simple".equals(a.tense()));
                participle |= t.hasReading(AnswerMatcher::pastParticiple);
            }
            if ((past || olla && participle) && !present) {
                out.addAll(clause);
            }
        }
        return out;
    }

    private boolean givesKind(Question q, List<Token> window) {
        switch (q.asks()) {
            case "time":
                Set<Token> skip = notWhenAsked(q, window);
                for (int i = 0; i < window.size(); i++) {
                    Token t = window.get(i);
                    if (skip.contains(t)) {
                        continue;
                    }
                    if (t.kind() == Token.Kind.NUMBER && (DATE.matcher(t.text()).matches()
                            || DIGITS.matcher(t.text()).matches() && !money(window, i))
                            || t.isWord() && (hasAny(t, timeWords) || hasAny(t, WEEKDAYS_AND_MONTHS) || startsWithDayOrMonth(t))) {
                        return true;
                    }
                }
                return false;
            case "amount":
                // "Paljonko laukku saa painaa?" — "20 kg": without a word of price any quantity answers
                boolean price = false;
                for (Token t : q.tokens()) {
                    price |= t.isWord() && hasAny(t, PRICE);
                }
                for (int i = 0; i < window.size(); i++) {
                    Token t = window.get(i);
                    if (t.text().equals("€") || t.isWord() && hasAny(t, amountWords)) {
                        return true;
                    }
                    if (!price && (t.kind() == Token.Kind.NUMBER || t.hasClass("lukusana") || t.text().equals("%"))) {
                        return true;
                    }
                    if (t.kind() == Token.Kind.NUMBER && i + 1 < window.size()
                            && (window.get(i + 1).text().equals("€") || window.get(i + 1).hasLemma("euro"))) {
                        return true;
                    }
                }
                return false;
            case "count":
                for (Token t : window) {
                    if (t.kind() == Token.Kind.NUMBER || t.hasClass("lukusana")) {
                        return true;
                    }
                }
                return false;
            case "how":
                // instructions: an imperative, a 2nd-person or passive verb, "X:n voi …", or a link;
                // or the act already done for the customer ("Poistin vanhan tunnistuksen", "Tunnukset on avattu")
                for (Token t : window) {
                    if (t.kind() == Token.Kind.URL || t.kind() == Token.Kind.EMAIL) {
                        return true;
                    }
                    for (WordAnalysis a : t.analyses()) {
                        if ("imperative".equals(a.mood()) || "2".equals(a.person()) || "4".equals(a.person())
                                || "voida".equals(a.baseform()) && "3".equals(a.person())
                                || "past_imperfective".equals(a.tense()) && "1".equals(a.person())
                                || "past_passive".equals(a.participle())) {
                            return true;
                        }
                    }
                }
                return false;
            case "place":
                return givesPlace(q, window);
            case "reason":
                // a reason word, or an account of what happened ("maksusi saapui eräpäivän jälkeen")
                for (Token t : window) {
                    if (t.isWord() && hasAny(t, reasonWords)) {
                        return true;
                    }
                    for (WordAnalysis a : t.analyses()) {
                        if ("past_imperfective".equals(a.tense()) && !a.negative() || "past_active".equals(a.participle())) {
                            return true;
                        }
                    }
                }
                return false;
            default:
                return true;
        }
    }

    /**
     * An address, a link, a named place or a postal code; for "mistä saan…" also a named
     * supplier or office ("Kiinteistöhuolto Vakaalta", "Järvenkylän kirjastosta"). When the
     * question asks for an address ("Mihin osoitteeseen…"), only an address will do.
     */
    private boolean givesPlace(Question q, List<Token> window) {
        boolean address = false;
        for (Token t : q.tokens()) {
            address |= t.isWord() && (t.hasLemma("osoite") || t.lower().startsWith("osoite"));
        }
        for (int i = 0; i < window.size(); i++) {
            Token t = window.get(i);
            boolean initial = i == 0 || window.get(i - 1).sentence() != t.sentence();
            if (t.kind() == Token.Kind.URL || t.kind() == Token.Kind.EMAIL
                    || t.kind() == Token.Kind.NUMBER && i > 0 && window.get(i - 1).isCapitalised() && window.get(i - 1).isWord()
                    || t.kind() == Token.Kind.NUMBER && POSTAL_CODE.matcher(t.text()).matches()) {
                return true;
            }
            if (address) {
                continue;
            }
            if (t.hasClass("paikannimi") || t.isWord() && hasAny(t, placeWords)
                    || t.isWord() && t.isCapitalised() && !initial && !t.hasClass("asemosana")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithDayOrMonth(Token t) {
        // "torstaisin", "maanantaiaamuna", "joulukuun alussa"
        for (String d : WEEKDAYS_AND_MONTHS) {
            if (t.lower().startsWith(d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The readings with the fewest compound parts: "verkkosivuilta" is verkkosivu + ablative,
     * not verkko + sivu + ilta.
     */
    private static List<WordAnalysis> readings(Token t) {
        int min = Integer.MAX_VALUE;
        for (WordAnalysis a : t.analyses()) {
            min = Math.min(min, a.compoundParts().size());
        }
        List<WordAnalysis> out = new ArrayList<>();
        for (WordAnalysis a : t.analyses()) {
            if (a.compoundParts().size() == min) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean hasAny(Token t, Set<String> lemmas) {
        if (lemmas.contains(t.lower())) {
            return true;
        }
        for (WordAnalysis a : readings(t)) {
            if (lemmas.contains(a.baseform())) {
                return true;
            }
            for (String p : a.compoundParts()) {
                if (lemmas.contains(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String withoutFinalDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** "välittänyt", "vastaanotettu": Voikko gives a participle its own base form, the verb among its roots. */
    private static boolean pastParticiple(WordAnalysis a) {
        return "past_active".equals(a.participle()) || "past_passive".equals(a.participle());
    }

    /** The customer's message or matter: "viestinne", "kysymyksesi", "irtisanomisilmoituksen". */
    private boolean namesMessage(WordAnalysis a) {
        return forwarded.contains(a.baseform()) || a.isCompound() && forwarded.contains(a.lastPart());
    }

    /**
     * A clause that only says the message arrived: "Olemme vastaanottaneet viestinne", "Saimme
     * kysymyksesi", "Luin palautteesi". Only the past: "Saat viestin, kun…" tells something.
     */
    boolean acknowledges(List<Token> clause) {
        boolean received = false;
        boolean message = false;
        for (Token t : clause) {
            for (WordAnalysis a : t.analyses()) {
                if (pastParticiple(a) && hasAnyRoot(a, ACKNOWLEDGING) || ACKNOWLEDGING.contains(a.baseform())
                        && "past_imperfective".equals(a.tense()) && a.person() != null) {
                    received = true;
                }
                if (namesMessage(a)) {
                    message = true;
                }
            }
        }
        return received && message;
    }

    /** A clause cut before each relative clause: "Kupit voi palauttaa maksutta" | ", jonka löydätte …". */
    private static List<List<Token>> relativeParts(List<Token> clause) {
        List<List<Token>> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < clause.size(); i++) {
            if (clause.get(i - 1).text().equals(",") && clause.get(i).isWord() && clause.get(i).hasLemma("joka")) {
                out.add(clause.subList(from, i));
                from = i;
            }
        }
        out.add(clause.subList(from, clause.size()));
        return out;
    }

    /** Verbs a reply uses to say the customer's question back: "haluatte tietää", "kysyit", "mietit". */
    private static final Set<String> ASKING = Set.of("tietää", "kysyä", "tiedustella", "miettiä", "pohtia");

    /**
     * A clause that says the customer's question back instead of answering it: an indirect question
     * ("…, voiko osakkeet siirtää", "…, kuuluvatko liinavaatteet vuokraan") after a verb of asking
     * or knowing said of the customer ("haluatte tietää", "kysyit"); the topic they wonder about
     * ("mietit asiakastietojen siirtoa", unless a colon or a number goes on to answer); or what
     * puzzles them ("asiakirjat mietityttävät teitä").
     */
    boolean restates(List<Token> clause) {
        boolean asking = false;
        boolean puzzles = false;
        boolean you = false;
        boolean wonders = false;
        boolean aboutThing = false;
        boolean tells = false;
        for (Token t : clause) {
            // "Mietit tietojen siirtoa: ne siirtyvät automaattisesti" goes on to answer
            tells |= t.kind() == Token.Kind.NUMBER || t.text().equals(":");
            if (!t.isWord()) {
                continue;
            }
            if (asking && QuestionFinder.hasClitic(t)) {
                return true;
            }
            // "Ymmärrän, että mietit asiakastietojen siirtoa": the topic of the question, said back
            aboutThing |= wonders && t.hasClass("nimisana");
            wonders |= t.hasReading(a -> "2".equals(a.person()) && WONDERING.contains(a.baseform()) && !a.negative());
            asking |= t.hasReading(a -> "2".equals(a.person()) && (ASKING.contains(a.baseform()) || "haluta".equals(a.baseform())));
            // "…ja että asiakirjat mietityttävät teitä": what puzzles the customer, said back
            puzzles |= t.hasReading(a -> PUZZLING.contains(a.baseform()) && a.person() != null && !a.negative());
            you |= YOU_PUZZLED.contains(t.lower());
        }
        return puzzles && you || aboutThing && !tells;
    }

    /** Verbs for wondering about something, said of the customer: "mietit siirtoa", "kysyitte laskusta". */
    private static final Set<String> WONDERING = Set.of("miettiä", "pohtia", "kysyä", "tiedustella");

    /**
     * "Budjetointi on tärkeä osa projektien hallintaa", "se on tärkeä kysymys", "Asiakastyytyväisyys on
     * meille tärkeää": saying that something matters answers nothing about it.
     */
    boolean praises(List<Token> clause) {
        boolean be = false;
        boolean important = false;
        for (Token t : clause) {
            // "Kyllä tukee: vastaanotto on tärkeä osa palvelua" says more than that it matters
            if (t.kind() == Token.Kind.NUMBER || t.text().equals(":") || POLAR.contains(t.lower())
                    || t.hasReading(a -> "teonsana".equals(a.wordClass()) && a.person() != null && !"olla".equals(a.baseform()))) {
                return false;
            }
            be |= t.hasReading(a -> "olla".equals(a.baseform()) && a.person() != null && !a.negative());
            important |= t.hasBaseformIn(Set.of("tärkeä"));
        }
        return be && important;
    }

    /** Verbs for what puzzles or worries someone: "laskun summa askarruttaa sinua". */
    private static final Set<String> PUZZLING = Set.of("mietityttää", "askarruttaa", "ihmetyttää", "kummastuttaa",
            "huolestuttaa", "huolettaa", "epäilyttää");
    private static final Set<String> YOU_PUZZLED = Set.of("teitä", "sinua", "teidät", "sinut");
    /** Words that open a further indirect question: "…ja mitä asiakirjoja tarvitaan". */
    private static final Set<String> INDIRECT_OPENERS = Set.of("mitä", "mikä", "mitkä", "miten", "milloin", "kuinka",
            "paljonko", "montako", "missä", "mihin", "mistä", "kuka", "ketkä", "miksi", "millainen", "kauanko",
            "minkä", "mille", "kenelle", "keneltä");

    private static final Set<String> LINKING = Set.of("ja", "sekä", "tai", "vai", "että");

    /** A clause that goes on with another indirect question: "ja saako huvilaan ottaa koiran", "vai mitä…". */
    private static boolean asksOnward(List<Token> clause) {
        for (Token t : clause) {
            if (!t.isWord() || LINKING.contains(t.lower())) {
                continue;
            }
            return QuestionFinder.hasClitic(t) || INDIRECT_OPENERS.contains(t.lower());
        }
        return false;
    }

    /** Verbs that only say it depends: "riippuu", "vaihtelee", "määräytyy". */
    private static final Set<String> HEDGING = Set.of("riippua", "vaihdella", "määräytyä");

    /**
     * "Akkujen hinnat vaihtelevat mallin mukaan", "Maksuaika riippuu käsittelyjonosta", "Bonukset
     * määräytyvät vakuutusehtojen mukaisesti": a clause whose verb only says it depends, with no value
     * and no condition spelt out.
     */
    boolean hedges(List<Token> clause) {
        boolean depends = false;
        for (Token t : clause) {
            if (t.kind() == Token.Kind.NUMBER || t.text().equals("€") || t.text().equals(":")
                    || t.isWord() && (t.lower().equals("jos") || t.lower().equals("mikäli") || t.lower().equals("kun"))) {
                return false;
            }
            depends |= t.hasReading(a -> HEDGING.contains(a.baseform()) && a.person() != null && !a.negative());
        }
        return depends;
    }

    /** Kinds of question that a pointer to a page or a document answers. */
    private static final Set<String> REFERRAL_ANSWERS = Set.of("place", "how");
    /** Where a reply points instead of answering: a page, a price list, terms, a list, an app. */
    private static final Set<String> REFERRED = Set.of("sivu", "verkkosivu", "nettisivu", "kotisivu", "sivusto",
            "verkkosivusto", "ehto", "hinnasto", "lista", "sovellus", "osoite", "ohje", "tiedote", "kartta");

    /**
     * A clause that only points to where the answer is: "Peruutusehdot löytyvät matkaehdoistamme",
     * "Allergeenit on merkitty listaan, jonka löydätte osoitteesta …", "voitte lukea lisää
     * hinnastosivultamme". A number, a date or a sum in it is an answer, not a pointer.
     */
    boolean isReferral(List<Token> clause) {
        boolean finds = false;
        boolean readMore = false;
        boolean more = false;
        boolean place = false;
        for (Token t : clause) {
            if (t.kind() == Token.Kind.NUMBER || t.text().equals("€")) {
                return false;
            }
            if (t.kind() == Token.Kind.URL) {
                place = true;
            }
            if (!t.isWord()) {
                continue;
            }
            more |= t.lower().equals("lisää") || t.hasLemma("lisätieto");
            for (WordAnalysis a : t.analyses()) {
                if ("löytyä".equals(a.baseform()) && a.person() != null
                        || "löytää".equals(a.baseform()) && ("2".equals(a.person()) || "4".equals(a.person()))) {
                    finds = true;
                }
                readMore |= "lukea".equals(a.baseform()) || "katsoa".equals(a.baseform());
                if (REFERRED.contains(a.baseform()) || a.isCompound() && REFERRED.contains(a.lastPart())) {
                    place = true;
                }
            }
        }
        return place && (finds || readMore && more);
    }

    /**
     * "Välitin asian eteenpäin", "Asia on käsittelyssä", "Selvitämme asiaa ja palaamme siihen",
     * "Välitin viestisi isännöitsijälle", "Hän on sinuun yhteydessä huomenna".
     */
    boolean isDeferral(List<Token> sentence) {
        boolean forwards = false;
        boolean forwardedThing = false;
        boolean contact = false;
        boolean contactVerb = false;
        boolean invitation = false;
        boolean habitual = false;
        for (Token t : sentence) {
            // "vuokraa tarkistetaan vuosittain", "siivotaan torstaisin": a habit, not a promise
            habitual |= t.isWord() && (t.lower().endsWith("ittain") || t.lower().endsWith("isin"));
        }
        for (Token t : sentence) {
            if (!t.isWord()) {
                continue;
            }
            invitation |= INVITING.contains(t.lower());
            if (deferral.contains(t.lower())) {
                return true;
            }
            for (WordAnalysis a : t.analyses()) {
                // the word or the head of a compound ("jatkokäsittelyyn"), not any part ("käsittelysopimus")
                if (deferral.contains(a.baseform()) || a.isCompound() && deferral.contains(a.lastPart())) {
                    return true;
                }
                if (deferralFuture.contains(a.baseform()) && a.tense() != null && !"past_imperfective".equals(a.tense())
                        && ("1".equals(a.person()) || "4".equals(a.person()) && !habitual)) {
                    return true;
                }
                // "välitin", "olemme välittäneet", "viestisi on välitetty"
                if ("välittää".equals(a.baseform()) && a.person() != null
                        || pastParticiple(a) && hasAnyRoot(a, FORWARDING)) {
                    forwards = true;
                }
                // "välitimme sen", "olemme välittäneet ne": a pronoun standing for the message
                if (namesMessage(a) || "asemosana".equals(a.wordClass()) && FORWARDED_PRONOUNS.contains(a.baseform())) {
                    forwardedThing = true;
                }
                if ("yhteys".equals(a.baseform()) && ("sisaolento".equals(a.sijamuoto()) || "osanto".equals(a.sijamuoto()))) {
                    contact = true;
                }
                if (("olla".equals(a.baseform()) || "ottaa".equals(a.baseform())) && "indicative".equals(a.mood())
                        && "present_simple".equals(a.tense()) && !a.negative()
                        && ("1".equals(a.person()) || "3".equals(a.person()))) {
                    contactVerb = true;
                }
            }
        }
        return forwards && forwardedThing || contact && contactVerb && !invitation;
    }
}
