// The matcher's per-reply memos are dropped after every reply, so a long batch does not grow the heap.
package fi.vastausbingo.check.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.vastausbingo.check.CheckTester;
import org.junit.jupiter.api.Test;

class AnswerMatcherMemoryTest {
    @Test
    void nothingIsKeptAfterAReply() {
        UnansweredQuestionCheck check = UnansweredQuestionCheck.load(null);
        CheckTester t = new CheckTester(check);
        // a yes/no question (windows without pointer clauses) and a where-question (windows with them)
        String customer = "Voiko tilauksen perua? Mistä löydän peruutusehdot?";
        String reply = "Hei,\n\ntilauksen voi perua. Ehdot löytyvät osoitteesta https://example.fi/ehdot.";
        assertFalse(t.run(CheckTester.valid(reply).customer(null, customer)).stream().anyMatch(f -> !f.note()));
        assertEquals(0, check.matcher().remembered());
    }
}
