// The config loader: a full valid file, and a table of broken ones that must fail with the exact file:line and reason.
package fi.vastausbingo.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {
    private static final String NAME = ".vastausbingo.yml";

    private static Config parse(String yaml) {
        return ConfigLoader.parse(Path.of(NAME), NAME, yaml);
    }

    @Test
    void everyKeyIsRead() {
        Config c = parse(String.join("\n",
                "# comment",
                "checks:",
                "  register: off",
                "  greeting: on",
                "  stock-phrase: 2",
                "products: [Lumo Plus, Netflix]",
                "vague-terms: sovellus",
                "placeholders:",
                "  - '@@[a-z]+@@'",
                "ours: [asiakaspalvelu@lumo.example, '@lumo.example']",
                "fail-on: 3",
                "lang: fi",
                "keys: ['mail.*', '*.body']",
                "stock-phrases:",
                "  - id: pahoittelemme-viivetta",
                "    pattern: pahoitella viivästys",
                "    say: Harmittaa, että tilaus myöhästyi. | Tilaus on myöhässä.",
                "    bad: [Pahoittelemme viivästystä.]",
                "    good: Harmittaa, että tilaus viivästyi.",
                "    gap: 1",
                ""));
        assertEquals(false, c.checks().get("register").enabled());
        assertNull(c.checks().get("greeting").points());
        assertEquals(2, c.checks().get("stock-phrase").points());
        assertEquals(List.of("Lumo Plus", "Netflix"), c.products());
        assertEquals(List.of("sovellus"), c.vagueTerms(), "a single string is a list of one");
        assertEquals(List.of("@@[a-z]+@@"), c.placeholders());
        assertEquals(List.of("asiakaspalvelu@lumo.example", "@lumo.example"), c.ours());
        assertEquals(3, c.failOn());
        assertEquals("fi", c.lang());
        assertEquals(List.of("mail.*", "*.body"), c.keys());
        Config.Phrase p = c.stockPhrases().get(0);
        assertEquals("pahoittelemme-viivetta", p.entry().id());
        assertEquals(List.of("Harmittaa, että tilaus myöhästyi.", "Tilaus on myöhässä."), p.entry().say());
        assertEquals(1, p.entry().gap());
        assertEquals(2, p.examples().size());
        assertEquals(18, p.examples().get(0).line());
    }

    @Test
    void emptyFileIsTheDefaults() {
        Config c = parse("# nothing set yet\n");
        assertTrue(c.checks().isEmpty() && c.products().isEmpty());
        assertNull(c.failOn());
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> broken() {
        return table().stream().map(r -> org.junit.jupiter.params.provider.Arguments.of((Object[]) r));
    }

    private static List<String[]> table() {
        return List.of(
            // yaml, expected message
            new String[] {"fial-on: 2\n", NAME + ":1: unknown key \"fial-on\" (did you mean \"fail-on\"?); known keys: "},
            new String[] {"lang: fi\nlang: en\n", NAME + ":2: \"lang\" appears twice (first on line 1)"},
            new String[] {"fail-on: kolme\n", NAME + ":1: fail-on must be a whole number from 0 to 100, not \"kolme\""},
            new String[] {"fail-on: 101\n", NAME + ":1: fail-on must be from 0 to 100, not 101"},
            new String[] {"lang: sv\n", NAME + ":1: lang must be fi or en, not \"sv\""},
            new String[] {"checks:\n  greting: off\n", NAME + ":2: unknown check \"greting\" (did you mean \"greeting\"?); checks: "},
            new String[] {"checks:\n  greeting: maybe\n", NAME + ":2: checks.greeting must be on, off or the most points it may score (0-7), not \"maybe\""},
            new String[] {"checks:\n  greeting: 9\n", NAME + ":2: checks.greeting must be from 0 to 7, not 9"},
            new String[] {"checks: [greeting]\n", NAME + ":1: checks must be a mapping of keys to values"},
            new String[] {"placeholders:\n  - '(unclosed'\n", NAME + ":2: placeholders: not a regular expression: "},
            new String[] {"placeholders: ['x*']\n", NAME + ":1: placeholders: \"x*\" matches the empty string"},
            new String[] {"ours:\n  - asiakaspalvelu\n", NAME + ":2: ours: \"asiakaspalvelu\" is not an address"},
            new String[] {"vague-terms: [Sovellus]\n", NAME + ":1: vague-terms: \"Sovellus\" is not a lower-case base form"},
            new String[] {"products: {a: b}\n", NAME + ":1: products must be a list of strings"},
            new String[] {"stock-phrases:\n  - id: x\n    pattern: kiittää\n", NAME + ":2: stock phrase x has no \"say\" alternative"},
            new String[] {"stock-phrases:\n  - pattern: kiittää\n    say: Kiitos\n", NAME + ":2: stock phrase without an id"},
            new String[] {"stock-phrases:\n  - id: x\n    pattern: kiittää\n    say: Kiitos\n    sanoo: y\n",
                NAME + ":5: unknown key \"sanoo\" in a stock phrase"},
            new String[] {"stock-phrases:\n  - id: Iso_Id\n", NAME + ":2: id must be kebab-case ASCII"},
            new String[] {"stock-phrases:\n  - id: x\n    pattern: 'a? b?'\n    say: s\n",
                NAME + ":3: pattern needs at least one element that is not optional"},
            new String[] {"stock-phrases:\n  - id: x\n    pattern: kiittää\n    say: s\n    gap: 9\n", NAME + ":5: gap must be from 0 to 6, not 9"},
            new String[] {"- just\n- a list\n", NAME + ":1: the config must be a mapping of keys to values"},
            new String[] {"lang: fi\n  bad: indent\n", NAME + ":2: not valid YAML: "},
            new String[] {"keys: ''\n", NAME + ":1: keys: an empty glob"});
    }

    @ParameterizedTest
    @MethodSource("broken")
    void brokenConfigsFailWithFileLineAndReason(String yaml, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> parse(yaml));
        assertTrue(e.getMessage().startsWith(expected), "expected «" + expected + "…» but got «" + e.getMessage() + "»");
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }

    @Test
    void searchGoesUpToTheRepositoryRoot(@TempDir Path dir) throws IOException {
        Path repo = dir.resolve("repo");
        Path deep = Files.createDirectories(repo.resolve("templates/fi"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(dir.resolve(NAME), "fail-on: 5\n"); // above the repository: not used
        Path file = Files.writeString(deep.resolve("a.txt"), "Hei");
        assertEquals(Config.EMPTY, ConfigResolver.searching().forInput(file.toString()));
        Files.writeString(repo.resolve(NAME), "fail-on: 3\n");
        assertEquals(3, ConfigResolver.searching().forInput(file.toString()).failOn());
        Files.writeString(deep.resolve(".vastausbingo.yaml"), "fail-on: 4\n");
        assertEquals(4, ConfigResolver.searching().forInput(file.toString()).failOn(), "the nearest wins");
        Path explicit = Files.writeString(dir.resolve("ci.yml"), "fail-on: 6\n");
        assertEquals(6, ConfigResolver.explicit(explicit).forInput(file.toString()).failOn(), "--config wins");
        assertEquals(Config.EMPTY, ConfigResolver.none().forInput(file.toString()));
        Files.writeString(repo.resolve(NAME), "fail-on: x\n");
        Files.delete(deep.resolve(".vastausbingo.yaml"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigResolver.searching().forInput(file.toString()));
        assertTrue(e.getMessage().endsWith(NAME + ":1: fail-on must be a whole number from 0 to 100, not \"x\""), e.getMessage());
    }
}
