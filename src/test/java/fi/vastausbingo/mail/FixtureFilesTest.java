// End-to-end tests on realistic fixture files under src/test/resources/mail read through InputLoader.
package fi.vastausbingo.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.reply.SourceText;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * outlook-reply.eml is an Outlook reply (multipart/alternative, ISO-8859-1 quoted-printable,
 * folded headers, an encoded To name); outlook-reply-html-only.eml is the same reply with only
 * the HTML part, whose quoted original sits under Outlook's border-top header block.
 */
class FixtureFilesTest {
    private static Message load(String name) throws URISyntaxException {
        Path p = Path.of(FixtureFilesTest.class.getResource("/mail/" + name).toURI());
        List<Loaded> all = new InputLoader(20L * 1024 * 1024).load(List.of(p.toString()));
        assertEquals(1, all.size());
        return assertInstanceOf(Loaded.Ok.class, all.get(0), all.get(0)::toString).message();
    }

    private static int line(Message m, String needle) {
        int i = m.body().text().indexOf(needle);
        assertTrue(i >= 0, needle);
        return m.body().position(i).line();
    }

    @Test
    void outlookAlternativeUsesPlainPartWithExactLines() throws Exception {
        Message m = load("outlook-reply.eml");
        assertFalse(m.html());
        assertEquals("VS: Tilaus 58213", m.subject());
        assertEquals("Janne Koskinen", m.fromName());
        assertEquals("asiakaspalvelu@example.fi", m.fromAddress());
        assertEquals("Riikka Salo", m.toName());
        assertEquals("<CAJ7x2Yp=QwE3@mail.example.com>", m.inReplyTo());
        assertEquals("<AM0PR07MB4412C3A9E5B1@AM0PR07MB4412.eurprd07.prod.outlook.example>", m.messageId());
        assertEquals(OffsetDateTime.of(2024, 3, 5, 7, 14, 1, 0, ZoneOffset.UTC), m.date());
        SourceText b = m.body();
        assertEquals("Hei Riikka,", b.lineText(0));
        assertTrue(b.text().contains("Saat noutokoodin tekstiviestinä."));
        assertEquals(21, line(m, "Hei Riikka"));
        assertEquals(23, line(m, "kiitos viestistäsi"));
        assertEquals(27, line(m, "Ystävällisin"));
        assertEquals(31, line(m, "Lähettäjä:"));
        assertEquals(36, line(m, "Hei, missä"));
    }

    @Test
    void outlookHtmlOnlyQuotesTheOriginal() throws Exception {
        Message m = load("outlook-reply-html-only.eml");
        assertTrue(m.html());
        String[] lines = m.body().text().split("\n", -1);
        assertEquals("Hei Riikka,", lines[0]);
        assertEquals("", lines[1]);
        assertTrue(lines[2].startsWith("kiitos viestistäsi. Tarkistin tilauksesi 58213: paketti lähti varastolta"));
        assertEquals(List.of("Ystävällisin terveisin", "Janne Koskinen", "Asiakaspalvelu | Verkkokauppa Esimerkki Oy"),
                List.of(lines[4], lines[5], lines[6]));
        assertEquals("> Lähettäjä: Riikka Salo <riikka.salo@example.com>", lines[8]);
        assertEquals("> Aihe: Tilaus 58213", lines[11]);
        assertEquals("> Hei, missä tilaukseni on? Tilasin sen jo viime viikolla.", lines[13]);
        assertEquals("> Riikka", lines[14]);
        assertEquals(25, line(m, "Hei Riikka"));
        assertEquals(27, line(m, "kiitos viestistäsi"));
        assertEquals(32, line(m, "Ystävällisin"));
        assertEquals(39, line(m, "Lähettäjä:"));
        assertEquals(46, line(m, "Hei, missä"));
    }
}
