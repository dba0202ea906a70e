// End-to-end: config precedence and errors, --keys, directive and locale-file errors, and the commands the README's CI examples run.
package fi.vastausbingo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRepoCliTest {
    private static final String STIFF = "Hyvä asiakas,\n\nKiitämme yhteydenotostanne. Tuotteemme lähtee huomenna.\n\n"
            + "Ystävällisin terveisin\nLumo\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static JsonNode json(CliTest.Run r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void aBrokenConfigStopsTheRunWithOneLine() throws IOException {
        write(".git/HEAD", "ref: main\n");
        write(".vastausbingo.yml", "products: [Lumo]\nfial-on: 2\n");
        Path t = write("templates/a.txt", STIFF);
        CliTest.Run r = CliTest.run("--lang", "en", t.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out(), "nothing is linted with a broken config");
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("vastausbingo: ") && lines.get(0).contains(".vastausbingo.yml:2: unknown key \"fial-on\""),
                lines.get(0));
    }

    @Test
    void commandLineOptionsWinOverTheConfig() throws IOException {
        Path cfg = write("ci.yml", "fail-on: 5\nlang: fi\n");
        Path t = write("a.txt", STIFF);
        CliTest.Run byConfig = CliTest.run("--config", cfg.toString(), t.toString());
        assertEquals(0, byConfig.code(), "score 3 is below the config's fail-on 5");
        assertTrue(byConfig.out().contains("Tervehdys"), "the config's lang: fi: " + byConfig.out());
        CliTest.Run byOption = CliTest.run("--config", cfg.toString(), "--fail-on", "1", "--lang", "en", t.toString());
        assertEquals(1, byOption.code());
        assertTrue(byOption.out().contains("The greeting"), byOption.out());
        CliTest.Run both = CliTest.run("--config", cfg.toString(), "--no-config", t.toString());
        assertEquals(2, both.code());
    }

    @Test
    void checksOffAndPointOverridesChangeTheScoreAndTheMaximum() throws IOException {
        Path cfg = write("c.yml", "checks:\n  greeting: off\n  stock-phrase: 0\n  vague-wording: 3\n");
        Path t = write("a.txt", STIFF);
        JsonNode reply = json(CliTest.run("--config", cfg.toString(), "--format", "json", t.toString())).at("/replies/0");
        for (JsonNode f : reply.get("findings")) {
            assertFalse(f.get("check").asText().equals("greeting"), "greeting is off: " + f);
            if (f.get("check").asText().equals("stock-phrase")) {
                assertEquals(0, f.get("points").asInt(), "reported, never scored");
            }
        }
        assertEquals(1, reply.get("score").asInt(), "only vague wording scores: " + reply);
        assertEquals(7 - 2 - 1 + 2, reply.get("maxScore").asInt(), "no greeting (2), stock phrase 0 (-1), vague wording 3 (+2)");
    }

    @Test
    void configProductsAndExtraTermsAndPhrasesAreUsed() throws IOException {
        Path cfg = write("c.yml", String.join("\n",
                "products: [Lumo Plus]",
                "vague-terms: [sovellus]",
                "placeholders: ['@@[a-z]+@@']",
                "stock-phrases:",
                "  - id: toivotamme-aurinkoista-paivaa",
                "    pattern: toivottaa aurinkoinen päivä",
                "    say: Mukavaa päivää!",
                "    bad: Toivotamme aurinkoista päivää.",
                ""));
        Path t = write("a.txt", "Hei @@etunimi@@,\n\nSovelluksemme päivittyy huomenna. Toivotamme aurinkoista päivää!\n\n"
                + "Terveisin\nLumo\n");
        JsonNode findings = json(CliTest.run("--config", cfg.toString(), "--format", "json", t.toString()))
                .at("/replies/0/findings");
        assertEquals(2, findings.size(), findings.toString());
        assertEquals("vague-wording", findings.get(0).get("check").asText());
        assertEquals("Lumo Plus", findings.get(0).get("suggestion").asText());
        assertEquals("Mukavaa päivää!", findings.get(1).get("suggestion").asText());
    }

    @Test
    void aConfigPhraseThatMissesItsOwnExampleIsAConfigError() throws IOException {
        Path cfg = write("c.yml", "stock-phrases:\n  - id: x\n    pattern: kiittää palaute\n    say: Kiitos\n"
                + "    bad:\n      - Kiitämme palautteesta.\n      - Hyvää päivänjatkoa.\n");
        CliTest.Run r = CliTest.run("--config", cfg.toString(), write("a.txt", STIFF).toString());
        assertEquals(2, r.code());
        assertTrue(r.err().trim().endsWith("c.yml:7: stock phrase x [kiittää palaute] does not match its bad example: "
                + "Hyvää päivänjatkoa."), r.err());
    }

    @Test
    void keysSelectLocaleValuesAndLintEvenShortOnes() throws IOException {
        Path json = write("fi.json", "{\"mail\": {\"subject\": \"Kiitämme yhteydenotostanne\", "
                + "\"body\": \"Hei {{nimi}},\\n\\nKiitämme yhteydenotostanne.\"}, \"ui\": {\"ok\": \"Tuotteemme ovat hyviä\"}}");
        JsonNode all = json(CliTest.run("--no-config", "--format", "json", json.toString()));
        assertEquals(1, all.at("/summary/replies").asInt(), "without --keys only the message-shaped body: " + all);
        assertEquals(2, all.at("/summary/skipped").asInt());
        JsonNode mail = json(CliTest.run("--no-config", "--format", "json", "--keys", "mail.*", json.toString()));
        assertEquals(2, mail.at("/summary/replies").asInt(), mail.toString());
        assertEquals("mail.subject", mail.at("/replies/0/key").asText());
        assertEquals(1, mail.at("/summary/skipped").asInt(), "ui.ok is not selected");
    }

    @Test
    void unknownCheckInADirectiveFailsTheRunButTheReportIsComplete() throws IOException {
        Path t = write("a.md", "<!-- vastausbingo-disable-next-line greting -->\n" + STIFF);
        CliTest.Run r = CliTest.run("--no-config", "--lang", "en", t.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("a.md:1: unknown check \"greting\""), r.err());
        assertTrue(r.out().contains("greeting (1)"), "still linted, nothing suppressed: " + r.out());
    }

    @Test
    void aBrokenLocaleFileIsOneLineWithItsLineAndTheRestGoesOn() throws IOException {
        Path po = write("fi.po", "msgid \"a\"\nmsgstr \"Hei,\n");
        Path yml = write("fi.yml", "fi:\n  a: [b\n");
        Path good = write("b.txt", STIFF);
        CliTest.Run r = CliTest.run("--no-config", "--lang", "en", po.toString(), yml.toString(), good.toString());
        assertEquals(2, r.code());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).matches("vastausbingo: .*fi\\.po:2: unterminated string.*"), lines.get(0));
        assertTrue(lines.get(1).matches("vastausbingo: .*fi\\.yml:\\d: not valid YAML: .*"), lines.get(1));
        assertTrue(r.out().contains("b.txt  3/7"), r.out());
    }

    /** The commands of the README's GitHub Actions workflow and pre-commit hook, on the fixture repository. */
    @Test
    void theReadmeCiCommandsWork() throws IOException {
        String repo = CiRepoGoldenTest.REPO;
        String baseline = CiRepoGoldenTest.BASELINE;
        // workflow step 1: annotations, fails the job on new findings
        CliTest.Run annotations = CliTest.run("--require-voikko", "--format", "github", "--baseline", baseline, repo);
        assertEquals(1, annotations.code());
        assertTrue(annotations.out().lines().allMatch(l -> l.startsWith("::") || !l.contains("::")), annotations.out());
        // workflow step 2: SARIF for code scanning, never fails the step
        Path sarif = dir.resolve("vastausbingo.sarif");
        CliTest.Run upload = CliTest.run("--format", "sarif", "--output", sarif.toString(), "--fail-on", "8",
                "--baseline", baseline, repo);
        assertEquals(0, upload.code(), upload.err());
        assertEquals("2.1.0", new ObjectMapper().readTree(sarif.toFile()).get("version").asText());
        // pre-commit: the staged files one by one, quiet
        CliTest.Run hook = CliTest.run("--quiet", "--no-color", "--baseline", baseline,
                repo + "/templates/locales/fi.json", repo + "/templates/ohje.md");
        assertEquals(0, hook.code(), "fi.json is baselined and ohje.md scores 1, below the config's fail-on 2: " + hook.out());
        CliTest.Run blocked = CliTest.run("--quiet", "--no-color", "--baseline", baseline, repo + "/templates/tilaus.html");
        assertEquals(1, blocked.code(), blocked.out());
    }
}
