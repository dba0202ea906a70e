// Inline suppressions in each comment syntax: which check on which line is silenced, and which directives are errors.
package fi.vastausbingo.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    private static final Set<String> KNOWN = Set.of("greeting", "vague-wording", "register", "unanswered-question",
            "stock-phrase", "plaintext-password", "language");

    private static Suppressions scan(String text, Suppressions.Syntax syntax) {
        return Suppressions.scan(text, syntax, KNOWN);
    }

    @Test
    void syntaxFollowsTheFileType() {
        assertEquals(Suppressions.Syntax.HASH, Suppressions.syntaxFor("fi.po"));
        assertEquals(Suppressions.Syntax.HASH, Suppressions.syntaxFor("a/messages_fi.properties"));
        assertEquals(Suppressions.Syntax.HASH, Suppressions.syntaxFor("config/locales/fi.YML"));
        assertEquals(Suppressions.Syntax.MARKUP, Suppressions.syntaxFor("mail.html"));
        assertEquals(Suppressions.Syntax.MARKUP, Suppressions.syntaxFor("README.md"));
        assertEquals(Suppressions.Syntax.MARKUP, Suppressions.syntaxFor("reply.txt"));
        assertEquals(Suppressions.Syntax.NONE, Suppressions.syntaxFor("fi.json"), "JSON has no comments");
        assertEquals(Suppressions.Syntax.NONE, Suppressions.syntaxFor("reply.eml"));
    }

    @Test
    void nextLineSkipsBlankAndCommentLinesAndCoversTheWholeEntry() {
        String po = String.join("\n",
                "# vastausbingo-disable-next-line greeting, stock-phrase -- legal wants this wording",  // 1
                "#: mail.py:12",                                                                         // 2
                "",                                                                                      // 3
                "msgid \"Welcome\"",                                                                     // 4
                "msgstr \"\"",                                                                           // 5
                "\"Hyvä asiakas,\\n\"",                                                                  // 6
                "msgid \"Other\"");                                                                      // 7
        Suppressions s = scan(po, Suppressions.Syntax.HASH);
        assertTrue(s.problems().isEmpty(), s.problems().toString());
        assertTrue(s.suppresses("greeting", 6, 4), "a finding in the entry that starts on the target line");
        assertTrue(s.suppresses("stock-phrase", 4, 0), "the target line itself");
        assertFalse(s.suppresses("vague-wording", 6, 4), "other checks still report");
        assertFalse(s.suppresses("greeting", 8, 7), "the next entry is not covered");
        assertFalse(s.suppresses("greeting", 6, 0), "a plain file has no entries: only the target line");
    }

    @Test
    void disableEnableBlocksInMarkup() {
        String md = String.join("\n",
                "<!-- vastausbingo-disable vague-wording -->",     // 1
                "Palvelumme on auki.",                              // 2
                "{# vastausbingo-disable #}",                       // 3
                "Hyvä asiakas,",                                    // 4
                "<!-- vastausbingo-enable greeting -->",            // 5
                "Hyvä asiakas, tuotteemme.",                        // 6
                "<!-- vastausbingo-enable -->",                     // 7
                "Palvelumme on kiinni. <!-- vastausbingo-disable-line -->", // 8
                "Tuotteemme.");                                     // 9
        Suppressions s = scan(md, Suppressions.Syntax.MARKUP);
        assertTrue(s.suppresses("vague-wording", 2, 0));
        assertFalse(s.suppresses("greeting", 2, 0), "only vague-wording is off on line 2");
        assertTrue(s.suppresses("greeting", 4, 0), "everything is off from line 3");
        assertFalse(s.suppresses("greeting", 6, 0), "greeting is back on after enable greeting");
        assertTrue(s.suppresses("vague-wording", 6, 0));
        assertTrue(s.suppresses("stock-phrase", 6, 0));
        assertTrue(s.suppresses("register", 8, 0), "disable-line without ids: every check on its own line");
        assertFalse(s.suppresses("vague-wording", 9, 0), "enable without ids ends every block");
    }

    @Test
    void anUnclosedDisableRunsToTheEnd() {
        Suppressions s = scan("# vastausbingo-disable register\na: b\nc: d\n", Suppressions.Syntax.HASH);
        assertTrue(s.suppresses("register", 3, 0));
        assertTrue(s.suppresses("register", 999, 0));
        assertFalse(s.suppresses("greeting", 3, 0));
    }

    @Test
    void unknownChecksAreProblemsWithTheirLine() {
        Suppressions s = scan("a=b\n# vastausbingo-disable-next-line greting\nc=d\n", Suppressions.Syntax.HASH);
        assertEquals(1, s.problems().size());
        assertEquals(2, s.problems().get(0).line());
        assertTrue(s.problems().get(0).message().startsWith("unknown check \"greting\""), s.problems().get(0).message());
        assertFalse(s.suppresses("greeting", 3, 0), "a broken directive suppresses nothing");
    }

    @Test
    void directivesOutsideCommentsOrNotFirstInTheCommentDoNothing() {
        String txt = "Hei, tässä ohje: kirjoita vastausbingo-disable-next-line greeting kommenttiin.\nHyvä asiakas,\n"
                + "<!-- muistiinpano: vastausbingo-disable-next-line greeting -->\nHyvä asiakas,\n";
        Suppressions s = scan(txt, Suppressions.Syntax.MARKUP);
        assertFalse(s.suppresses("greeting", 2, 0));
        assertFalse(s.suppresses("greeting", 4, 0));
        Suppressions hashInMarkup = scan("# vastausbingo-disable\nHyvä asiakas,\n", Suppressions.Syntax.MARKUP);
        assertFalse(hashInMarkup.suppresses("greeting", 2, 0), "a Markdown heading is not a comment");
        Suppressions json = scan("{\"_comment\": \"vastausbingo-disable\"}", Suppressions.Syntax.NONE);
        assertFalse(json.suppresses("greeting", 1, 0));
    }
}
