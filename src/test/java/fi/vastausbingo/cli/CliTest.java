// End-to-end tests of the command line: exit codes, bad input next to good input, JSON shape, redaction.
package fi.vastausbingo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final String GOOD = "Hei Matti,\n\nlaskusi eräpäivä on nyt siirretty 15.4. asti.\n\nTerveisin\nLiisa\n";
    private static final String BAD = "Hyvä asiakkaamme,\n\nKiitämme yhteydenotostanne. Tuotteemme takuu on kaksi vuotta.\n";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void cleanReplyExitsZero() throws IOException {
        Run r = run("--lang", "en", write("good.txt", GOOD).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("0/7"), r.out());
    }

    @Test
    void replyAtTheThresholdExitsOne() throws IOException {
        Path bad = write("bad.txt", BAD);
        assertEquals(1, run(bad.toString()).code());
        assertEquals(0, run("--fail-on", "8", bad.toString()).code());
        assertEquals(1, run("lint", "--fail-on", "3", bad.toString()).code());
    }

    @Test
    void textOutputPointsAtTheWordsWithAFix() throws IOException {
        Run r = run("--lang", "en", "--no-color", write("bad.txt", BAD).toString());
        assertTrue(r.out().contains("1:1"), r.out());
        assertTrue(r.out().contains("greeting (1)"), r.out());
        assertTrue(r.out().contains("3:29") && r.out().contains("vague-wording"), r.out());
        assertTrue(r.out().contains("→ Kiitos"), r.out());
        assertFalse(r.out().contains("\u001b["), "no colours when not on a terminal");
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        Run r = run("--format", "json", "--lang", "en", write("bad.txt", BAD).toString());
        assertEquals(1, r.code());
        JsonNode root = r.json();
        assertEquals("vastausbingo", root.at("/tool/name").asText());
        JsonNode reply = root.at("/replies/0");
        assertTrue(reply.get("source").asText().endsWith("bad.txt"));
        assertEquals("fi", reply.get("language").asText());
        assertTrue(reply.get("linted").asBoolean());
        assertEquals(3, reply.get("score").asInt());
        assertEquals(7, reply.get("maxScore").asInt());
        assertEquals("typical", reply.get("band").asText());
        JsonNode f = reply.at("/findings/0");
        for (String field : new String[] {"check", "kind", "points", "line", "column", "endLine", "endColumn",
                "message", "suggestion", "evidence"}) {
            assertTrue(f.has(field), "finding field " + field + " in " + f);
        }
        assertEquals("greeting", f.get("check").asText());
        assertEquals("nameless", f.get("kind").asText());
        assertEquals(1, f.get("line").asInt());
        assertEquals(1, f.get("column").asInt());
        assertEquals(18, f.get("endColumn").asInt());
        assertTrue(reply.get("notes").isArray());
        JsonNode s = root.get("summary");
        assertEquals(1, s.get("replies").asInt());
        assertEquals(1, s.get("linted").asInt());
        assertEquals(0, s.get("unreadable").asInt());
        assertEquals(3.0, s.get("averageScore").asDouble());
        assertEquals(1, s.at("/bands/typical").asInt());
        assertEquals(1, s.at("/checks/greeting").asInt());
    }

    @Test
    void badInputsGetOneLineEachAndTheGoodFileIsStillReported() throws IOException {
        Path good = write("a-good.txt", GOOD);
        Path empty = write("b-empty.txt", "");
        Path junk = dir.resolve("c-junk.eml");
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 % 256);
        }
        Files.write(junk, bytes);
        Path truncated = write("d-truncated.eml", "From: Liisa <liisa@example.fi>\nTo: matti@example.fi\n"
                + "Subject: VS: Lasku\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"xx\"\n\n"
                + "--xx\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "Hei Matti,\n\nlasku on korjattu ja uusi er=C3=A4p=C3=A4iv=C3=A4 on 15.4.\n");
        Path missing = dir.resolve("e-missing.txt");
        Run r = run("--format", "json", "--lang", "en", good.toString(), empty.toString(), junk.toString(),
                truncated.toString(), missing.toString());
        assertEquals(2, r.code(), r.err());
        List<String> errLines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(3, errLines.size(), r.err());
        assertTrue(errLines.stream().anyMatch(l -> l.contains("b-empty.txt") && l.contains("empty")), r.err());
        assertTrue(errLines.stream().anyMatch(l -> l.contains("c-junk.eml") && l.contains("binary")), r.err());
        assertTrue(errLines.stream().anyMatch(l -> l.contains("e-missing.txt") && l.contains("no such file")), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        JsonNode root = r.json();
        assertEquals(5, root.at("/summary/replies").asInt());
        assertEquals(2, root.at("/summary/linted").asInt());
        assertEquals(3, root.at("/summary/unreadable").asInt());
        List<String> linted = new ArrayList<>();
        for (JsonNode n : root.get("replies")) {
            if (n.get("linted").asBoolean()) {
                linted.add(n.get("source").asText());
            } else {
                assertTrue(n.has("reason"), n.toString());
            }
        }
        assertTrue(linted.get(0).endsWith("a-good.txt"));
        assertTrue(linted.get(1).endsWith("d-truncated.eml"));
    }

    @Test
    void passwordsAreRedactedInTextAndJson() throws IOException {
        Path p = write("pw.txt", "Hei Matti,\n\nuusi salasanasi on: Kesä2023!x\n\nTerveisin\nLiisa\n");
        Run text = run("--lang", "en", p.toString());
        Run json = run("--format", "json", p.toString());
        assertEquals(1, text.code());
        assertFalse(text.out().contains("Kesä2023"), text.out());
        assertFalse(json.out().contains("Kesä2023"), json.out());
        assertTrue(json.out().contains("K****x"), json.out());
    }

    @Test
    void swedishReplyIsNotLintedAndNotCountedAsFinding() throws IOException {
        Path p = write("sv.txt", "Hej Anna,\n\ntack för ditt meddelande. Vi har nu rättat fakturan och den nya "
                + "förfallodagen är den 15 april. Hör gärna av dig om du har fler frågor.\n\nMed vänliga hälsningar\nEva\n");
        Run r = run("--format", "json", p.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode reply = r.json().at("/replies/0");
        assertFalse(reply.get("linted").asBoolean());
        assertEquals("sv", reply.get("language").asText());
        assertTrue(reply.get("reason").asText().contains("sv"));
    }

    @Test
    void namesInTheSignatureDoNotMakeAShortSwedishReplyFinnish() throws IOException {
        // "Jonas" and "Elin" are names Voikko knows; they must not tip a short reply to Finnish
        Path p = write("sv-short.txt", "Hej Elin,\n\nen extra nyckel kostar 45 € och kan hämtas på vårt kontor "
                + "vardagar kl. 10–15.\n\nHälsningar\nJonas / Kuusi bostäder\n");
        Run r = run("--format", "json", p.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("sv", r.json().at("/replies/0/language").asText());
        assertFalse(r.json().at("/replies/0/linted").asBoolean());
    }

    @Test
    void stdinIsRead() throws IOException {
        var saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(BAD.getBytes(StandardCharsets.UTF_8)));
            Run r = run("--format", "json", "-");
            assertEquals(1, r.code(), r.err());
            assertEquals("-", r.json().at("/replies/0/source").asText());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void originalGivesTheCustomersNameToTheSuggestion() throws IOException {
        Path orig = write("orig.eml", "From: Matti Virtanen <matti@example.fi>\nTo: tuki@example.fi\nSubject: Lasku\n"
                + "Content-Type: text/plain; charset=utf-8\n\nHei, miksi laskuni on kaksinkertainen?\n\nMatti Virtanen\n");
        Path reply = write("reply.txt", "Hei!\n\nLasku on korjattu.\n");
        Run r = run("--format", "json", "--original", orig.toString(), reply.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.json().at("/replies/0/findings/0/points").asInt());
    }

    @Test
    void conversationChecksWorkWithOriginalJsonlAndAQuotedOriginal() throws IOException {
        Path orig = write("asiakas.txt", "Moi! Milloin mun paketti tulee? Ja paljonko postikulut maksaa?\nJonna\n");
        Path reply = write("vastaus.txt", "Hei Jonna,\n\npakettinne tulee torstaina 14.3.\n\nTerveisin\nLiisa\n");
        JsonNode a = run("--format", "json", "--original", orig.toString(), reply.toString()).json().at("/replies/0");
        assertEquals(List.of("register", "unanswered-question"), checksOf(a));
        assertEquals("Ja paljonko postikulut maksaa?", findingOf(a, "unanswered-question").get("evidence").asText());

        Path jsonl = write("vienti.jsonl", "{\"id\":\"T-1\",\"reply\":\"Hei Jonna,\\n\\npakettinne tulee torstaina 14.3.\","
                + "\"customer\":\"Moi! Milloin mun paketti tulee? Ja paljonko postikulut maksaa?\\nJonna\"}\n");
        JsonNode b = run("--format", "json", jsonl.toString()).json().at("/replies/0");
        assertEquals("T-1", b.get("source").asText());
        assertEquals(List.of("register", "unanswered-question"), checksOf(b));

        Path eml = write("vastaus.eml", "From: Liisa <liisa@example.fi>\nTo: Jonna Laine <jonna@example.fi>\nSubject: Re: paketti\n"
                + "Content-Type: text/plain; charset=utf-8\n\nHei Jonna,\n\npakettinne tulee torstaina 14.3.\n\n"
                + "Terveisin\nLiisa\n\nJonna Laine <jonna@example.fi> kirjoitti 12.3.2024 klo 9.15:\n"
                + "> Moi! Milloin mun paketti tulee? Ja paljonko postikulut maksaa?\n> Jonna\n");
        Run text = run("--lang", "en", "--no-color", eml.toString());
        assertTrue(text.out().contains("\"Ja paljonko postikulut maksaa?\""), text.out());
        assertTrue(text.out().contains("register (1)"), text.out());
        assertTrue(text.out().contains("14:35"), "the unanswered question points into the quote: " + text.out());
    }

    private static List<String> checksOf(JsonNode reply) {
        List<String> out = new ArrayList<>();
        reply.get("points").fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode findingOf(JsonNode reply, String check) {
        for (JsonNode f : reply.get("findings")) {
            if (f.get("check").asText().equals(check)) {
                return f;
            }
        }
        throw new AssertionError("no " + check + " in " + reply);
    }

    @Test
    void aMailboxInsideAFolderIsReadAsAMailbox() throws IOException {
        Path box = dir.resolve("kansio");
        Files.createDirectories(box);
        Files.copy(Path.of("samples/postilaatikko.mbox"), box.resolve("vienti.mbox"));
        Files.writeString(box.resolve("luonnos.txt"), GOOD, StandardCharsets.UTF_8);
        Run r = run("--format", "json", "--fail-on", "8", box.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode s = r.json().get("summary");
        // the customer messages of the mbox are incoming, not scored; the draft beside it is scored
        assertTrue(s.get("incoming").asInt() > 0, s.toString());
        assertEquals(s.get("messagesRead").asInt(), s.get("scored").asInt() + s.get("incoming").asInt()
                + s.get("skipped").asInt() + s.get("unreadable").asInt(), s.toString());
        List<String> sources = new ArrayList<>();
        r.json().get("replies").forEach(n -> sources.add(n.get("source").asText()));
        assertTrue(sources.stream().anyMatch(x -> x.endsWith("luonnos.txt")), sources.toString());
        assertTrue(sources.stream().noneMatch(x -> x.endsWith("vienti.mbox#1")), "mbox#1 is a customer message: " + sources);
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Run r = run("--format", "yaml", "x.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("vastausbingo: "), r.err());
        assertEquals(2, run("--lang", "de", "x.txt").code());
        assertEquals(2, run().code());
    }

    @Test
    void checksAndExplainDescribeEveryImplementedCheck() {
        Run checks = run("checks", "--lang", "en");
        assertEquals(0, checks.code());
        for (String id : new String[] {"greeting", "vague-wording", "stock-phrase", "plaintext-password", "register",
                "unanswered-question"}) {
            assertTrue(checks.out().contains(id), checks.out());
        }
        Run explain = run("explain", "--lang", "en", "stock-phrase");
        assertEquals(0, explain.code());
        assertTrue(explain.out().contains("Why is this bad?"));
        assertTrue(explain.out().contains("Kiitämme saamastamme palautteesta"));
        Run unknown = run("explain", "nope");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("nope"));
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("vastausbingo "));
        Run h = run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--fail-on") && h.out().contains("explain"));
    }
}
