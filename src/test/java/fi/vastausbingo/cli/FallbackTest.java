// Without Voikko: one stderr line with the install command, a degraded but working lint, or exit 2 on demand.
package fi.vastausbingo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated
class FallbackTest {
    @TempDir
    Path dir;

    @BeforeEach
    void noVoikko() {
        System.setProperty("vastausbingo.voikko", "off");
    }

    @AfterEach
    void restore() {
        System.clearProperty("vastausbingo.voikko");
    }

    @Test
    void missingVoikkoIsOneLineAndTheLintStillWorks() throws IOException {
        Path p = dir.resolve("r.txt");
        Files.writeString(p, "Hyvä asiakkaamme,\n\nKiitämme palautteestanne. Tuotteemme takuu on kaksi vuotta.\n"
                + "Salasanasi on: Kesä2023!x\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("--format", "json", "--lang", "en", p.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("apt-get install libvoikko1 voikko-fi"), r.err());
        var checks = r.json().at("/replies/0/points");
        // stems stand in for lemmas: the greeting, "Tuotteemme", "Kiitämme palautteestanne" and the password still fire
        assertTrue(checks.has("greeting") && checks.has("vague-wording") && checks.has("stock-phrase")
                && checks.has("plaintext-password"), r.out());
    }

    @Test
    void requireVoikkoExitsTwo() throws IOException {
        Path p = dir.resolve("r.txt");
        Files.writeString(p, "Hei Matti,\nlasku on korjattu.\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("--require-voikko", "--lang", "en", p.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--require-voikko") && r.err().contains("apt-get install"), r.err());
    }
}
