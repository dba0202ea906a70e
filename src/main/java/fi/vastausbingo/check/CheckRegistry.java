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
import java.util.List;
import java.util.Optional;

/** All checks with their word lists loaded; immutable and shareable between threads. */
public final class CheckRegistry {
    private final List<Check> checks;

    public CheckRegistry(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The built-in checks with the word lists shipped in the jar. */
    public static CheckRegistry builtIn() {
        List<Check> list = new ArrayList<>();
        list.add(GreetingCheck.load());
        list.add(VagueWordingCheck.load());
        list.add(RegisterCheck.load());
        // the model overrides the rules only where it is sure (held-out figures: QuestionModelAccuracyTest)
        list.add(UnansweredQuestionCheck.load(MaxentSentenceClassifier.builtIn(0.8)));
        list.add(StockPhraseCheck.load());
        list.add(PlaintextPasswordCheck.load());
        return new CheckRegistry(list);
    }

    public List<Check> checks() {
        return checks;
    }

    public Optional<Check> byId(String id) {
        return checks.stream().filter(c -> c.meta().id().equals(id)).findFirst();
    }

    /** Ids of the bingo items, including those not implemented in this build (they score 0). */
    public static final List<String> BINGO_ITEMS = List.of(
            "greeting", "vague-wording", "register", "unanswered-question", "stock-phrase", "plaintext-password");
}
