// Check `unanswered-question`: a question or request in the customer's message that the reply leaves unanswered.
package fi.vastausbingo.check.question;

import fi.vastausbingo.check.Check;
import fi.vastausbingo.check.CheckMeta;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.check.LintContext;
import fi.vastausbingo.check.Resources;
import fi.vastausbingo.check.SectionedList;
import fi.vastausbingo.check.WordlistException;
import fi.vastausbingo.finnish.AnalysedText;
import fi.vastausbingo.finnish.Token;
import fi.vastausbingo.finnish.WordAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One finding per question or request of the customer that no part of the reply answers (see
 * {@link AnswerMatcher}). The finding points at the question where the reply quotes it, else at
 * the start of the reply; its evidence is the customer's sentence. Also a non-scoring note when
 * the reply does not reuse any of the customer's own key terms.
 */
public final class UnansweredQuestionCheck implements Check {
    public static final String ID = "unanswered-question";
    public static final String PATH = "wordlists/questions.txt";
    public static final String SYNONYMS = "wordlists/answer-synonyms.txt";
    private static final CheckMeta META = new CheckMeta(ID, 1, List.of(ID), true);
    private static final Set<String> SECTIONS = Set.of("interrogative", "ask-verb", "not-content", "time", "amount",
            "reason", "deferral", "deferral-future", "forwarded");

    private final QuestionFinder finder;
    private final AnswerMatcher matcher;

    public UnansweredQuestionCheck(SectionedList list, List<List<String>> synonyms, SentenceClassifier classifier) {
        Map<String, String> interrogatives = new LinkedHashMap<>();
        for (String e : list.section("interrogative")) {
            String[] p = e.split("\\s+");
            if (p.length != 2) {
                throw new WordlistException(PATH, 0, "interrogative needs a word and a kind: " + e);
            }
            interrogatives.put(p[0], p[1]);
        }
        this.finder = new QuestionFinder(interrogatives, Set.copyOf(list.section("ask-verb")), classifier);
        // question words name the kind of answer, never its topic ("Miks?", "Mitäs")
        Set<String> notContent = new HashSet<>(list.section("not-content"));
        notContent.addAll(interrogatives.keySet());
        this.matcher = new AnswerMatcher(Set.copyOf(notContent), synonyms,
                Set.copyOf(list.section("time")), Set.copyOf(list.section("amount")), Set.copyOf(list.section("reason")),
                Set.copyOf(list.section("deferral")), Set.copyOf(list.section("deferral-future")),
                Set.copyOf(list.section("forwarded")));
    }

    public static UnansweredQuestionCheck load(SentenceClassifier classifier) {
        return new UnansweredQuestionCheck(SectionedList.load(PATH, SECTIONS), loadSynonyms(), classifier);
    }

