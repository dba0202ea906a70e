// Tests of the organisation-level card, histogram, agents and response-time percentiles of a batch summary.
package fi.vastausbingo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.check.Finding;
import fi.vastausbingo.lint.ReplyResult;
import fi.vastausbingo.mail.Subjects;
import fi.vastausbingo.reply.SourceText;
import fi.vastausbingo.score.Band;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryCardTest {
    private static final SourceText.Position AT = new SourceText.Position(1, 1);

    /** A scored reply with a greeting of {@code greeting} kind (or none) and the other items given. */
    private static ReplyResult reply(String agent, String greeting, Long minutes, String... items) {
        Map<String, Integer> points = new LinkedHashMap<>();
        List<ReplyResult.Located> findings = new ArrayList<>();
        if (greeting != null) {
            int p = greeting.equals("missing") ? 2 : 1;
            points.put("greeting", p);
            findings.add(new ReplyResult.Located(Finding.of("greeting", greeting, p, 0, 1, "greeting." + greeting,
                    List.of(), List.of(), null), AT, AT));
        }
        for (String i : items) {
            points.put(i, 1);
            findings.add(new ReplyResult.Located(Finding.of(i, i, 1, 0, 1, i, List.of(), List.of(), null), AT, AT));
        }
        int score = points.values().stream().mapToInt(Integer::intValue).sum();
        return new ReplyResult("x#" + agent, null, "fi", true, false, null, null, score, Band.of(score), points,
                findings, List.of()).withMail(new ReplyResult.MailInfo(agent, "c", "headers", minutes));
    }

    @Test
    void itemsAtOrAboveTheThresholdMakeTheCardAndMissingGreetingsCountTwo() {
        Summary.Accumulator a = new Summary.Accumulator();
        a.mailbox();
        a.add(reply("A", "missing", 10L, "stock-phrase", "vague-wording"));
        a.add(reply("A", "missing", 20L, "stock-phrase"));
        a.add(reply("B", "nameless", 30L));
        a.add(reply("B", null, 40L, "plaintext-password"));
        Summary.Mail m = a.build(0).mail();
        Map<String, Summary.CardItem> items = new LinkedHashMap<>();
        m.card().items().forEach(i -> items.put(i.check(), i));
        assertEquals(0.75, items.get("greeting").share());
        assertEquals("missing", items.get("greeting").kind());
        assertTrue(items.get("greeting").onCard());
        assertEquals(2, items.get("greeting").points());
        assertTrue(items.get("stock-phrase").onCard(), "exactly the threshold (2 of 4) counts");
        assertFalse(items.get("vague-wording").onCard());
        assertFalse(items.get("plaintext-password").onCard());
        assertEquals(3, m.card().points());
        assertEquals("typical", m.card().band());
        assertEquals(List.of(0, 2, 0, 1, 1, 0, 0, 0), m.histogram(), "scores 4, 3, 1, 1");
        assertEquals(2, m.agents().size());
        assertEquals("A", m.agents().get(0).agent());
        assertEquals(3.5, m.agents().get(0).averageScore());
        assertEquals(Map.of("greeting", 2, "stock-phrase", 2, "vague-wording", 1), m.agents().get(0).items());
        assertEquals(20L, m.responseTimes().medianMinutes());
        assertEquals(40L, m.responseTimes().p90Minutes());
        assertEquals(4, m.responseTimes().pairs());
    }

    @Test
    void namelessGreetingsPrevailingCountOneAndAHigherThresholdEmptiesTheCard() {
        Summary.Accumulator a = new Summary.Accumulator().cardThreshold(0.9);
        a.mailbox();
        a.add(reply("A", "nameless", null, "stock-phrase"));
        a.add(reply("A", "nameless", null));
        a.add(reply("A", "missing", null));
        Summary.Mail m = a.build(0).mail();
        Summary.CardItem g = m.card().items().get(0);
        assertEquals("nameless", g.kind());
        assertEquals(1, g.points());
        assertTrue(g.onCard());
        assertEquals(1, m.card().points());
        assertEquals("personal", m.card().band());
        assertEquals(0, m.responseTimes().pairs());
        assertEquals(null, m.responseTimes().medianMinutes());
    }

    @Test
    void oldestTenUnansweredAreListedDatedFirst() {
        Summary.Accumulator a = new Summary.Accumulator();
        a.mailbox();
        for (int i = 0; i < 15; i++) {
            a.incoming("m#" + i, () -> "s", i == 0 ? null : java.time.OffsetDateTime.parse("2024-03-01T08:00+02:00").minusDays(i),
                    i, false);
        }
        a.incoming("m#answered", () -> "s", java.time.OffsetDateTime.parse("2020-01-01T08:00+02:00"), 99, true);
        Summary.Mail m = a.build(0).mail();
        assertEquals(15, m.unansweredCustomerMessages());
        assertEquals(16, m.incoming());
        assertEquals(10, m.oldestUnanswered().size());
        assertEquals("m#14", m.oldestUnanswered().get(0).source());
        assertEquals("m#5", m.oldestUnanswered().get(9).source());
    }

    @Test
    void subjectsOfUnansweredMessagesAreReadOnlyForThoseListed() {
        Summary.Accumulator a = new Summary.Accumulator();
        a.mailbox();
        int[] asked = {0};
        java.time.OffsetDateTime start = java.time.OffsetDateTime.parse("2024-01-01T08:00+02:00");
        for (int i = 0; i < 1000; i++) { // oldest first, as an export usually is
            int n = i;
            a.incoming("m#" + i, () -> {
                asked[0]++;
                return "aihe " + n;
            }, start.plusHours(i), i, false);
        }
        Summary.Mail m = a.build(0).mail();
        assertEquals(1000, m.unansweredCustomerMessages());
        assertEquals(10, asked[0]);
        assertEquals("aihe 0", m.oldestUnanswered().get(0).subject());
    }

    @Test
    void subjectsLoseReplyPrefixesCountersAndTags() {
        assertEquals("laskun eräpäivä", Subjects.normalise("VS: RE: [Tiketti #123] Laskun  eräpäivä"));
        assertEquals("laskun eräpäivä", Subjects.normalise("Re[2]: SV: Vs: Fwd: VL: FW: laskun eräpäivä"));
        assertEquals("re-kisat", Subjects.normalise("re-kisat"));
        assertTrue(Subjects.isReply("VS: Lasku"));
        assertTrue(Subjects.isReply("[Tiketti 5] Re: Lasku"));
        assertFalse(Subjects.isReply("VL: Lasku"), "a forward answers nothing");
        assertFalse(Subjects.isReply("Reklamaatio"));
    }

    @Test
    void oursMatchesAddressesAndDomains() {
        assertTrue(fi.vastausbingo.mail.Pairing.matches(List.of("@example.fi"), "Tuki@Example.fi"));
        assertTrue(fi.vastausbingo.mail.Pairing.matches(List.of("@example.fi"), "tuki@asiakas.example.fi"));
        assertFalse(fi.vastausbingo.mail.Pairing.matches(List.of("@example.fi"), "tuki@notexample.fi"));
        assertTrue(fi.vastausbingo.mail.Pairing.matches(List.of("tuki@example.fi"), "tuki@example.fi"));
        assertFalse(fi.vastausbingo.mail.Pairing.matches(List.of("tuki@example.fi"), "matti@example.fi"));
    }
}
