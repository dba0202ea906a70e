// Tests for the JSON Lines helpdesk export reader: good records, bad lines, limits and HTML replies.
package fi.vastausbingo.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.reply.SourceText;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {
    private static List<Loaded> read(String... lines) {
        byte[] data = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return JsonlReader.read("vienti.jsonl", data, 1_000_000);
    }

    private static Message ok(Loaded l) {
        return assertInstanceOf(Loaded.Ok.class, l, () -> l.toString()).message();
    }

    @Test
    void goodRecordWithAllFields() {
        List<Loaded> all = read("{\"id\":\"T-1001\",\"reply\":\"Hei Sari,\\n\\nTilauksesi lähtee huomenna.\\n\\nTerveisin\\nMikko\","
                + "\"customer\":\"Milloin tilaukseni lähtee?\",\"subject\":\"Re: Tilaus 4411\",\"agent\":\"Mikko\","
                + "\"customerName\":\"Sari Lehtonen\",\"sentAt\":\"2024-03-05T14:03:27+02:00\","
                + "\"customerSentAt\":\"2024-03-05T09:00:00+02:00\"}");
        assertEquals(1, all.size());
        Message m = ok(all.get(0));
        assertEquals("T-1001", m.source());
        assertEquals("Hei Sari,\n\nTilauksesi lähtee huomenna.\n\nTerveisin\nMikko", m.body().text());
        assertEquals(new SourceText.Position(3, 1), m.body().position(m.body().text().indexOf("Tilauksesi")));
        assertEquals("Milloin tilaukseni lähtee?", m.customerText());
        assertEquals("Re: Tilaus 4411", m.subject());
        assertEquals("Mikko", m.agent());
        assertEquals("Sari Lehtonen", m.customerName());
        assertEquals(OffsetDateTime.of(2024, 3, 5, 14, 3, 27, 0, ZoneOffset.ofHours(2)), m.date());
        assertFalse(m.html());
    }

    @Test
    void badLinesFailAloneAndTheRestStillLoad() {
        List<Loaded> all = read(
                "{\"id\":\"a1\",\"reply\":\"Hei Outi, kiitos.\"}",          // 1
                "",                                                         // 2 (blank: skipped)
                "{\"id\":\"a2\",\"reply\":\"Hei\"",                         // 3 truncated object
                "tämä ei ole JSONia",                                       // 4
                "{\"id\":\"a3\",\"customer\":\"Onko kaupassa hissi?\"}",   // 5 no reply
                "{\"id\":\"a4\",\"reply\":42}",                              // 6 reply not a string
                "[1,2,3]",                                                  // 7 not an object
                "{\"id\":\"a5\",\"reply\":\"   \"}",                         // 8 empty reply
                "{\"reply\":\"Hei vaan, paketti on matkalla.\"}",            // 9 no id
                "{\"id\":\"a6\",\"reply\":\"Moi\"} roskaa");                  // 10 trailing garbage
        assertEquals(9, all.size());
        assertEquals("a1", ok(all.get(0)).source());
        Loaded.Failed f3 = assertInstanceOf(Loaded.Failed.class, all.get(1));
        assertEquals("vienti.jsonl:3", f3.source());
        assertTrue(f3.reason().startsWith("invalid JSON: "), f3.reason());
        Loaded.Failed f4 = assertInstanceOf(Loaded.Failed.class, all.get(2));
        assertEquals("vienti.jsonl:4", f4.source());
        assertTrue(f4.reason().startsWith("invalid JSON: "), f4.reason());
        assertFalse(f4.reason().contains("\n"));
        assertTrue(f4.reason().length() < 140, f4.reason());
        assertEquals(new Loaded.Failed("vienti.jsonl:5", "missing \"reply\" field"), all.get(3));
        assertEquals(new Loaded.Failed("vienti.jsonl:6", "\"reply\" field is not a string"), all.get(4));
        assertEquals(new Loaded.Failed("vienti.jsonl:7", "invalid JSON: expected an object, found array"), all.get(5));
        assertEquals(new Loaded.Failed("a5", "empty reply"), all.get(6));
        assertEquals("vienti.jsonl:9", ok(all.get(7)).source());
        Loaded.Failed f10 = assertInstanceOf(Loaded.Failed.class, all.get(8));
        assertEquals("vienti.jsonl:10", f10.source());
        assertTrue(f10.reason().startsWith("invalid JSON: "), f10.reason());
    }

    @Test
    void htmlReplyIsConvertedAndOptionalFieldsMayBeAbsentOrOdd() {
        List<Loaded> all = read("{\"id\":7,\"reply\":\"<p>Hei Kari,</p><p>vaihdoimme laitteen.</p>\","
                + "\"customer\":\"<div>Laite ei käynnisty.</div><div>Mitä teen?</div>\",\"sentAt\":\"eilen\","
                + "\"agent\":null,\"subject\":{\"x\":1}}");
        Message m = ok(all.get(0));
        assertEquals("7", m.source());
        assertTrue(m.html());
        assertEquals("Hei Kari,\n\nvaihdoimme laitteen.", m.body().text());
        assertEquals("Laite ei käynnisty.\nMitä teen?", m.customerText());
        assertNull(m.date());
        assertNull(m.agent());
        assertNull(m.subject());
    }

    @Test
    void dateFormsAndCrlfAndBom() {
        byte[] data = ("\uFEFF{\"id\":\"d1\",\"reply\":\"Hei\",\"sentAt\":\"2024-03-05 14:03:27\"}\r\n"
                + "{\"id\":\"d2\",\"reply\":\"Hei\",\"sentAt\":1709640207}\r\n").getBytes(StandardCharsets.UTF_8);
        List<Loaded> all = JsonlReader.read("x.jsonl", data, 10_000);
        assertEquals(OffsetDateTime.of(2024, 3, 5, 14, 3, 27, 0, ZoneOffset.UTC), ok(all.get(0)).date());
        assertEquals(OffsetDateTime.of(2024, 3, 5, 12, 3, 27, 0, ZoneOffset.UTC), ok(all.get(1)).date());
        assertEquals("d1", all.get(0).source());
    }

    @Test
    void overlongLineFailsAndNextLineLoads() {
        String big = "{\"id\":\"iso\",\"reply\":\"" + "a".repeat(5000) + "\"}";
        byte[] data = (big + "\n{\"id\":\"pieni\",\"reply\":\"Hei\"}\n").getBytes(StandardCharsets.UTF_8);
        List<Loaded> all = JsonlReader.read("x.jsonl", data, 1024);
        assertEquals(2, all.size());
        Loaded.Failed f = assertInstanceOf(Loaded.Failed.class, all.get(0));
        assertEquals("x.jsonl:1", f.source());
        assertTrue(f.reason().startsWith("too large (4.9 KB; limit 1 KB)"), f.reason());
        assertEquals("pieni", all.get(1).source());
    }

    @Test
    void lastLineWithoutNewline() {
        byte[] data = "{\"id\":\"v\",\"reply\":\"Hei Tero\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals("v", JsonlReader.read("x.jsonl", data, 1000).get(0).source());
    }
}
