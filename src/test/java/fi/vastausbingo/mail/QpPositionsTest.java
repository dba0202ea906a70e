// Tests that findings in quoted-printable and HTML mail bodies point at the raw line and column.
package fi.vastausbingo.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.reply.SourceText;
import fi.vastausbingo.reply.SourceText.Position;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Quoted-printable joins raw lines (soft breaks) and shortens them ("=C3=A4" is one character),
 * so a decoded character's place in the input has to be traced through the decoding. These
 * tests check positions against the raw message: line numbers are 1-based lines of the raw
 * bytes, columns 1-based characters in that line, an escaped character is where its "=" is.
 */
class QpPositionsTest {
    private static final Charset LATIN1 = StandardCharsets.ISO_8859_1;

    private static byte[] mail(String eol, Charset cs, String... lines) {
        return (String.join(eol, lines) + eol).getBytes(cs);
    }

    private static Message ok(Loaded l) {
        return EmlReaderTest.ok(l);
    }

    /** Position of the {@code nth} (0-based) occurrence of {@code needle} in the body text. */
    private static Position pos(Message m, String needle, int nth) {
        String t = m.body().text();
        int i = -1;
        for (int k = 0; k <= nth; k++) {
            i = t.indexOf(needle, i + 1);
            assertTrue(i >= 0, "body does not contain: " + needle + "\n---\n" + t);
        }
        return m.body().position(i);
    }

    private static Position pos(Message m, String needle) {
        return pos(m, needle, 0);
    }

