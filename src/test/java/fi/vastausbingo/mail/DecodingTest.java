// Tests for the low-level decoders: quoted-printable line map, base64, charsets, dates, MIME spans.
package fi.vastausbingo.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodingTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void quotedPrintableSoftBreaksAndLineMap() {
        QuotedPrintable.Decoded d = QuotedPrintable.decode(ascii(
                "Hei Ma=\r\ntti,\r\n\r\ntilaus l=C3=A4htee=20\r\nhuomenna. =3D ok\r\n= \r\nloppu"));
        assertEquals("Hei Matti,\n\ntilaus lähtee \nhuomenna. = ok\nloppu",
                new String(d.bytes(), StandardCharsets.UTF_8));
        // decoded line i starts on raw line rawLine[i] (0-based)
        assertArrayEquals(new int[] {0, 2, 3, 4, 6}, d.rawLine()); // raw line 5 is only a soft break
        assertArrayEquals(new int[] {1, 1, 1, 1, 1}, d.rawColumn());
    }

    @Test
    void quotedPrintableKeepsBrokenEscapesAndLowercaseHex() {
        QuotedPrintable.Decoded d = QuotedPrintable.decode(ascii("100 =% alennus =e4 =ZZ ="));
        assertEquals("100 =% alennus \u00e4 =ZZ ", new String(d.bytes(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void quotedPrintableRawOffsetPerDecodedByte() {
        byte[] raw = ascii("a=C3=A4=\r\nb =XY\r\n=0D=0Ac=");
        QuotedPrintable.Decoded d = QuotedPrintable.decode(raw);
        assertEquals("a\u00c3\u00a4b =XY\n\nc", new String(d.bytes(), StandardCharsets.ISO_8859_1));
        // a: 0, =C3: 1, =A4: 4, b: 10, ' ': 11, '=XY' literally: 12..14, CR LF: 15, =0D=0A: 17, c: 23; end: 25
        assertArrayEquals(new int[] {0, 1, 4, 10, 11, 12, 13, 14, 15, 17, 23, 25}, d.rawOffset());
    }

    @Test
    void tracedDecodingRelatesCharactersToBytes() {
        // UTF-8 with a BOM, a two-byte and a four-byte (surrogate pair) character
        TextDecoding.Traced t = TextDecoding.decodeTraced("\uFEFFä \uD83D\uDE05x".getBytes(StandardCharsets.UTF_8), "utf-8");
        assertEquals("ä \uD83D\uDE05x", t.text());
        assertTrue(t.utf8());
        assertArrayEquals(new int[] {3, 5, 6, 6, 10, 11}, t.byteOf());
        // a multi-byte sequence cut off at the end is one U+FFFD
        t = TextDecoding.decodeTraced(new byte[] {'a', (byte) 0xC3, (byte) 0xA4, (byte) 0xE2, (byte) 0x82}, null);
        assertEquals("aä\uFFFD", t.text());
        assertArrayEquals(new int[] {0, 1, 3, 5}, t.byteOf());
        t = TextDecoding.decodeTraced(new byte[] {'a', (byte) 0xC3, (byte) 0xA4, (byte) 0xF0, (byte) 0x9F}, null);
        assertEquals("aä\uFFFD", t.text());
        assertArrayEquals(new int[] {0, 1, 3, 5}, t.byteOf());
        // windows-1252 (declared or guessed): one byte, one character
        byte[] cp = "Hyvää €".getBytes(Charset.forName("windows-1252"));
        t = TextDecoding.decodeTraced(cp, "iso-8859-1");
        assertEquals("Hyvää €", t.text());
        assertFalse(t.utf8());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, t.byteOf());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, TextDecoding.decodeTraced(cp, null).byteOf());
        // characters that cannot be counted back to bytes: no trace, same text as decode()
        byte[] sjis = "Hei \u3042".getBytes(Charset.forName("Shift_JIS"));
        assertNull(TextDecoding.decodeTraced(sjis, "Shift_JIS").byteOf());
        assertEquals(TextDecoding.decode(sjis, "Shift_JIS"), TextDecoding.decodeTraced(sjis, "Shift_JIS").text());
        byte[] utf16 = "\uFEFFHei".getBytes(StandardCharsets.UTF_16BE);
        assertNull(TextDecoding.decodeTraced(utf16, null).byteOf());
        assertEquals("Hei", TextDecoding.decodeTraced(utf16, null).text());
    }

    @Test
    void base64LenientSkipsJunkAndTruncation() {
        assertEquals("Hei Matti", new String(Base64Lenient.decode(ascii("SGVp\r\nIE1hdHRp\r\n")), StandardCharsets.UTF_8));
        // cut mid-group: the complete bytes survive
        assertEquals("Hei Mat", new String(Base64Lenient.decode(ascii("SGVpIE1hdHR")), StandardCharsets.UTF_8)
                .substring(0, 7));
        // a cut-off boundary line after the data is not decoded into garbage
        assertEquals("Hei", new String(Base64Lenient.decode(ascii("SGVp\r\n--b1\r\nContent-Ty")), StandardCharsets.UTF_8));
    }

    @Test
    void charsetLabels() {
        assertNull(TextDecoding.charsetFor(null));
        assertNull(TextDecoding.charsetFor("utf-8"));
        assertNull(TextDecoding.charsetFor("UTF8"));
        assertNull(TextDecoding.charsetFor("us-ascii"));
        assertNull(TextDecoding.charsetFor("x-unknown"));
        assertNull(TextDecoding.charsetFor("unknown-8bit"));
        Charset cp = Charset.forName("windows-1252");
        assertEquals(cp, TextDecoding.charsetFor("ISO-8859-1"));
        assertEquals(cp, TextDecoding.charsetFor("latin1"));
        assertEquals(cp, TextDecoding.charsetFor("\"cp1252\""));
        assertEquals(Charset.forName("ISO-8859-15"), TextDecoding.charsetFor("iso-8859-15"));
    }

    @Test
    void guessingUtf8ThenWindows1252() {
        assertEquals("Äijälä", TextDecoding.decodeGuessing("Äijälä".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Äijälä €", TextDecoding.decodeGuessing("Äijälä €".getBytes(Charset.forName("windows-1252"))));
        assertEquals("Hei", TextDecoding.decodeGuessing("\uFEFFHei".getBytes(StandardCharsets.UTF_8)));
        // a UTF-8 text cut inside its last character is still UTF-8
        byte[] cut = "Kiitos, hyvää päivää".getBytes(StandardCharsets.UTF_8);
        byte[] shorter = java.util.Arrays.copyOf(cut, cut.length - 1);
        assertEquals("Kiitos, hyvää päivä\uFFFD", TextDecoding.decodeGuessing(shorter));
        // ISO-8859-1 decoded C1 controls become the windows-1252 characters they were meant as
        assertEquals("25 € – “hinta”", TextDecoding.fixC1Controls("25 \u0080 \u0096 \u0093hinta\u0094"));
    }

    @Test
    void declaredCharsetUsedUnlessItLies() {
        byte[] latin9 = "Hinta 5 €".getBytes(Charset.forName("ISO-8859-15"));
        assertEquals("Hinta 5 €", TextDecoding.decode(latin9, "iso-8859-15"));
        assertEquals("Hyvää", TextDecoding.decode("Hyvää".getBytes(StandardCharsets.UTF_8), "iso-8859-15"));
        assertEquals("Hyvää", TextDecoding.decode("Hyvää".getBytes(Charset.forName("windows-1252")), "utf-8"));
    }

    @Test
    void headerWordsDecodeLeniently() {
        assertEquals("Äijälä", HeaderDecoding.words("=?utf-8?q?=C3=84ij=C3=A4l=C3=A4?="));
        assertEquals("Äijälä", HeaderDecoding.words("=?x-unknown?q?=C3=84ij=C3=A4l=C3=A4?="));
        assertEquals("Äijälä", HeaderDecoding.words("=?utf-8*fi?B?w4RpasOkbMOk?="));
        assertEquals("Re: Hyvä palvelu", HeaderDecoding.words("Re: =?ISO-8859-1?Q?Hyv=E4?= palvelu"));
        assertEquals("ab", HeaderDecoding.words("=?utf-8?q?a?= \r\n =?utf-8?q?b?="));
        assertEquals("Pekka Mäkelä", HeaderDecoding.text("  Pekka M\u00e4kel\u00e4 ".getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void mailDates() {
        assertEquals(OffsetDateTime.of(2024, 3, 5, 14, 3, 27, 0, ZoneOffset.ofHours(2)),
                MailDates.parseHeader("Tue, 5 Mar 2024 14:03:27 +0200"));
        assertEquals(OffsetDateTime.of(2024, 3, 5, 14, 3, 0, 0, ZoneOffset.UTC),
                MailDates.parseHeader("5 Mar 24 14:03 GMT"));
        assertEquals(OffsetDateTime.of(2024, 3, 5, 14, 3, 27, 0, ZoneOffset.ofHours(3)),
                MailDates.parseHeader("Tue, 05 Mar 2024 14:03:27 EEST"));
        assertEquals(OffsetDateTime.of(2024, 3, 5, 14, 3, 27, 0, ZoneOffset.ofHours(2)),
                MailDates.parseHeader("2024-03-05T14:03:27+02:00"));
        assertNull(MailDates.parseHeader("Tue, 31 Feb 2024 14:03:27 +0200"));
        assertNull(MailDates.parseHeader("ei päivämäärää"));
        assertNull(MailDates.parseHeader(null));
        assertEquals(OffsetDateTime.of(2024, 3, 5, 0, 0, 0, 0, ZoneOffset.UTC), MailDates.parseIso("2024-03-05"));
        assertEquals(OffsetDateTime.of(2024, 3, 5, 12, 3, 27, 0, ZoneOffset.UTC), MailDates.parseIso("1709640207000"));
    }

    @Test
    void rawMimePartSpans() {
        byte[] raw = ascii("pre\r\n--b\r\nA: 1\r\n\r\nyksi\r\n--b  \r\n\r\nkaksi\r\n--b--\r\nepilogi\r\n");
        RawMime rm = new RawMime(raw, 1);
        List<RawMime.Span> spans = rm.partSpans(0, raw.length, "b");
        assertEquals(2, spans.size());
        String first = new String(raw, spans.get(0).start(), spans.get(0).end() - spans.get(0).start(),
                StandardCharsets.ISO_8859_1);
        assertEquals("A: 1\r\n\r\nyksi", first);
        int body2 = rm.bodyStart(spans.get(1).start(), spans.get(1).end());
        assertEquals("kaksi", new String(raw, body2, spans.get(1).end() - body2, StandardCharsets.ISO_8859_1));
        assertEquals(8, rm.lineOf(body2)); // a part without headers starts with its empty line
        // without a closing delimiter the last part runs to the end
        byte[] cut = ascii("--b\r\n\r\nyksi\r\n--b\r\n\r\nkaks");
        List<RawMime.Span> s2 = new RawMime(cut, 1).partSpans(0, cut.length, "b");
        assertEquals(2, s2.size());
        assertEquals(cut.length, s2.get(1).end());
    }

    @Test
    void sniffing() {
        assertTrue(Sniffer.looksLikeMessage(ascii("Return-Path: <a@b>\nReceived: x\n\tjatkuu\nSubject: y\n\nrunko"), true));
        assertTrue(Sniffer.looksLikeMessage(ascii("\r\nFrom: a@b\r\nSubject: x\r\n\r\nrunko"), true));
        assertFalse(Sniffer.looksLikeMessage(ascii("Huom: tämä on luonnos\n\nHei Matti"), true));
        assertFalse(Sniffer.looksLikeMessage(ascii("Hei Matti,\nkiitos"), false));
        assertTrue(Sniffer.looksLikeHtml(ascii("  <!DOCTYPE html><html>")));
        assertTrue(Sniffer.looksLikeHtml(ascii("<p>Hei</p>")));
        assertFalse(Sniffer.looksLikeHtml(ascii("Hei <Nimi>, kiitos")));
        assertTrue(Sniffer.looksLikeJsonl(ascii("\n{\"id\":1,\"reply\":\"x\"}")));
        assertFalse(Sniffer.looksLikeJsonl(ascii("{hei}")));
    }
}
