// The CI reporters' edge cases: workflow-command escaping, URIs of odd paths, XML-unsafe text, secrets, levels.
package fi.vastausbingo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.lint.ReplyResult;
import fi.vastausbingo.reply.SourceText.Position;
import fi.vastausbingo.score.Band;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class CiReportersTest {
    private static final Messages EN = Messages.of("en");

    /** A reply at "dir, with: odd #chars/ä.po" key "a:b,c" whose finding text carries %, newlines and a control character. */
    private static ReplyResult odd(int failOn) {
        Finding f = Finding.of("stock-phrase", "stock-phrase", 1, 0, 5, "stock-phrase.found",
                List.of("100 % varma\r\nrivi\u0007", "x"), List.of("Sano: näin, ei noin"), "100 % varma");
        Finding pw = Finding.of("plaintext-password", "plaintext-password", 1, 6, 20, "plaintext-password.value",
                List.of("salasana", "K****!"), List.of(), "salasana: K****!");
        List<ReplyResult.Located> found = List.of(new ReplyResult.Located(f, new Position(3, 4), new Position(3, 9)),
                new ReplyResult.Located(pw, new Position(4, 1), new Position(4, 15)));
        Map<String, Integer> points = new LinkedHashMap<>();
        points.put("stock-phrase", 1);
        points.put("plaintext-password", 1);
        return new ReplyResult("dir, with: odd #chars/ä.po#a:b,c", null, "fi", true, false, null, null, 2, Band.PERSONAL,
                points, found, List.of(), 7, failOn, 0, 0, "dir, with: odd #chars/ä.po", "a:b,c");
    }

    private static String render(Reporter r, List<ReplyResult> results) throws IOException {
        StringWriter w = new StringWriter();
        r.report(results, Summary.of(results), w);
        return w.toString();
    }

    @Test
    void githubEscapesPropertiesAndMessages() throws IOException {
        String out = render(new GithubReporter(EN), List.of(odd(1)));
        String first = out.lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("::error file=dir%2C with%3A odd #chars/ä.po,line=3,col=4,endLine=3,endColumn=9,"
                + "title=vastausbingo stock-phrase (1)::a:b,c: \"100 %25 varma%0D%0Arivi"), first);
        assertTrue(first.contains("Suggestion: Sano: näin, ei noin"), "commas and colons stay in the message: " + first);
        assertEquals(3, out.lines().count(), "two annotations and the summary, each on one line: " + out);
        assertEquals("a%25b%0D%0Ac%3Ad%2Ce", GithubReporter.escapeProperty("a%b\r\nc:d,e"));
        assertEquals("a%25b%0D%0Ac:d,e", GithubReporter.escapeData("a%b\r\nc:d,e"));
    }

    @Test
    void githubLevelFollowsTheThreshold() throws IOException {
        assertTrue(render(new GithubReporter(EN), List.of(odd(1))).startsWith("::error "));
        assertTrue(render(new GithubReporter(EN), List.of(odd(5))).startsWith("::warning "), "below --fail-on: a warning");
        ReplyResult unreadable = ReplyResult.unreadable("missing.po", "no such file");
        assertTrue(render(new GithubReporter(EN), List.of(unreadable)).startsWith("::error title=vastausbingo::missing.po: unreadable"));
    }

    @Test
    void sarifUrisAreValidReferences() throws IOException {
        assertEquals("dir%2C%20with%3A%20odd%20%23chars/%C3%A4.po", ReportSupport.uri("dir, with: odd #chars/ä.po"));
        assertEquals("file:///tmp/a%20b.txt", ReportSupport.uri("/tmp/a b.txt"));
        assertEquals("templates/fi.po", ReportSupport.uri("templates\\fi.po"));
        JsonNode sarif = new ObjectMapper().readTree(render(new SarifReporter(EN, "1", true), List.of(odd(1))));
        JsonNode result = sarif.at("/runs/0/results/0");
        assertEquals("dir%2C%20with%3A%20odd%20%23chars/%C3%A4.po",
                result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("a:b,c", result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
        assertEquals("new", result.get("baselineState").asText());
        assertEquals("error", result.get("level").asText());
        assertTrue(result.at("/partialFingerprints/vastausbingoFinding~1v1").asText().matches("[0-9a-f]{32}:1"), result.toString());
    }

    @Test
    void junitDropsWhatXmlCannotCarryAndStaysWellFormed() throws Exception {
        String xml = render(new JunitReporter(EN), List.of(odd(1), ReplyResult.unreadable("b<&>.txt", "binary \"data\"")));
        assertFalse(xml.contains("\u0007"));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, doc.getElementsByTagName("failure").getLength(), "one failure per finding");
        assertEquals(1, doc.getElementsByTagName("error").getLength());
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"), "failures count test cases");
        String below = render(new JunitReporter(EN), List.of(odd(5)));
        assertFalse(below.contains("<failure"), "a reply below --fail-on passes: " + below);
        assertTrue(below.contains("stock-phrase (1)"), "its findings are in system-out");
    }

    @Test
    void redactedEvidenceIsAllThereIsToShow() throws IOException {
        for (Reporter r : List.of(new GithubReporter(EN), new SarifReporter(EN, "1", false), new JunitReporter(EN),
                new JsonReporter(EN, "1"), new TextReporter(EN, false, false))) {
            String out = render(r, List.of(odd(1)));
            assertTrue(out.contains("K****!"), r.getClass().getSimpleName() + " shows the redacted value");
        }
    }
}
