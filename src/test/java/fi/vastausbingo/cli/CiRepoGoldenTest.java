// Golden-file tests: the template-repository fixture (config, suppressions, baseline, every file type) in every CI format.
package fi.vastausbingo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * src/test/resources/ci-repo is a small template repository: .txt/.md/.html templates, a .po,
 * .properties in ISO-8859-1 (and an English one that must be skipped silently), Rails-style YAML
 * and JSON locale files, a .vastausbingo.yml, inline suppressions in each comment syntax, a
 * baseline and a Swedish template. Its report in each format is compared with
 * src/test/resources/golden/ci-repo.* exactly, the tool version normalised. Regenerate after an
 * intended change with {@code mvn test -Dtest=CiRepoGoldenTest -Dgolden.update=true} and read the diff.
 */
class CiRepoGoldenTest {
    static final String REPO = "src/test/resources/ci-repo";
    static final String BASELINE = REPO + "/.vastausbingo-baseline.json";
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String SECRET = "Talvi2025#q";

    static CliTest.Run lint(String format) {
        return CliTest.run("--lang", "en", "--no-color", "--format", format, "--baseline", BASELINE, REPO);
    }

    private static String normalise(String out) {
        return out.replace("\"version\" : \"" + Version.get() + "\"", "\"version\" : \"VERSION\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github", "junit"})
    void reportMatchesTheGoldenFile(String format) throws IOException {
        CliTest.Run r = lint(format);
        assertEquals(1, r.code(), "replies at or above fail-on: 2 exit 1\n" + r.err());
        assertEquals("", r.err(), "nothing on stderr for a clean run");
        String ext = switch (format) {
            case "text" -> "txt";
            case "junit" -> "junit.xml";
            default -> format;
        };
        Path golden = GOLDEN.resolve("ci-repo." + ext);
        String actual = normalise(r.out());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden file " + golden);
        assertFalse(r.out().contains(SECRET), "the password is redacted in " + format);
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = CiRepoGoldenTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        }
        JsonNode sarif = new ObjectMapper().readTree(lint("sarif").out());
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), errors.toString());
        JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
        assertEquals(6, rules.size(), "a rule for every check");
        for (JsonNode rule : rules) {
            assertFalse(rule.at("/help/text").asText().isBlank(), rule.toString());
        }
        JsonNode first = sarif.at("/runs/0/results/0");
        assertTrue(first.at("/partialFingerprints").size() == 1, first.toString());
        assertTrue(first.at("/locations/0/physicalLocation/region/startLine").asInt() > 0, first.toString());
    }

    @Test
    void unreadableInputsAreToolNotificationsThatStillValidate() throws IOException {
        CliTest.Run r = CliTest.run("--lang", "en", "--format", "sarif", REPO + "/templates/tervetuloa.txt",
                REPO + "/no-such-template.txt");
        assertEquals(2, r.code());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        assertFalse(sarif.at("/runs/0/invocations/0/executionSuccessful").asBoolean());
        assertEquals("error", sarif.at("/runs/0/invocations/0/toolExecutionNotifications/0/level").asText());
    }

    @Test
    void junitIsWellFormedXml() throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(lint("junit").out().getBytes(StandardCharsets.UTF_8)));
        assertEquals("testsuites", d.getDocumentElement().getTagName());
        int tests = Integer.parseInt(d.getDocumentElement().getAttribute("tests"));
        assertEquals(tests, d.getElementsByTagName("testcase").getLength());
    }

    @Test
    void everyFormatAgreesOnTheCountsAndTheExitCode() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(lint("json").out()).get("summary");
        assertTrue(summary.get("skipped").asInt() > 0, "short values and the English file are skipped: " + summary);
        assertTrue(summary.get("suppressed").asInt() > 0, summary.toString());
        assertEquals(2, summary.get("baselined").asInt(), summary.toString());
        assertEquals(1, summary.get("notLinted").asInt(), "the Swedish template: " + summary);
        String text = lint("text").out();
        assertFalse(text.contains("messages_en.properties"), "English values are skipped silently");
        assertFalse(text.contains("fi.json#mail.receipt.body  1"), "the baselined finding is not new");
    }
}