    /**
     * The raw input read from {@code p} on, quoted-printable decoded: soft line breaks joined,
     * "=XX" escapes decoded, the bytes read as {@code cs}. Hard line breaks become '\n'.
     */
    static String qpAt(byte[] raw, Position p, Charset cs, int n) {
        String[] lines = new String(raw, LATIN1).split("\r\n|\n|\r", -1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String line = lines[p.line() - 1].substring(p.column() - 1);
        int l = p.line() - 1;
        while (out.size() < n * 4 + 8) {
            String content = line.stripTrailing();
            boolean soft = content.endsWith("=");
            if (soft) {
                content = content.substring(0, content.length() - 1);
            }
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c == '=' && i + 2 < content.length()
                        && Character.digit(content.charAt(i + 1), 16) >= 0 && Character.digit(content.charAt(i + 2), 16) >= 0) {
                    out.write(Integer.parseInt(content.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    out.write(c);
                }
            }
            if (!soft) {
                out.write('\n');
            }
            if (++l >= lines.length) {
                break;
            }
            line = lines[l];
        }
        String s = new String(out.toByteArray(), cs);
        return s.substring(0, Math.min(n, s.length()));
    }

    /** The raw line {@code p} points into, from its column on (for 8bit bodies). */
    static String rawAt(byte[] raw, Charset cs, Position p) {
        String[] lines = new String(raw, cs).split("\r\n|\n|\r", -1);
        return lines[p.line() - 1].substring(p.column() - 1);
    }

    // ---- text/plain ----

    private static final String[] GMAIL_LIKE = {
        "From: =?utf-8?q?Kyl=C3=A4netti?= <tuki@example.com>",                              // 1
        "To: Liisa Laine <liisa.laine@example.fi>",                                          // 2
        "Subject: =?utf-8?q?Re=3A_netti_p=C3=A4tkii?=",                                      // 3
        "MIME-Version: 1.0",                                                                 // 4
        "Content-Type: text/plain; charset=\"UTF-8\"",                                       // 5
        "Content-Transfer-Encoding: quoted-printable",                                       // 6
        "",                                                                                  // 7
        "Moi Liisa!",                                                                        // 8
        "",                                                                                  // 9
        "Kiitos, ett=C3=A4 kerroit. Katsoin yhteytesi lokit, ja kyll=C3=A4, vika oli=",      // 10
        " meid=C3=A4n p=C3=A4=C3=A4ss=C3=A4mme: M=C3=A4kikyl=C3=A4n kuitukeskittimes=",      // 11
        "s=C3=A4 oli viime viikolla viallinen kortti, ja se katkaisi yhteytt=C3=A4 i=",      // 12
        "ltaisin muutamaksi minuutiksi. Vaihdoimme kortin eilen illalla, joten p=C3=",       // 13
        "=A4tkimisen pit=C3=A4isi nyt loppua. Pahoittelemme mahdollisesti aiheutunut=",      // 14
        "ta haittaa. =C3=84l=C3=A4 huoli, 39 =E2=82=AC / kk. =F0=9F=98=85 Terkuin",          // 15
        "",                                                                                  // 16
        "Tommi"};                                                                            // 17

    private static void assertGmailLikePositions(byte[] raw) {
        Message m = ok(EmlReader.read("qp.eml", raw));
        assertEquals("Moi Liisa!\n\nKiitos, että kerroit. Katsoin yhteytesi lokit, ja kyllä, vika oli meidän päässämme:"
                + " Mäkikylän kuitukeskittimessä oli viime viikolla viallinen kortti, ja se katkaisi yhteyttä iltaisin"
                + " muutamaksi minuutiksi. Vaihdoimme kortin eilen illalla, joten pätkimisen pitäisi nyt loppua."
                + " Pahoittelemme mahdollisesti aiheutunutta haittaa. Älä huoli, 39 € / kk. \uD83D\uDE05 Terkuin\n\nTommi\n",
                m.body().text());
        assertEquals(new Position(8, 1), pos(m, "Moi"));
        assertEquals(new Position(10, 1), pos(m, "Kiitos"));
        // after one escape on the same raw line: "Kiitos, ett=C3=A4 " is 18 characters
        assertEquals(new Position(10, 19), pos(m, "kerroit"));
        assertEquals(new Position(10, 68), pos(m, "vika"));
        // after a soft break (the space starts raw line 11)
        assertEquals(new Position(11, 1), pos(m, " meidän"));
        assertEquals(new Position(11, 2), pos(m, "meidän"));
        // after several escapes: " meid=C3=A4n p=C3=A4=C3=A4ss=C3=A4mme: " is 39 characters
        assertEquals(new Position(11, 40), pos(m, "Mäkikylän"));
        // a word whose first character is escaped is where its "=" is; so is an escaped character inside a word
        assertEquals(new Position(11, 15), pos(m, "ää"));
        // a word cut by a soft break starts on the first line; its rest is on the next
        assertEquals(new Position(11, 60), pos(m, "kuitukeskittimessä"));
        assertEquals(new Position(12, 1), pos(m, "sä oli"));
        assertEquals(new Position(12, 75), pos(m, "iltaisin"));
        assertEquals(new Position(13, 1), pos(m, "ltaisin"));
        // an escape split by a soft break: "p=C3=" / "=A4tkimisen"
        assertEquals(new Position(13, 71), pos(m, "pätkimisen"));
        assertEquals(new Position(13, 72), pos(m, "ätkimisen"));
        assertEquals(new Position(14, 4), pos(m, "tkimisen"));
        assertEquals(new Position(14, 13), pos(m, "pitäisi"));
        assertEquals(new Position(14, 22), pos(m, "isi nyt"));
        assertEquals(new Position(14, 38), pos(m, "Pahoittelemme"));
        assertEquals(new Position(14, 66), pos(m, "aiheutunutta"));
        assertEquals(new Position(15, 1), pos(m, "ta haittaa"));
        assertEquals(new Position(15, 13), pos(m, "Älä"));
        assertEquals(new Position(15, 27), pos(m, "huoli"));
        assertEquals(new Position(15, 37), pos(m, "€"));
        assertEquals(new Position(15, 47), pos(m, "/ kk"));
        assertEquals(new Position(15, 53), pos(m, "\uD83D\uDE05"));
        assertEquals(new Position(15, 66), pos(m, "Terkuin"));
        assertEquals(new Position(17, 1), pos(m, "Tommi"));
        // every word really is there in the raw message
        for (String w : new String[] {"kerroit", "Mäkikylän", "kuitukeskittimessä", "pätkimisen", "aiheutunutta", "Älä",
                "huoli", "€ / kk", "Terkuin"}) {
            assertEquals(w, qpAt(raw, pos(m, w), StandardCharsets.UTF_8, w.length()), w);
        }
    }

    @Test
    void utf8SoftBreaksAndEscapesWithCrLf() {
        assertGmailLikePositions(mail("\r\n", StandardCharsets.US_ASCII, GMAIL_LIKE));
    }

    @Test
    void utf8SoftBreaksAndEscapesWithLf() {
        assertGmailLikePositions(mail("\n", StandardCharsets.US_ASCII, GMAIL_LIKE));
    }

    @Test
    void endOfWordAtLineEndAndEndOfText() {
        byte[] raw = mail("\r\n", StandardCharsets.US_ASCII, "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable", "",
                "Hyv=C3=A4=C3=A4 p=C3=A4iv=C3=A4=C3=A4",  // 4
                "toivottaa Tiina");                         // 5
        Message m = ok(EmlReader.read("end.eml", raw));
        SourceText b = m.body();
        assertEquals("Hyvää päivää\ntoivottaa Tiina\n", b.text());
        // the end of "päivää" is its line break, just after the last escape
        assertEquals(new Position(4, 38), b.position(b.text().indexOf('\n')));
        assertEquals(new Position(4, 17), pos(m, "päivää"));
        assertEquals(new Position(5, 11), pos(m, "Tiina"));
        assertEquals(new Position(5, 16), b.position(b.text().length() - 1));
    }

    @Test
    void iso88591QuotedPrintable() {
        byte[] raw = mail("\r\n", StandardCharsets.US_ASCII,
                "Subject: =?iso-8859-1?Q?Re:_P=E4ivitys?=",                                     // 1
                "Content-Type: text/plain; charset=\"ISO-8859-1\"",                              // 2
                "Content-Transfer-Encoding: quoted-printable",                                   // 3
                "",                                                                              // 4
                "Hyv=E4 asiakkaamme,",                                                           // 5
                "p=E4ivitys asentuu y=F6ll=E4 automaattisesti. =C4l=E4 sammuta laitetta, sill=", // 6
                "=E4 se k=E4ynnistyy itsest=E4=E4n. Hinta 5 =80.");                               // 7
        Message m = ok(EmlReader.read("latin1.eml", raw));
        assertEquals("Hyvä asiakkaamme,\npäivitys asentuu yöllä automaattisesti. Älä sammuta laitetta, sillä se"
                + " käynnistyy itsestään. Hinta 5 €.\n", m.body().text());
        assertEquals(new Position(5, 8), pos(m, "asiakkaamme"));
        assertEquals(new Position(6, 1), pos(m, "päivitys"));
        assertEquals(new Position(6, 20), pos(m, "yöllä"));
        assertEquals(new Position(6, 30), pos(m, "automaattisesti"));
        assertEquals(new Position(6, 47), pos(m, "Älä"));
        assertEquals(new Position(6, 73), pos(m, "sillä"));
        assertEquals(new Position(7, 1), pos(m, "ä se"));
        assertEquals(new Position(7, 8), pos(m, "käynnistyy"));
        assertEquals(new Position(7, 21), pos(m, "itsestään"));
        assertEquals(new Position(7, 42), pos(m, "5 €"));
        for (String w : new String[] {"yöllä", "Älä", "käynnistyy", "itsestään", "€"}) {
            assertEquals(w, qpAt(raw, pos(m, w), Charset.forName("windows-1252"), w.length()), w);
        }
    }

    @Test
    void brokenEscapesLowercaseHexAndPaddingKeepColumns() {
        byte[] raw = mail("\r\n", StandardCharsets.US_ASCII, "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable", "",
                "100 =% alennus =c3=a4 =ZZ sana =3D toinen=  ",   // 4: soft break with trailing padding
                "jatkuu t=C3=A4ss=C3=A4 = loppu",                  // 5: a lone "=" mid-line stays
                "=0D=0Auusi rivi =C3=");                           // 6: encoded line break, cut-off UTF-8 at the end
        Message m = ok(EmlReader.read("broken.eml", raw));
        assertEquals("100 =% alennus ä =ZZ sana = toinenjatkuu tässä = loppu\n\nuusi rivi \uFFFD", m.body().text());
        assertEquals(new Position(6, 1), m.body().position(m.body().text().indexOf("\n\n") + 1));
        assertEquals(new Position(4, 5), pos(m, "=%"));
        assertEquals(new Position(4, 8), pos(m, "alennus"));
        assertEquals(new Position(4, 16), pos(m, "ä =ZZ"));
        assertEquals(new Position(4, 23), pos(m, "=ZZ"));
        assertEquals(new Position(4, 27), pos(m, "sana"));
        assertEquals(new Position(4, 32), pos(m, "= toinen"));
        assertEquals(new Position(4, 36), pos(m, "toinen"));
        assertEquals(new Position(5, 1), pos(m, "jatkuu"));
        assertEquals(new Position(5, 8), pos(m, "tässä"));
        assertEquals(new Position(5, 26), pos(m, "loppu"));
        assertEquals(new Position(6, 7), pos(m, "uusi"));
        assertEquals(new Position(6, 12), pos(m, "rivi"));
        assertEquals(new Position(6, 17), pos(m, "\uFFFD"));
    }

    @Test
    void unknownMultiByteCharsetFallsBackToLineMap() {
        // Shift_JIS: two bytes make one character, so characters cannot be counted back to escapes
        byte[] raw = mail("\r\n", StandardCharsets.US_ASCII, "Content-Type: text/plain; charset=Shift_JIS",
                "Content-Transfer-Encoding: quoted-printable", "",
                "Hei =82=A0 maailma, t=",   // 4
                "ama jatkuu",               // 5
                "toinen rivi");             // 6
        Message m = ok(EmlReader.read("sjis.eml", raw));
        assertEquals("Hei \u3042 maailma, tama jatkuu\ntoinen rivi\n", m.body().text());
        // as before: the decoded line's start, counted on in decoded characters
        assertEquals(new Position(4, 1), pos(m, "Hei"));
        assertEquals(4, pos(m, "jatkuu").line());
        assertEquals(new Position(6, 8), pos(m, "rivi"));
    }

    @Test
    void shiftJisAsciiOnlyIsTracedExactly() {
        byte[] raw = mail("\r\n", StandardCharsets.US_ASCII, "Content-Type: text/plain; charset=Shift_JIS",
                "Content-Transfer-Encoding: quoted-printable", "",
                "Hei =3D maailma, t=",   // 4
                "ama jatkuu");           // 5
        Message m = ok(EmlReader.read("sjis-ascii.eml", raw));
        assertEquals(new Position(4, 9), pos(m, "maailma"));
        assertEquals(new Position(5, 5), pos(m, "jatkuu"));
    }

    @Test
    void base64StaysOnTheFirstBodyLine() {
        String b64 = java.util.Base64.getMimeEncoder().encodeToString(
                "Hei Matti,\nkiitos viestistä. Tilaus lähtee huomenna.\n".getBytes(StandardCharsets.UTF_8));
        byte[] raw = mail("\r\n", StandardCharsets.US_ASCII, "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: base64", "", b64);
        Message m = ok(EmlReader.read("b64.eml", raw));
        assertEquals(4, pos(m, "Hei").line());
        assertEquals(4, pos(m, "Tilaus").line());
    }

    @Test
    void eightBitPositionsAreTheLineMap() {
        byte[] raw = mail("\r\n", StandardCharsets.UTF_8, "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit", "",
                "Hyvää päivää, \uD83D\uDE05 Matti!",
                "Tilaus lähtee = huomenna.");
        Message m = ok(EmlReader.read("8bit.eml", raw));
        SourceText b = m.body();
        for (int i = 0; i < b.text().length(); i++) {
            int li = b.lineIndex(i);
            assertEquals(new Position(4 + li, 1 + i - b.lineStart(li)), b.position(i));
        }
    }

    @Test
    void joinedInlineTextPartsKeepTheirOwnPositions() {
        byte[] raw = mail("\r\n", StandardCharsets.US_ASCII,
                "Subject: Kuva", "Content-Type: multipart/mixed; boundary=am", "",             // 1-3
                "--am", "Content-Type: text/plain; charset=utf-8",                               // 4-5
                "Content-Transfer-Encoding: quoted-printable", "",                               // 6-7
                "Hei Ville, t=C3=A4ss=C3=A4 kuva vioittuneesta paketi=",                         // 8
                "sta:",                                                                          // 9
                "--am", "Content-Type: image/jpeg; name=paketti.jpg", "Content-Disposition: inline; filename=paketti.jpg",
                "Content-Transfer-Encoding: base64", "", "/9j/4AAQSkZJRg==",                     // 10-15
                "--am", "Content-Type: text/plain; charset=utf-8",                               // 16-17
                "Content-Transfer-Encoding: quoted-printable", "",                               // 18-19
                "Korvaamme tuotteen, pahoittelemme h=C3=A4=",                                    // 20
                "iri=C3=B6t=C3=A4. Terveisin Aino", "--am--");                                   // 21
        Message m = ok(EmlReader.read("apple-qp.eml", raw));
        assertEquals("Hei Ville, tässä kuva vioittuneesta paketista:\n\nKorvaamme tuotteen, pahoittelemme häiriötä."
                + " Terveisin Aino", m.body().text());
        assertEquals(new Position(8, 28), pos(m, "kuva"));
        assertEquals(new Position(9, 1), pos(m, "sta:"));
        assertEquals(new Position(20, 1), pos(m, "Korvaamme"));
        assertEquals(new Position(20, 21), pos(m, "pahoittelemme"));
        assertEquals(new Position(21, 1), pos(m, "iriötä"));
        assertEquals(new Position(21, 19), pos(m, "Terveisin"));
    }

    @Test
    void mboxOffsetIsKept() {
        String s = "From tuki@example.fi Tue Mar  5 14:03:27 2024\n"       // 41
                + "Content-Type: text/plain; charset=utf-8\n"               // 42
                + "Content-Transfer-Encoding: quoted-printable\n"           // 43
                + "\n"                                                      // 44
                + "Hei Jenni, tilaus on matkalla ja sen pit=C3=A4isi=\n"   // 45
                + " olla perill=C3=A4 huomenna.\n";                         // 46
        Message m = ok(EmlReader.read("box.mbox#2", s.getBytes(StandardCharsets.US_ASCII), 41));
        assertEquals(new Position(45, 38), pos(m, "pitäisi"));
        assertEquals(new Position(46, 2), pos(m, "olla"));
        assertEquals(new Position(46, 7), pos(m, "perillä"));
    }

    /**
     * Random UTF-8 and ISO-8859-1 texts, encoded with random escapes, soft breaks (some with
     * padding after the "=") and CRLF or LF: every character must map to the raw place of its
     * first byte, a line break to the raw line break.
     */
    @Test
    void randomEncodingsMapEveryCharacter() {
        Random rnd = new Random(20240305);
        String utf8Alphabet = "abcdefghijklmnopqrstuvyöäåÄÖ   .,!?=€–\t\n\uD83D\uDE05";
        String latinAlphabet = "abcdefghijklmnopqrstuvyöäåÄÖ   .,!?=\t\n";
        for (int round = 0; round < 300; round++) {
            boolean utf8 = round % 3 != 0;
            Charset cs = utf8 ? StandardCharsets.UTF_8 : LATIN1;
            String alphabet = utf8 ? utf8Alphabet : latinAlphabet;
            String eol = rnd.nextBoolean() ? "\r\n" : "\n";
            StringBuilder text = new StringBuilder("a");
            int len = 1 + rnd.nextInt(400);
            while (text.length() < len) {
                int k = rnd.nextInt(alphabet.length());
                char c = alphabet.charAt(k);
                if (Character.isHighSurrogate(c)) {
                    text.append(c).append(alphabet.charAt(k + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    text.append(c);
                }
            }
            String header = "Content-Type: text/plain; charset=" + (utf8 ? "utf-8" : "iso-8859-1") + eol
                    + "Content-Transfer-Encoding: quoted-printable" + eol + eol;
            int firstLine = 4;
            StringBuilder body = new StringBuilder();
            List<Position> expected = new ArrayList<>();
            int line = firstLine;
            int col = 1;
            String t = text.toString();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isLowSurrogate(c)) {
                    expected.add(null);
                    continue;
                }
                expected.add(new Position(line, col));
                if (c == '\n') {
                    body.append(eol);
                    line++;
                    col = 1;
                    continue;
                }
                int cp = t.codePointAt(i);
                boolean beforeBreak = i + 1 >= t.length() || t.charAt(i + 1) == '\n';
                for (byte by : new String(Character.toChars(cp)).getBytes(cs)) {
                    int b = by & 0xFF;
                    boolean escape = b >= 0x80 || b == '=' || ((b == ' ' || b == '\t') && beforeBreak) || rnd.nextInt(10) == 0;
                    String unit = escape ? String.format("=%02X", b) : String.valueOf((char) b);
                    body.append(unit);
                    col += unit.length();
                    if (rnd.nextInt(12) == 0 || col > 70) {
                        body.append('=').append(rnd.nextInt(5) == 0 ? " \t" : "").append(eol);
                        line++;
                        col = 1;
                    }
                }
            }
            expected.add(new Position(line, col)); // the final line break
            body.append(eol);
            byte[] raw = (header + body).getBytes(StandardCharsets.US_ASCII);
            Message m = ok(EmlReader.read("random.eml", raw));
            SourceText st = m.body();
            assertEquals(t + "\n", st.text(), "round " + round);
            for (int i = 0; i < expected.size(); i++) {
                if (expected.get(i) != null) {
                    assertEquals(expected.get(i), st.position(i), "round " + round + ", char " + i + "\n" + header + body);
                }
            }
        }
    }

    // ---- HTML ----

    @Test
    void htmlQuotedPrintablePart() {
        byte[] raw = mail("\r\n", StandardCharsets.US_ASCII,
                "Subject: Re: netti",                                                                 // 1
                "Content-Type: multipart/alternative; boundary=\"b\"",                                // 2
                "",                                                                                   // 3
                "--b",                                                                                // 4
                "Content-Type: text/html; charset=\"UTF-8\"",                                         // 5
                "Content-Transfer-Encoding: quoted-printable",                                        // 6
                "",                                                                                   // 7
                "<div dir=3D\"ltr\"><div>Moi Liisa!</div><div><br></div><div>Kiitos, ett=C3=A4=",    // 8
                " kerroit. Katsoin yhteytesi lokit, ja kyll=C3=A4, vika oli meid=C3=A4n p=C3=",      // 9
                "=A4=C3=A4ss=C3=A4mme. Pahoittelemme mahdollisesti aiheutunutta haittaa.</div><=",   // 10
                "div>Hinta 39 &euro; / kk &amp; toimitus=20",                                         // 11
                "ilmainen.</div><div>Terkuin<br>Tommi Hakal=",                                        // 12
                "a</div><blockquote class=3D\"gmail_quote\">Moi!<br>Mun netti p=C3=A4tkii.</blockquote>", // 13
                "--b--");
        Message m = ok(EmlReader.read("html-qp.eml", raw));
        assertTrue(m.html());
        assertEquals("Moi Liisa!\n\nKiitos, että kerroit. Katsoin yhteytesi lokit, ja kyllä, vika oli meidän päässämme."
                + " Pahoittelemme mahdollisesti aiheutunutta haittaa.\nHinta 39 € / kk & toimitus ilmainen.\nTerkuin\n"
                + "Tommi Hakala\n> Moi!\n> Mun netti pätkii.", m.body().text());
        assertEquals(new Position(8, 23), pos(m, "Moi Liisa"));
        assertEquals(new Position(8, 59), pos(m, "Kiitos"));
        assertEquals(new Position(9, 2), pos(m, "kerroit"));
        assertEquals(new Position(9, 36), pos(m, "ja kyllä"));
        assertEquals(new Position(9, 51), pos(m, "vika"));
        assertEquals(new Position(9, 72), pos(m, "päässämme"));
        assertEquals(new Position(9, 73), pos(m, "äässämme"));
        assertEquals(new Position(10, 4), pos(m, "ässämme"));
        assertEquals(new Position(10, 23), pos(m, "Pahoittelemme"));
        assertEquals(new Position(10, 51), pos(m, "aiheutunutta"));
        assertEquals(new Position(11, 5), pos(m, "Hinta"));
        // an entity is where its "&" is; the text after it is exact again
        assertEquals(new Position(11, 14), pos(m, "€"));
        assertEquals(new Position(11, 21), pos(m, "/ kk"));
        assertEquals(new Position(11, 26), pos(m, "& toimitus"));
        assertEquals(new Position(11, 32), pos(m, "toimitus"));
        // the space was "=20" at the end of line 11, and the word goes on on line 12
        assertEquals(new Position(11, 40), pos(m, " ilmainen"));
        assertEquals(new Position(12, 1), pos(m, "ilmainen"));
        assertEquals(new Position(12, 21), pos(m, "Terkuin"));
        assertEquals(new Position(12, 32), pos(m, "Tommi"));
        assertEquals(new Position(12, 38), pos(m, "Hakala"));
        // "> " has no source: the quoted text itself is exact
        assertEquals(new Position(13, 42), pos(m, "Moi!"));
        assertEquals(new Position(13, 50), pos(m, "Mun netti"));
        assertEquals(new Position(13, 60), pos(m, "pätkii"));
        for (String w : new String[] {"kerroit", "päässämme", "Pahoittelemme", "toimitus", "ilmainen", "Hakala", "pätkii"}) {
            assertEquals(w, qpAt(raw, pos(m, w), StandardCharsets.UTF_8, w.length()), w);
        }
    }

    /**
     * Random HTML (words in divs and paragraphs, inline tags, line breaks inside text) encoded
     * as UTF-8 quoted-printable with random escapes and soft breaks: every word of the output
     * must point at the raw place where the word is written.
     */
    @Test
    void randomHtmlWordsPointAtTheirSource() {
        Random rnd = new Random(77);
        String[] words = {"hei", "Matti", "kiitos", "viestistä", "tilaus", "lähtee", "huomenna", "pätkimisen",
            "Älä", "yöllä", "€", "\uD83D\uDE05", "ok"};
        String[] opens = {"<div>", "<p>", "<b>", "<span style=\"color:red\">", "<br>", "</div><div>"};
        for (int round = 0; round < 150; round++) {
            StringBuilder html = new StringBuilder("<div>");
            int count = 5 + rnd.nextInt(60);
            for (int w = 0; w < count; w++) {
                html.append(words[rnd.nextInt(words.length)]);
                int r = rnd.nextInt(10);
                html.append(r < 5 ? " " : r < 7 ? "\n" : r < 9 ? opens[rnd.nextInt(opens.length)] : " \n  ");
            }
            html.append("</div>");
            String eol = rnd.nextBoolean() ? "\r\n" : "\n";
            StringBuilder body = new StringBuilder();
            int col = 1;
            byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xFF;
                if (b == '\n') {
                    body.append(eol);
                    col = 1;
                    continue;
                }
                boolean beforeBreak = i + 1 >= bytes.length || bytes[i + 1] == '\n';
                boolean escape = b >= 0x80 || b == '=' || (b == ' ' && beforeBreak) || rnd.nextInt(15) == 0;
                String unit = escape ? String.format("=%02X", b) : String.valueOf((char) b);
                body.append(unit);
                col += unit.length();
                if (rnd.nextInt(20) == 0 || col > 70) {
                    body.append('=').append(eol);
                    col = 1;
                }
            }
            String header = "Content-Type: text/html; charset=utf-8" + eol
                    + "Content-Transfer-Encoding: quoted-printable" + eol + eol;
            byte[] raw = (header + body + eol).getBytes(StandardCharsets.US_ASCII);
            Message m = ok(EmlReader.read("random-html.eml", raw));
            SourceText st = m.body();
            String t = st.text();
            int i = 0;
            while (i < t.length()) {
                if (Character.isWhitespace(t.charAt(i))) {
                    i++;
                    continue;
                }
                int e = i;
                while (e < t.length() && !Character.isWhitespace(t.charAt(e))) {
                    e++;
                }
                String word = t.substring(i, e);
                String at = qpAt(raw, st.position(i), StandardCharsets.UTF_8, word.length() + 80);
                // inline tags may sit inside a word of the output ("€<b>hei" reads "€hei")
                assertTrue(at.replaceAll("<[^>]*>", "").startsWith(word), "round " + round + ": " + word + " at " + st.position(i)
                        + " reads " + at + "\n" + header + body);
                i = e;
            }
        }
    }

