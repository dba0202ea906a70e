// Each locale format's reader: keys, decoded values, and the exact file line:column of words after escapes and folds.
package fi.vastausbingo.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.reply.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocaleReadersTest {

    /** The value of {@code key}. */
    private static LocaleEntry entry(List<LocaleEntry> entries, String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no key " + key + " in " + entries.stream().map(LocaleEntry::key).toList()));
    }

    /** Asserts where {@code word} of the value starts and ends (exclusive, just after its last character) in the file. */
    private static void at(LocaleEntry e, String word, int line, int col, int endLine, int endCol) {
        SourceText v = e.value();
        int i = v.text().indexOf(word);
        assertTrue(i >= 0, "\"" + word + "\" in " + v.text());
        assertEquals(new SourceText.Position(line, col), v.position(i), "start of \"" + word + "\"");
        SourceText.Position last = v.position(i + word.length() - 1);
        assertEquals(new SourceText.Position(endLine, endCol), new SourceText.Position(last.line(), last.column() + 1),
                "end of \"" + word + "\"");
    }

    private static void at(LocaleEntry e, String word, int line, int col) {
        at(e, word, line, col, line, col + word.length());
    }

    // ---- gettext ----

    private static final String PO = String.join("\n",
            "# header comment",                                  // 1
            "msgid \"\"",                                        // 2
            "msgstr \"\"",                                       // 3
            "\"Content-Type: text/plain; charset=UTF-8\\n\"",   // 4
            "",                                                  // 5
            "#: mail.py:1",                                      // 6
            "msgid \"Shipped\"",                                 // 7
            "msgstr \"\"",                                       // 8
            "\"Hei %(name)s,\\n\"",                              // 9
            "\"\\n\"",                                           // 10
            "\"tilauksesi on \\\"matkalla\\\" ja \"",            // 11
            "\"saapuu\\thuomenna.\\n\"",                         // 12
            "",                                                  // 13
            "msgctxt \"menu\"",                                  // 14
            "msgid \"Open\"",                                    // 15
            "msgstr \"Avaa\"",                                   // 16
            "msgid \"Untranslated\"",                            // 17
            "msgstr \"\"",                                       // 18
            "",                                                  // 19
            "msgid \"One file\"",                                // 20
            "msgid_plural \"%d files\"",                         // 21
            "msgstr[0] \"Yksi tiedosto\"",                       // 22
            "msgstr[1] \"%d tiedostoa\"",                        // 23
            "",                                                  // 24
            "#~ msgid \"Old\"",                                  // 25
            "#~ msgstr \"Vanha\"",                               // 26
            "");

    @Test
    void poValuesKeysAndPositions() throws Exception {
        List<LocaleEntry> es = PoReader.read(PO);
        assertEquals(List.of("Shipped", "menu|Open", "One file[0]", "One file[1]"), es.stream().map(LocaleEntry::key).toList(),
                "header, untranslated and obsolete entries are not read");
        LocaleEntry shipped = entry(es, "Shipped");
        assertEquals("Hei %(name)s,\n\ntilauksesi on \"matkalla\" ja saapuu\thuomenna.\n", shipped.value().text());
        assertEquals(7, shipped.keyLine());
        at(shipped, "Hei", 9, 2);
        // after two \" escapes the columns run ahead of the decoded offsets
        at(shipped, "matkalla", 11, 18);
        at(shipped, "ja", 11, 29);
        // one decoded line continues in the next literal: a waypoint, not "previous line + offset"
        at(shipped, "saapuu", 12, 2);
        at(shipped, "huomenna", 12, 10);
        assertEquals(14, entry(es, "menu|Open").keyLine(), "an entry starts at its msgctxt");
        at(entry(es, "One file[1]"), "tiedostoa", 23, 15);
    }

    @Test
    void poErrorsNameTheLine() {
        LocaleFormatException e = assertThrows(LocaleFormatException.class,
                () -> PoReader.read("msgid \"a\"\nmsgstr \"b\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unterminated"), e.getMessage());
        e = assertThrows(LocaleFormatException.class, () -> PoReader.read("msgid \"a\"\nmsgtsr \"b\"\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unknown keyword \"msgtsr\""), e.getMessage());
        e = assertThrows(LocaleFormatException.class, () -> PoReader.read("\n\nmsgstr \"b\"\n"));
        assertEquals(3, e.line());
        e = assertThrows(LocaleFormatException.class, () -> PoReader.read("msgid \"a\"\n\"x\" y\nmsgstr \"b\"\n"));
        assertEquals(2, e.line());
    }

    @Test
    void poCharsetComesFromTheHeader() throws Exception {
        String po = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\nmsgid \"x\"\nmsgstr \"Hyvä\"\n";
        List<LocaleEntry> es = LocaleFiles.parse("po", po.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Hyvä", entry(es, "x").value().text());
    }

    // ---- Java properties ----

    @Test
    void propertiesEscapesContinuationsAndSeparators() throws Exception {
        String p = String.join("\n",
                "# comment",                                            // 1
                "! another comment",                                    // 2
                "mail.body = Hyv\\u00e4 asiakas,\\n\\nkiitos \\",       // 3
                "    viestist\\u00e4si.",                               // 4
                "mail.key:arvo ilman v\\u00e4lily\\u00f6nti\\u00e4",    // 5
                "spaced\\ key   toinen arvo",                           // 6
                "");
        List<LocaleEntry> es = PropertiesReader.read(p);
        assertEquals(List.of("mail.body", "mail.key", "spaced key"), es.stream().map(LocaleEntry::key).toList());
        LocaleEntry body = entry(es, "mail.body");
        assertEquals("Hyvä asiakas,\n\nkiitos viestistäsi.", body.value().text());
        assertEquals(3, body.keyLine());
        // a character decoded from an escape sits where its escape starts, so a word that ends in
        // one ends just after the backslash (a finding never claims more of the file than it has)
        at(body, "Hyvä", 3, 13, 3, 17);
        at(body, "asiakas", 3, 23);
        at(body, "kiitos", 3, 35);
        // the continuation line's indentation is not part of the value
        at(body, "viestistäsi", 4, 5, 4, 21);
        at(entry(es, "mail.key"), "arvo", 5, 10);
        at(entry(es, "spaced key"), "toinen", 6, 15);
    }

    @Test
    void propertiesAreUtf8OrElseIsoLatin1() throws Exception {
        byte[] latin = "k=Hyvä asiakas\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = "k=Hyvä asiakas\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("Hyvä asiakas", LocaleFiles.parse("properties", latin).get(0).value().text());
        assertEquals("Hyvä asiakas", LocaleFiles.parse("properties", utf8).get(0).value().text());
        LocaleFormatException e = assertThrows(LocaleFormatException.class, () -> PropertiesReader.read("a=b\nc=\\u00zz\n"));
        assertEquals(2, e.line());
    }

    // ---- YAML ----

    private static final String YAML = String.join("\n",
            "fi:",                                                  // 1
            "  plain: Hei vain,",                                   // 2
            "    tämä jatkuu",                                      // 3
            "  single: 'Hei ''sinä'' siellä'",                      // 4
            "  double: \"Hyv\\u00e4 asiakas,\\n\\\"kiitos\\\" \\",  // 5
            "    \\ viestistä.\"",                                  // 6
            "  literal: |",                                         // 7
            "    Hei %{name},",                                     // 8
            "",                                                     // 9
            "    kiitos viestistä.",                                // 10
            "  folded: >-",                                         // 11
            "    Tämä on",                                          // 12
            "    yksi rivi.",                                       // 13
            "  list:",                                              // 14
            "    - eka",                                            // 15
            "    - toka arvo",                                      // 16
            "  number: 12",                                         // 17
            "  flag: true",                                         // 18
            "  empty:",                                             // 19
            "");

    @Test
    void yamlEveryScalarStyleMapsToTheFile() throws Exception {
        List<LocaleEntry> es = YamlLocaleReader.read(YAML);
        assertEquals(List.of("fi.plain", "fi.single", "fi.double", "fi.literal", "fi.folded", "fi.list.0", "fi.list.1"),
                es.stream().map(LocaleEntry::key).toList(), "numbers, booleans and nulls are not texts");
        LocaleEntry plain = entry(es, "fi.plain");
        assertEquals("Hei vain, tämä jatkuu", plain.value().text());
        at(plain, "vain", 2, 14);
        at(plain, "jatkuu", 3, 10);
        LocaleEntry single = entry(es, "fi.single");
        assertEquals("Hei 'sinä' siellä", single.value().text());
        at(single, "siellä", 4, 25);
        LocaleEntry dq = entry(es, "fi.double");
        // the space before "\" at the line end stays, "\ " adds one: YAML's own rules, not ours
        assertEquals("Hyvä asiakas,\n\"kiitos\"  viestistä.", dq.value().text());
        at(dq, "asiakas", 5, 22);
        at(dq, "kiitos", 5, 34);
        at(dq, "viestistä", 6, 7);
        LocaleEntry lit = entry(es, "fi.literal");
        assertEquals("Hei %{name},\n\nkiitos viestistä.\n", lit.value().text());
        assertEquals(7, lit.keyLine());
        at(lit, "Hei", 8, 5);
        at(lit, "viestistä", 10, 12);
        LocaleEntry folded = entry(es, "fi.folded");
        assertEquals("Tämä on yksi rivi.", folded.value().text());
        at(folded, "yksi", 13, 5);
        at(entry(es, "fi.list.1"), "arvo", 16, 12);
        assertEquals(16, entry(es, "fi.list.1").keyLine());
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() {
        LocaleFormatException e = assertThrows(LocaleFormatException.class,
                () -> YamlLocaleReader.read("fi:\n  a: b\n   c: d\n  e: [f\n"));
        assertTrue(e.line() >= 3 && e.line() <= 5, e.line() + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith("not valid YAML"), e.getMessage());
    }

    // ---- JSON ----

    @Test
    void jsonEscapesKeepTheirColumns() throws Exception {
        String json = String.join("\n",
                "{",                                                                 // 1
                "  \"mail\": {",                                                     // 2
                "    \"body\": \"Hyv\\u00e4 {{nimi}},\\n\\n\\\"Kiitos\\\" viestistä.\",",  // 3
                "    \"steps\": [\"eka\", {\"deep\": \"toka arvo\"}],",              // 4
                "    \"count\": 3",                                                  // 5
                "  }",                                                               // 6
                "}");
        List<LocaleEntry> es = JsonLocaleReader.read(json);
        assertEquals(List.of("mail.body", "mail.steps.0", "mail.steps.1.deep"), es.stream().map(LocaleEntry::key).toList());
        LocaleEntry body = entry(es, "mail.body");
        assertEquals("Hyvä {{nimi}},\n\n\"Kiitos\" viestistä.", body.value().text());
        at(body, "Hyvä", 3, 14, 3, 18);
        at(body, "{{nimi}}", 3, 24);
        at(body, "Kiitos", 3, 39);
        at(body, "viestistä", 3, 48);
        at(entry(es, "mail.steps.1.deep"), "arvo", 4, 37);
    }

    @Test
    void jsonErrorsNameTheLine() {
        LocaleFormatException e = assertThrows(LocaleFormatException.class,
                () -> JsonLocaleReader.read("{\n  \"a\": \"x\",\n  \"a\": \"y\"\n}"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("Duplicate"), e.getMessage());
        e = assertThrows(LocaleFormatException.class, () -> JsonLocaleReader.read("{\n  \"a\": \"x\"\n  \"b\": 1\n}"));
        assertEquals(3, e.line());
    }

    // ---- selection ----

    @Test
    void keyGlobs() {
        String[][] table = {
            // glob, key, matches?
            {"mail.*", "mail.welcome.body", "true"},
            {"mail.*", "mailer.welcome", "false"},
            {"*.body", "fi.mailer.welcome.body", "true"},
            {"*.body", "fi.mailer.welcome.subject", "false"},
            {"fi.mailer.?elcome.*", "fi.mailer.welcome.body", "true"},
            {"Shipped", "Shipped", "true"},
            {"a+b", "a+b", "true"},
            {"a+b", "aab", "false"},
        };
        for (String[] row : table) {
            assertEquals(Boolean.parseBoolean(row[2]), KeyGlob.of(row[0]).matches(row[1]), row[0] + " ~ " + row[1]);
        }
    }

    @Test
    void onlyMessageShapedValuesWithoutExplicitKeys() {
        String[][] table = {
            // value, default?, explicit?
            {"Tallenna", "false", "false"},
            {"Tilauksesi on vastaanotettu", "false", "true"},
            {"Hei %(name)s,\n\nuusi salasanasi: %(password)s", "true", "true"},
            {"Salasanan on oltava vähintään kahdeksan merkkiä pitkä ja siinä on oltava numero, iso kirjain ja "
                    + "erikoismerkki, jotta tili pysyy turvassa kaikissa tilanteissa.", "true", "true"},
        };
        for (String[] row : table) {
            assertEquals(Boolean.parseBoolean(row[1]), LocaleFiles.worthLinting(row[0], false), "default: " + row[0]);
            assertEquals(Boolean.parseBoolean(row[2]), LocaleFiles.worthLinting(row[0], true), "explicit: " + row[0]);
        }
    }

    @Test
    void htmlInsideAValueMapsThroughBothMaps() throws Exception {
        String json = "{\"mail\": \"<p>Hei {{nimi}},</p><p>Kiit\\u00e4mme tilauksestanne.</p>\"}";
        LocaleEntry e = JsonLocaleReader.read(json).get(0);
        SourceText text = LocaleFiles.htmlToText(e.value());
        int i = text.text().indexOf("tilauksestanne");
        assertTrue(text.text().startsWith("Hei {{nimi}},"), text.text());
        // '<p>' and the six-character escape before it are not in the text, yet the column is the file's
        assertEquals(new SourceText.Position(1, json.indexOf("tilauksestanne") + 1), text.position(i));
    }

    @Test
    void entitiesInAPlainValueAreLettersAtTheirEntity() throws Exception {
        String yml = "fi:\n  body: Hei,\n    k&auml;yt&auml; palvelua.\n";
        LocaleEntry e = YamlLocaleReader.read(yml).get(0);
        SourceText text = LocaleFiles.decodeEntities(e.value());
        assertEquals("Hei, käytä palvelua.", text.text());
        assertEquals(new SourceText.Position(3, 5), text.position(text.text().indexOf("käytä")));
        assertEquals(new SourceText.Position(3, 21), text.position(text.text().indexOf("palvelua")));
    }

    @Test
    void displayKeysAreOneShortLine() {
        assertEquals("Your order\\nhas shipped", LocaleFiles.displayKey("Your order\nhas shipped"));
        String longKey = "x".repeat(80);
        assertEquals(60, LocaleFiles.displayKey(longKey).length());
        assertTrue(LocaleFiles.displayKey(longKey).endsWith("…"));
    }
}
