// The answer model as the shipped check uses it: it may drop a finding of the rules, never add one.
package fi.vastausbingo.check.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import fi.vastausbingo.check.CheckTester;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.check.UnansweredQuestionCheckTestAccess;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AnswerModelTest {
    private static final CheckTester RULES = new CheckTester(UnansweredQuestionCheck.load(null));
    private static final CheckTester SHIPPED = new CheckTester(UnansweredQuestionCheck.load(null, AnswerModel::builtIn));

    private static List<String> found(CheckTester t, String customer, String reply) {
        return t.run(CheckTester.valid(reply).customer(null, customer)).stream().filter(f -> !f.note())
                .map(Finding::evidence).toList();
    }

    @Test
    void theBuildShipsTheModel() {
        assertNotNull(AnswerModel.builtIn(), "mvn process-classes trains nlp/answer.bin from nlp/answers.tsv");
    }

    private static final String DATA_QUESTION = "Hei,\n\nkäytämme varausjärjestelmäänne. Missä maassa tietomme fyysisesti "
            + "säilytetään?\n\nTerveisin\nMari";

    @Test
    void aQuestionAnsweredInOtherWordsIsNotReported() {
        String reply = "Hei!\n\nKaikki palvelussamme oleva data säilytetään Ruotsissa sijaitsevissa konesaleissa.\n\n"
                + "Terveisin\nTuki";
        // the rules see one word of three in common and no topic; the model sees the place and the overlap
        assertEquals(List.of("Missä maassa tietomme fyysisesti säilytetään?"), found(RULES, DATA_QUESTION, reply));
        assertEquals(List.of(), found(SHIPPED, DATA_QUESTION, reply));
    }

    @Test
    void theSameQuestionWithAReplyAboutSomethingElseIsReported() {
        String reply = "Hei!\n\nKiitos viestistä. Järjestelmämme on käytössä yli sadassa yrityksessä.\n\nTerveisin\nTuki";
        assertEquals(List.of("Missä maassa tietomme fyysisesti säilytetään?"), found(SHIPPED, DATA_QUESTION, reply));
    }

    @Test
    void aReplyThatOnlyPassesTheQuestionsOnLeavesThemAllOpen() {
        String customer = "Hei, onko kuntosalilla pukuhuoneessa lukittavia kaappeja? Entä saako sinne tuoda oman pyyhkeen?";
        String reply = "Hei,\n\nkiitos viestistäsi! Välitin kysymyksesi eteenpäin ja palaamme asiaan pian.\n\nTerveisin\nKuntokeskus";
        assertEquals(List.of("Hei, onko kuntosalilla pukuhuoneessa lukittavia kaappeja?",
                "Entä saako sinne tuoda oman pyyhkeen?"), found(SHIPPED, customer, reply));
    }

    /** The rules' own examples: every one comes out the same with the model. */
    static Stream<Arguments> ruleExamples() {
        // (pairs without a customer message test the quoted original, which the model does not change)
        return Stream.concat(UnansweredQuestionCheckTestAccess.pairs(), AnswerRulesTest.cases())
                .filter(a -> a.get()[0] != null);
    }

    @ParameterizedTest(name = "[{index}] {0} → {2}")
    @MethodSource("ruleExamples")
    void theModelKeepsTheRulesExamples(String customer, String reply, List<String> expected) {
        assertEquals(expected, found(SHIPPED, customer, reply), () -> "reply:\n" + reply);
    }
}