    @Test
    void htmlIso88591QuotedPrintableOnly() {
        byte[] raw = mail("\r\n", StandardCharsets.US_ASCII,
                "Content-Type: text/html; charset=\"iso-8859-1\"",                                   // 1
                "Content-Transfer-Encoding: quoted-printable",                                      // 2
                "",                                                                                 // 3
                "<html><head>",                                                                     // 4
                "<meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3Diso-8859-=",  // 5
                "1\">",                                                                             // 6
                "</head><body>",                                                                    // 7
                "<div>Hei!</div><div>Kiitos viestist=E4. Tek=",                                     // 8
                "stiviestimuistutukset saa p=E4=E4lle kohdasta Asetukset &gt;=",                    // 9
                " Muistutukset.</div></body></html>");                                              // 10
        Message m = ok(EmlReader.read("html-latin1.eml", raw));
        assertEquals("Hei!\nKiitos viestistä. Tekstiviestimuistutukset saa päälle kohdasta Asetukset > Muistutukset.",
                m.body().text());
        assertEquals(new Position(8, 6), pos(m, "Hei!"));
        assertEquals(new Position(8, 21), pos(m, "Kiitos"));
        assertEquals(new Position(8, 28), pos(m, "viestistä"));
        assertEquals(new Position(8, 41), pos(m, "Tekstiviestimuistutukset"));
        assertEquals(new Position(9, 1), pos(m, "stiviestimuistutukset"));
        assertEquals(new Position(9, 27), pos(m, "päälle"));
        assertEquals(new Position(9, 47), pos(m, "Asetukset"));
        assertEquals(new Position(9, 57), pos(m, ">"));
        assertEquals(new Position(10, 2), pos(m, "Muistutukset"));
    }

