// Golden-file tests of the batch reports of a small mailbox: CSV (and the mailbox summary in JSON and text).
package fi.vastausbingo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * src/test/resources/mailbox/golden.mbox: two customer messages answered (one by In-Reply-To,
 * one only by subject), one unanswered with a &lt;script&gt; in its subject, one empty message,
 * an agent whose display name has a comma and starts with "=", another whose name is an
 * &lt;img onerror&gt; tag, and a reply with a plaintext password.
 * Regenerate with {@code mvn test -Dtest=MailboxGoldenTest -Dgolden.update=true} and read the diff.
 */
class MailboxGoldenTest {
    static final String MBOX = "src/test/resources/mailbox/golden.mbox";
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final String SECRET = "Kesa2024!x";

    static CliTest.Run lint(String format) {
        return CliTest.run("--lang", "en", "--no-color", "--format", format, "--ours", "@lumo.example", MBOX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "text", "html"})
    void reportMatchesTheGoldenFile(String format) throws IOException {
        CliTest.Run r = lint(format);
        assertEquals(2, r.code(), "the empty message makes the run exit 2\n" + r.err());
        String actual = r.out().replace("\"version\" : \"" + Version.get() + "\"", "\"version\" : \"VERSION\"")
                .replace("vastausbingo " + Version.get() + "</p>", "vastausbingo VERSION</p>");
        Path golden = GOLDEN.resolve("mailbox." + (format.equals("text") ? "txt" : format));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden file " + golden);
        assertFalse(actual.contains(SECRET), "the password is redacted in " + format);
    }

    @Test
    void htmlEscapesEveryMailTextAndRunsNothing() {
        String html = lint("html").out();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        assertTrue(doc.select("script").isEmpty(), "a subject with <script> must not become a script element");
        assertTrue(doc.select("img").isEmpty(), "an agent name with <img onerror> must not become an element");
        assertTrue(doc.select("[onerror]").isEmpty());
        assertTrue(doc.text().contains("<script>alert(\"xss\")</script>"), "shown as text instead");
        assertTrue(doc.text().contains("Liisa <img src=x onerror=alert(1)>"), "shown as text instead");
        assertTrue(html.contains("K****x"), "the redacted evidence is shown");
        assertFalse(html.contains(SECRET));
        assertTrue(doc.select("link, img, iframe, object").isEmpty() && !html.contains("http://") && !html.contains("https://"),
                "self-contained: nothing loaded from elsewhere");
        assertEquals(3, doc.select("svg").size(), "score distribution, item shares, response times");
    }

    @Test
    void csvIsRfc4180WithOneRowPerReplyAndDefusedFormulas() throws IOException {
        String out = lint("csv").out();
        assertTrue(out.contains("\r\n"), "RFC 4180 line ends");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(out)).getRecords();
        assertEquals(3, rows.size(), "two replies and the unreadable message");
        CSVRecord kalle = rows.get(0);
        assertEquals(MBOX + "#2", kalle.get("source"));
        assertEquals("'=Kalle, Tuki <kalle@lumo.example>", kalle.get("agent"), "quoted comma, defused formula");
        assertEquals("2", kalle.get("greeting"));
        assertEquals("75", kalle.get("responseMinutes"));
        int sum = 0;
        for (String id : fi.vastausbingo.check.CheckRegistry.BINGO_ITEMS) {
            sum += Integer.parseInt(kalle.get(id));
        }
        assertEquals(Integer.parseInt(kalle.get("score")), sum, "points per check add up to the score");
        assertEquals("empty message", rows.get(2).get("reason"));
        assertEquals("false", rows.get(2).get("linted"));
    }
}
