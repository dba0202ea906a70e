// The one table of checks: id → check, in the order the bingo lists them.
package fi.vastausbingo.check;

import fi.vastausbingo.check.greeting.GreetingCheck;
import fi.vastausbingo.check.password.PlaintextPasswordCheck;
import fi.vastausbingo.check.question.MaxentSentenceClassifier;
import fi.vastausbingo.check.question.UnansweredQuestionCheck;
import fi.vastausbingo.check.register.RegisterCheck;
import fi.vastausbingo.check.stock.StockPhraseCheck;
import fi.vastausbingo.check.vague.VagueWordingCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** All checks with their word lists loaded; immutable and shareable between threads. */
public final class CheckRegistry {
    private final List<Check> checks;

    public CheckRegistry(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The built-in checks with the word lists shipped in the jar. */
    public static CheckRegistry builtIn() {
        return Shipped.REGISTRY;
    }

    /**
     * The registry with only the shipped word lists, built once per process: it is immutable, and
     * parsing the lists is worth doing on one thread while Voikko loads on the other.
     */
    private static final class Shipped {
        static final CheckRegistry REGISTRY = build(List.of(), List.of());
    }

    /**
     * The built-in checks with a team's additions to the shipped word lists (from its config).
     *
     * @throws WordlistException when an extra stock phrase reuses the id of a shipped one
     */
    public static CheckRegistry builtIn(List<StockPhrases.Entry> extraPhrases, List<String> extraVagueTerms) {
        return extraPhrases.isEmpty() && extraVagueTerms.isEmpty() ? Shipped.REGISTRY : build(extraPhrases, extraVagueTerms);
    }

    private static CheckRegistry build(List<StockPhrases.Entry> extraPhrases, List<String> extraVagueTerms) {
        List<Check> list = new ArrayList<>();
        list.add(GreetingCheck.load());
        list.add(extraVagueTerms.isEmpty() ? VagueWordingCheck.load() : VagueWordingCheck.load(extraVagueTerms));
        list.add(RegisterCheck.load());
        // the model overrides the rules only where it is sure (held-out figures: QuestionModelAccuracyTest)
        list.add(UnansweredQuestionCheck.load(MaxentSentenceClassifier.lazyBuiltIn(0.8)));
        if (extraPhrases.isEmpty()) {
            list.add(StockPhraseCheck.load());
        } else {
            List<StockPhrases.Entry> all = new ArrayList<>(StockPhrases.load().entries());
            Set<String> ids = new HashSet<>();
            all.forEach(e -> ids.add(e.id()));
            for (StockPhrases.Entry e : extraPhrases) {
                if (!ids.add(e.id())) {
                    throw new WordlistException(e.file(), e.line(), "stock phrase id \"" + e.id()
                            + "\" is already used by " + StockPhrases.PATH);
                }
                all.add(e);
            }
            list.add(new StockPhraseCheck(new StockPhrases(all)));
        }
        list.add(PlaintextPasswordCheck.load());
        return new CheckRegistry(list);
    }

    public List<Check> checks() {
        return checks;
    }

    public Optional<Check> byId(String id) {
        return checks.stream().filter(c -> c.meta().id().equals(id)).findFirst();
    }

    /** The most a reply can score: the checks' caps added up (7 with every built-in check). */
    public int maxScore() {
        return checks.stream().mapToInt(c -> c.meta().maxPoints()).sum();
    }

    /**
     * This registry without the {@code disabled} checks and with the given caps: a check capped
     * at N scores at most N points and each of its findings at most N (0 keeps the findings in
     * the report without scoring them).
     */
    public CheckRegistry configured(Set<String> disabled, Map<String, Integer> points) {
        List<Check> out = new ArrayList<>();
        for (Check c : checks) {
            String id = c.meta().id();
            if (disabled.contains(id)) {
                continue;
            }
            Integer cap = points.get(id);
            out.add(cap == null || cap == c.meta().maxPoints() ? c : new Capped(c, cap));
        }
        return new CheckRegistry(out);
    }

    /** A check with its points overridden. */
    private record Capped(Check inner, int cap) implements Check {
        @Override
        public CheckMeta meta() {
            CheckMeta m = inner.meta();
            return new CheckMeta(m.id(), cap, m.kinds(), m.needsCustomer());
        }

        @Override
        public List<Finding> run(LintContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (Finding f : inner.run(ctx)) {
                out.add(f.note() || f.points() <= cap ? f : new Finding(f.check(), f.kind(), cap, f.start(), f.end(),
                        f.messageKey(), f.args(), f.suggestions(), f.evidence(), false));
            }
            return out;
        }
    }

    /** Ids of the bingo items, including those not implemented in this build (they score 0). */
    public static final List<String> BINGO_ITEMS = List.of(
            "greeting", "vague-wording", "register", "unanswered-question", "stock-phrase", "plaintext-password");
}