    @Test
    void htmlEightBitWordsKeepTheirSourceLines() {
        byte[] raw = mail("\r\n", StandardCharsets.UTF_8,
                "Content-Type: text/html; charset=utf-8",                        // 1
                "Content-Transfer-Encoding: 8bit",                               // 2
                "",                                                              // 3
                "<div>Hei Matti,</div><div>eräpäivää voi siirtää kahdella",      // 4
                "  viikolla &ndash; tein siirron jo",                            // 5
                "puolestasi.</div><p>Terveisin<br>Tiina</p>");                   // 6
        Message m = ok(EmlReader.read("html-8bit.eml", raw));
        assertEquals("Hei Matti,\neräpäivää voi siirtää kahdella viikolla – tein siirron jo puolestasi.\n\nTerveisin\nTiina",
                m.body().text());
        assertEquals(new Position(4, 6), pos(m, "Hei"));
        assertEquals(new Position(4, 27), pos(m, "eräpäivää"));
        assertEquals(new Position(4, 49), pos(m, "kahdella"));
        assertEquals(new Position(5, 3), pos(m, "viikolla"));
        assertEquals(new Position(5, 12), pos(m, "–"));
        assertEquals(new Position(5, 20), pos(m, "tein"));
        assertEquals(new Position(6, 1), pos(m, "puolestasi"));
        assertEquals(new Position(6, 21), pos(m, "Terveisin"));
        assertEquals(new Position(6, 34), pos(m, "Tiina"));
        for (String w : new String[] {"eräpäivää", "kahdella", "viikolla", "tein", "puolestasi", "Tiina"}) {
            assertTrue(rawAt(raw, StandardCharsets.UTF_8, pos(m, w)).startsWith(w), w);
        }
    }
}