    /** One group per line, base forms separated by spaces; '#' starts a comment. */
    public static List<List<String>> loadSynonyms() {
        List<List<String>> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Resources.read(SYNONYMS).split("\n")) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<String> group = new ArrayList<>();
            for (String w : l.split("\\s+")) {
                group.add(w.toLowerCase(Locale.ROOT));
            }
            if (group.size() < 2) {
                throw new WordlistException(SYNONYMS, lineNo, "a synonym group needs at least two words");
            }
            out.add(List.copyOf(group));
        }
        return List.copyOf(out);
    }

    public QuestionFinder finder() {
        return finder;
    }

    public AnswerMatcher matcher() {
        return matcher;
    }

    @Override
    public CheckMeta meta() {
        return META;
    }

    @Override
    public List<Finding> run(LintContext ctx) {
        if (ctx.customer() == null || ctx.customer().analysed() == null) {
            return List.of();
        }
        try {
            return unanswered(ctx);
        } finally {
            matcher.forget();
        }
    }

    private List<Finding> unanswered(LintContext ctx) {
        AnalysedText customer = ctx.customer().analysed();
        List<List<Token>> reply = ctx.own().sentences();
        List<Finding> out = new ArrayList<>();
        int[] anchor = anchor(ctx);
        List<String> reported = new ArrayList<>();
        List<Question> questions = finder.find(customer);
        Map<String, Integer> kinds = new HashMap<>();
        for (Question q : questions) {
            kinds.merge(q.asks(), 1, Integer::sum);
        }
        for (Question q : questions) {
            String asked = q.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            // the same question asked twice ("… PS. Milloin paketti tulee?") is one unanswered question
            if (reported.stream().anyMatch(r -> r.contains(asked) || asked.contains(r))) {
                continue;
            }
            AnswerMatcher.Match m = matcher.match(q, reply, kinds.get(q.asks()) == 1, q == questions.get(0));
            if (m.answered()) {
                continue;
            }
            int[] span = locate(ctx, q, anchor);
            String key = m.onlyDeferred() ? "unanswered-question.deferred"
                    : q.request() ? "unanswered-question.request" : "unanswered-question.question";
            reported.add(asked);
            out.add(Finding.of(ID, ID, 1, span[0], span[1], key, List.of(q.text()),
                    List.of("Vastaa myös tähän: „" + q.text() + "“"), q.text()));
        }
        Finding note = termsNote(ctx, customer, anchor);
        if (note != null) {
            out.add(note);
        }
        return out;
    }

    /** Where a finding about the customer's text goes when the reply does not quote it: the reply's first words. */
    private static int[] anchor(LintContext ctx) {
        List<Token> t = ctx.own().tokens();
        if (t.isEmpty()) {
            return new int[] {0, 0};
        }
        return new int[] {t.get(0).start(), t.get(0).end()};
    }

    /** The question inside the reply's quoted original, when it is there. */
    private static int[] locate(LintContext ctx, Question q, int[] anchor) {
        String doc = ctx.doc().text();
        String first = q.tokens().get(0).text();
        String lastTok = q.tokens().get(q.tokens().size() - 1).text();
        int from = 0;
        while ((from = doc.indexOf(first, from)) >= 0) {
            String rest = doc.substring(from, Math.min(doc.length(), from + q.text().length() * 2 + 40))
                    .replaceAll("(?m)^[ \\t]*>+[ \\t]?", "").replaceAll("\\s+", " ");
            if (rest.startsWith(q.text())) {
                int end = doc.indexOf(lastTok, from + Math.max(0, q.text().length() - lastTok.length() - 20));
                return new int[] {from, end < 0 ? from + first.length() : end + lastTok.length()};
            }
            from += first.length();
        }
        return anchor;
    }

    /**
     * Seed 001: use the customer's own words. The customer's longest content nouns (and the
     * names they use); if the reply repeats none of them, say so.
     */
    private Finding termsNote(LintContext ctx, AnalysedText customer, int[] anchor) {
        Set<String> replyKeys = new HashSet<>();
        for (Token t : ctx.own().tokens()) {
            if (t.isWord()) {
                replyKeys.add(t.lower());
                for (WordAnalysis a : t.analyses()) {
                    replyKeys.add(a.baseform().toLowerCase(Locale.ROOT));
                    replyKeys.addAll(a.compoundParts());
                }
            }
        }
        Map<String, String> terms = new LinkedHashMap<>();
        List<Token> content = matcher.contentWords(customer.tokens());
        for (Token t : content) {
            if (!t.isWord() || t.text().length() < 6) {
                continue;
            }
            for (WordAnalysis a : t.analyses()) {
                if ("nimisana".equals(a.wordClass()) && a.possessive() == null || "nimi".equals(a.wordClass())) {
                    terms.putIfAbsent(a.baseform().toLowerCase(Locale.ROOT), t.text());
                    break;
                }
            }
        }
        if (terms.size() < 2) {
            return null;
        }
        Set<String> key = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : terms.entrySet()) {
            key.add(e.getKey());
            if (key.size() == 3) {
                break;
            }
        }
        for (String k : key) {
            if (replyKeys.contains(k)) {
                return null;
            }
        }
        return Finding.note(ID, anchor[0], anchor[1], "unanswered-question.terms", List.of(String.join(", ", key)));
    }
}
