// Baselines: fingerprints ignore line numbers, counts excuse only known occurrences, updates keep other files, secrets stay out.
package fi.vastausbingo.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static final String TEMPLATE = "Hyvä asiakas,\n\nKiitämme yhteydenotostanne. Tilauksesi lähtee huomenna.\n\n"
            + "Terveisin\nLumo\n";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run lint(Path baseline, boolean update, Path... files) {
        List<String> args = new java.util.ArrayList<>(List.of("--no-config", "--lang", "en", "--format", "json",
                "--baseline", baseline.toString()));
        if (update) {
            args.add("--update-baseline");
        }
        for (Path f : files) {
            args.add(f.toString());
        }
        return run(args.toArray(String[]::new));
    }

    private static JsonNode json(Run r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void fingerprintIgnoresLinesCaseAndSpacingButNotTheWordsOrTheFile() {
        Finding a = Finding.of("stock-phrase", "stock-phrase", 1, 10, 30, "k", List.of(), List.of(), "Kiitämme  yhteydenotostanne");
        Finding moved = Finding.of("stock-phrase", "stock-phrase", 1, 500, 520, "k", List.of(), List.of(), "kiitämme yhteydenotostanne.");
        Finding other = Finding.of("stock-phrase", "stock-phrase", 1, 10, 30, "k", List.of(), List.of(), "Kiitämme palautteestanne");
        assertEquals(Fingerprint.of("t/a.txt", a), Fingerprint.of("t/a.txt", moved));
        assertNotEquals(Fingerprint.of("t/a.txt", a), Fingerprint.of("t/a.txt", other));
        assertNotEquals(Fingerprint.of("t/a.txt", a), Fingerprint.of("t/b.txt", a));
        assertNotEquals(Fingerprint.of("t/a.po#x", a), Fingerprint.of("t/a.po#y", a));
        assertEquals(32, Fingerprint.of("t/a.txt", a).length());
    }

    @Test
    void movingAFindingToAnotherLineKeepsItBaselined() throws IOException {
        Path t = Files.writeString(dir.resolve("vastaus.txt"), TEMPLATE);
        Path b = dir.resolve(".vastausbingo-baseline.json");
        Run first = lint(b, true, t);
        assertEquals(0, first.code(), first.err());
        int accepted = Integer.parseInt(first.err().replaceAll("(?s).*wrote (\\d+) findings.*", "$1"));
        assertTrue(accepted >= 2, first.err());
        JsonNode entries = new ObjectMapper().readTree(Files.readString(b)).get("findings");
        assertEquals("vastaus.txt", entries.get(0).get("location").asText(), "relative to the baseline's folder");
        assertFalse(Files.readString(b).contains("\"line\""), "no line numbers in the baseline");

        // lines added above and between: the same findings on other lines
        Files.writeString(t, "\n\n\nHyvä asiakas,\n\n\n\nKiitämme yhteydenotostanne. Tilauksesi lähtee huomenna.\n\n"
                + "Terveisin\nLumo\n");
        Run moved = lint(b, false, t);
        assertEquals(0, moved.code(), moved.out());
        assertEquals(accepted, json(moved).at("/summary/baselined").asInt());
        assertEquals(0, json(moved).at("/replies/0/findings").size());

        // a second copy of the phrase is new: the baseline excuses one occurrence
        Files.writeString(t, "Hyvä asiakas,\n\nKiitämme yhteydenotostanne. Kiitämme yhteydenotostanne uudelleen.\n");
        Run twice = lint(b, false, t);
        assertEquals(1, twice.code());
        assertEquals(1, json(twice).at("/replies/0/findings").size());
        assertEquals("stock-phrase", json(twice).at("/replies/0/findings/0/check").asText());
    }

    @Test
    void updateKeepsEntriesOfFilesNotLintedAndStoresOnlyRedactedSecrets() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), TEMPLATE);
        Path pw = Files.writeString(dir.resolve("pw.txt"), "Hei Matti,\n\nuusi salasanasi on: Kesä2023!x\n\nTerveisin\nLiisa\n");
        Path b = dir.resolve("baseline.json");
        assertEquals(0, lint(b, true, a, pw).code());
        String written = Files.readString(b);
        assertFalse(written.contains("Kesä2023!x"), written);
        assertTrue(written.contains("K****x"), written);
        // a pre-commit run over one file must not forget the other
        Files.writeString(a, "Hei Matti,\n\ntilauksesi lähtee huomenna.\n\nTerveisin\nLiisa\n");
        assertEquals(0, lint(b, true, a).code());
        String after = Files.readString(b);
        assertTrue(after.contains("pw.txt"), after);
        assertFalse(after.contains("\"a.txt\""), "a.txt has no findings any more: " + after);
        assertEquals(0, lint(b, false, a, pw).code(), "pw.txt is still excused");
    }

    @Test
    void brokenOrMissingBaselineIsAConfigError() throws IOException {
        Path t = Files.writeString(dir.resolve("a.txt"), TEMPLATE);
        Run missing = lint(dir.resolve("nope.json"), false, t);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.json: no such file (create it with --update-baseline)"), missing.err());
        assertEquals("", missing.out(), "nothing is linted against a baseline that is not there");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"findings\": [\n    {\"fingerprint\": \"xyz\"}\n  ]\n}\n");
        Run r = lint(bad, false, t);
        assertEquals(2, r.code());
        assertTrue(r.err().trim().endsWith("bad.json:3: finding 1 needs a \"fingerprint\" (32 hex digits) and a \"count\" of at least 1"),
                r.err());
        Path notJson = Files.writeString(dir.resolve("nj.json"), "{\n  \"findings\": [\n  oops\n}\n");
        Run r2 = lint(notJson, false, t);
        assertEquals(2, r2.code());
        assertTrue(r2.err().contains("nj.json:3: not valid JSON"), r2.err());
        Run noFile = run("--update-baseline", t.toString());
        assertEquals(2, noFile.code());
        assertTrue(noFile.err().contains("--update-baseline needs --baseline FILE"), noFile.err());
    }
}
