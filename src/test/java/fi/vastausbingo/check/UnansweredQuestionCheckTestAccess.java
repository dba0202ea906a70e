package fi.vastausbingo.check;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Lets the answer model's test reuse the check's example pairs. */
public final class UnansweredQuestionCheckTestAccess {
    private UnansweredQuestionCheckTestAccess() {}

    public static Stream<Arguments> pairs() {
        return UnansweredQuestionCheckTest.pairs();
    }
}
