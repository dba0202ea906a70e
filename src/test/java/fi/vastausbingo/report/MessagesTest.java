// Every message key the checks and the CLI use exists in both languages, and the bundles hold the same keys.
package fi.vastausbingo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.vastausbingo.check.Check;
import fi.vastausbingo.check.CheckRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/fi/vastausbingo/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("fi").stringPropertyNames()), new TreeSet<>(load("en").stringPropertyNames()));
    }

    @Test
    void everyCheckHasItsTitleAndExplainTexts() {
        for (String lang : new String[] {"fi", "en"}) {
            Messages m = Messages.of(lang);
            for (Check c : CheckRegistry.builtIn().checks()) {
                String id = c.meta().id();
                for (String key : new String[] {"check." + id + ".title", "explain." + id + ".what", "explain." + id + ".why",
                        "explain." + id + ".bad", "explain." + id + ".good", "explain." + id + ".notes"}) {
                    assertNotEquals(key, m.raw(key), lang + " is missing " + key);
                }
            }
            for (String band : new String[] {"clean", "personal", "typical", "template-firm", "bingo"}) {
                assertNotEquals("band." + band, m.raw("band." + band));
            }
        }
    }
}
