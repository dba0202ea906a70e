// Tests for reading .eml messages: charsets, MIME structure, broken mail and line mapping.
package fi.vastausbingo.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.reply.SourceText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EmlReaderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** Joins lines with CRLF as mail on disk usually has them. */
    static byte[] mail(Charset cs, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(cs);
    }

    static byte[] mail(String... lines) {
        return mail(StandardCharsets.UTF_8, lines);
    }

    static Message ok(Loaded l) {
        if (l instanceof Loaded.Failed f) {
            throw new AssertionError("expected a message, got failure: " + f.reason());
        }
        return ((Loaded.Ok) l).message();
    }

    /** Input position of the first occurrence of {@code needle} in the body text. */
    static SourceText.Position pos(Message m, String needle) {
        int i = m.body().text().indexOf(needle);
        assertTrue(i >= 0, "body does not contain: " + needle + "\n---\n" + m.body().text());
        return m.body().position(i);
    }

    // ---- charsets ----

    @Test
    void theWarmUpMessageReallyGoesThroughMimeAndItsQuotedPrintable() {
        Loaded l = EmlReader.warmUp();
        Loaded.Ok ok = assertInstanceOf(Loaded.Ok.class, l, () -> l.toString());
        assertTrue(ok.message().body().text().contains("lähetys lähti tänään"), ok.message().body().text());
        assertEquals("Re: Lähetys", ok.message().subject());
    }

    @Test
    void utf8QuotedPrintableWithSoftBreaks() {
        byte[] raw = mail(
                "From: Asiakaspalvelu <asiakaspalvelu@example.fi>",      // 1
                "To: Matti Virtanen <matti.virtanen@example.com>",       // 2
                "Subject: Re: Tilauksen toimitusaika",                   // 3
                "MIME-Version: 1.0",                                     // 4
                "Content-Type: text/plain; charset=utf-8",               // 5
                "Content-Transfer-Encoding: quoted-printable",           // 6
                "",                                                      // 7
                "Hei Matti,",                                            // 8
                "",                                                      // 9
                "kiitos viestist=C3=A4si. Tilauksesi l=C3=A4htee varastolta huomenna ja on peril=", // 10
                "l=C3=A4 kahden p=C3=A4iv=C3=A4n kuluessa.",             // 11
                "",                                                      // 12
                "Yst=C3=A4v=C3=A4llisin terveisin",                      // 13
                "Liisa");                                                // 14
        Message m = ok(EmlReader.read("a.eml", raw));
        assertEquals("Hei Matti,\n\nkiitos viestistäsi. Tilauksesi lähtee varastolta huomenna ja on perillä"
                + " kahden päivän kuluessa.\n\nYstävällisin terveisin\nLiisa\n", m.body().text());
        assertEquals(8, pos(m, "Hei").line());
        assertEquals(10, pos(m, "kiitos").line());
        assertEquals(1, pos(m, "kiitos").column());
        // the soft break joined lines 10 and 11; "kahden" still points into raw line 11, after "l=C3=A4 "
        assertEquals(new SourceText.Position(11, 9), pos(m, "kahden"));
        assertEquals(13, pos(m, "Ystävällisin").line());
        assertEquals(14, pos(m, "Liisa").line());
        assertEquals("Re: Tilauksen toimitusaika", m.subject());
        assertEquals("Asiakaspalvelu", m.fromName());
        assertEquals("asiakaspalvelu@example.fi", m.fromAddress());
        assertEquals("Matti Virtanen", m.toName());
        assertFalse(m.html());
    }

    @Test
    void isoLatin1QuotedPrintableWithUmlauts() {
        byte[] raw = mail(
                "From: Tuki <tuki@example.fi>",
                "Subject: =?iso-8859-1?Q?Re:_P=E4ivityksen_asennus?=",
                "Content-Type: text/plain; charset=\"ISO-8859-1\"",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                "Hyv=E4 asiakkaamme,",
                "p=E4ivitys asentuu y=F6ll=E4 automaattisesti. =C4l=E4 sammuta laitetta.");
        Message m = ok(EmlReader.read("b.eml", raw));
        assertEquals("Re: Päivityksen asennus", m.subject());
        assertTrue(m.body().text().startsWith("Hyvä asiakkaamme,\npäivitys asentuu yöllä automaattisesti."
                + " Älä sammuta laitetta."), m.body().text());
        assertEquals(7, pos(m, "päivitys").line());
    }

    @Test
    void unlabelledEightBitWindows1252() {
        byte[] raw = mail(CP1252,
                "From: Laskutus <laskutus@example.fi>",
                "Subject: Lasku",
                "Content-Transfer-Encoding: 8bit",
                "",
                "Hei,",
                "laskunne loppusumma on 25 € ja eräpäivä on ensi viikolla.",
                "Kiitos että asioitte kanssamme – ”tervetuloa” uudelleen.");
        Message m = ok(EmlReader.read("c.eml", raw));
        assertTrue(m.body().text().contains("loppusumma on 25 € ja eräpäivä"), m.body().text());
        assertTrue(m.body().text().contains("Kiitos että asioitte kanssamme – ”tervetuloa”"), m.body().text());
        assertEquals(6, pos(m, "laskunne").line());
    }

    @Test
    void unlabelledEightBitUtf8() {
        byte[] raw = mail("Subject: Tilaus", "", "Tilauksenne lähtee tänään.");
        assertEquals("Tilauksenne lähtee tänään.\n", ok(EmlReader.read("d.eml", raw)).body().text());
    }

    @Test
    void latin1LabelOnUtf8TextIsReadAsUtf8() {
        byte[] raw = mail("Subject: x", "Content-Type: text/plain; charset=iso-8859-1",
                "Content-Transfer-Encoding: 8bit", "", "Hyvää päivää, Äijälä!");
        assertEquals("Hyvää päivää, Äijälä!\n", ok(EmlReader.read("e.eml", raw)).body().text());
    }

    @Test
    void utf8LabelOnWindows1252TextFallsBack() {
        byte[] raw = mail(CP1252, "Subject: x", "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit", "", "Hyvää päivää, Äijälä!");
        assertEquals("Hyvää päivää, Äijälä!\n", ok(EmlReader.read("f.eml", raw)).body().text());
    }

    @Test
    void base64Utf8MapsToFirstBodyLine() {
        String text = "Hei Anna,\n\nsalasanan vaihto onnistuu Oma tili -sivulla. Jos linkki ei toimi,"
                + " vastaa tähän viestiin niin autamme.\n\nTerveisin\nJari\n";
        String b64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
        byte[] raw = mail("Subject: Salasana", "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64", "", b64);
        Message m = ok(EmlReader.read("g.eml", raw));
        assertEquals(text, m.body().text());
        assertEquals(6, pos(m, "Hei").line());
        assertEquals(6, pos(m, "Jari").line());
    }

    @Test
    void rfc2047SubjectAndFromWithAijala() {
        byte[] raw = mail(
                "From: =?UTF-8?Q?Matti_=C3=84ij=C3=A4l=C3=A4?= <matti.aijala@example.fi>",
                "To: \"=?ISO-8859-1?Q?=C4ij=E4l=E4=2C_Liisa?=\" <liisa@example.fi>, toinen@example.fi",
                "Subject: =?utf-8?B?VmFzdGF1cyBrb3NrZWU6IMOEaWrDpGzDpG4=?=",
                " =?utf-8?Q?_tilaus?=",
                "",
                "Hei");
        Message m = ok(EmlReader.read("h.eml", raw));
        assertEquals("Matti Äijälä", m.fromName());
        assertEquals("matti.aijala@example.fi", m.fromAddress());
        assertEquals("Äijälä, Liisa", m.toName());
        assertEquals("Vastaus koskee: Äijälän tilaus", m.subject());
    }

    @Test
    void unknownCharsetLabelIsGuessed() {
        byte[] utf8 = mail("Subject: =?x-unknown?Q?Kysymys_=C3=A4l=C3=A4?=",
                "Content-Type: text/plain; charset=x-unknown", "", "Voitteko kertoa, milloin paketti lähtee?");
        Message m = ok(EmlReader.read("i.eml", utf8));
        assertEquals("Voitteko kertoa, milloin paketti lähtee?\n", m.body().text());
        assertEquals("Kysymys älä", m.subject());

        byte[] cp = mail(CP1252, "Subject: x", "Content-Type: text/plain; charset=unknown-8bit", "",
                "Voitteko kertoa, milloin paketti lähtee?");
        assertEquals("Voitteko kertoa, milloin paketti lähtee?\n", ok(EmlReader.read("j.eml", cp)).body().text());

        byte[] aliases = mail(CP1252, "Subject: x", "Content-Type: text/plain; charset=latin1", "", "Pyydän öljyä.");
        assertEquals("Pyydän öljyä.\n", ok(EmlReader.read("k.eml", aliases)).body().text());
    }

    @Test
    void eightBitHeadersInWindows1252() {
        byte[] raw = mail(CP1252, "From: Pekka Mäkelä <pekka@example.fi>", "Subject: Kysymys äänestä", "", "Hei");
        Message m = ok(EmlReader.read("l.eml", raw));
        assertEquals("Pekka Mäkelä", m.fromName());
        assertEquals("Kysymys äänestä", m.subject());
    }

    // ---- structure ----

    @Test
    void alternativePicksPlainText() {
        byte[] raw = mail(
                "From: Asiakaspalvelu <palvelu@example.fi>",             // 1
                "Subject: Re: Palautus",                                 // 2
                "MIME-Version: 1.0",                                     // 3
                "Content-Type: multipart/alternative; boundary=\"=_alt_1\"", // 4
                "",                                                      // 5
                "This is a multi-part message in MIME format.",          // 6
                "",                                                      // 7
                "--=_alt_1",                                             // 8
                "Content-Type: text/plain; charset=utf-8",               // 9
                "Content-Transfer-Encoding: 8bit",                       // 10
                "",                                                      // 11
                "Hei Sanna,",                                            // 12
                "palautus on kirjattu ja rahat näkyvät tililläsi viikon sisällä.", // 13
                "--=_alt_1",                                             // 14
                "Content-Type: text/html; charset=utf-8",                // 15
                "",                                                      // 16
                "<p>Hei Sanna,</p><p>HTML-versio: palautus on kirjattu.</p>", // 17
                "--=_alt_1--");
        Message m = ok(EmlReader.read("alt.eml", raw));
        assertFalse(m.html());
        assertEquals("Hei Sanna,\npalautus on kirjattu ja rahat näkyvät tililläsi viikon sisällä.", m.body().text());
        assertEquals(12, pos(m, "Hei").line());
        assertEquals(13, pos(m, "palautus").line());
        assertEquals(25, pos(m, "rahat").column());
    }

    @Test
    void htmlOnlyMailKeepsLinesAndQuotesGmailBlock() {
        byte[] raw = mail(
                "From: Tiina <tiina@example.fi>",                        // 1
                "Subject: Re: Laskun eräpäivä",                          // 2
                "Content-Type: text/html; charset=UTF-8",                // 3
                "Content-Transfer-Encoding: 8bit",                       // 4
                "",                                                      // 5
                "<div dir=\"ltr\"><div>Hei Matti,</div><div><br></div>",  // 6
                "<div>eräpäivää voi siirtää kahdella viikolla &ndash; tein siirron jo puolestasi.</div>", // 7
                "<div><br></div><div>Terveisin<br>Tiina</div></div><br>", // 8
                "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">ti 5.3.2024 klo 14.03 Matti"
                        + " &lt;matti@example.com&gt; kirjoitti:<br></div>", // 9
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex\">Voinko siirtää laskun"
                        + " eräpäivää?<br>Matti</blockquote></div>");     // 10
        Message m = ok(EmlReader.read("gmail.eml", raw));
        assertTrue(m.html());
        assertEquals(String.join("\n",
                "Hei Matti,",
                "",
                "eräpäivää voi siirtää kahdella viikolla – tein siirron jo puolestasi.",
                "",
                "Terveisin",
                "Tiina",
                "",
                "> ti 5.3.2024 klo 14.03 Matti <matti@example.com> kirjoitti:",
                "> Voinko siirtää laskun eräpäivää?",
                "> Matti"), m.body().text());
        assertEquals(6, pos(m, "Hei").line());
        assertEquals(21, pos(m, "Hei").column());
        assertEquals(7, pos(m, "eräpäivää voi").line());
        assertEquals(6, pos(m, "eräpäivää voi").column());
        assertEquals(10, pos(m, "Voinko").line());
    }

    @Test
    void outlookHtmlReplyQuotesEverythingFromDivRplyFwdMsg() {
        byte[] raw = mail(
                "From: Asiakaspalvelu <asiakaspalvelu@example.fi>",
                "Subject: VS: Toimitus",
                "Content-Type: text/html; charset=\"iso-8859-1\"",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                "<html><head><style>p.MsoNormal{margin:0}</style></head><body>",
                "<div class=3DWordSection1><p class=3DMsoNormal>Hei Pirjo,<o:p></o:p></p>",
                "<p class=3DMsoNormal><o:p>&nbsp;</o:p></p>",
                "<p class=3DMsoNormal>Toimitus l=E4htee perjantaina.<o:p></o:p></p></div>",
                "<div id=3D\"appendonsend\"></div><hr style=3D\"display:inline-block;width:98%\">",
                "<div id=3D\"divRplyFwdMsg\" dir=3D\"ltr\"><font face=3D\"Calibri\"><b>L=E4hett=E4j=E4:</b>"
                        + " Pirjo Nieminen<br><b>L=E4hetetty:</b> maanantai 4. maaliskuuta 2024 9.12</font></div>",
                "<div>Milloin tilaukseni toimitetaan?</div>",
                "</body></html>");
        Message m = ok(EmlReader.read("outlook.eml", raw));
        assertTrue(m.html());
        assertEquals(String.join("\n",
                "Hei Pirjo,",
                "",
                "Toimitus lähtee perjantaina.",
                "> Lähettäjä: Pirjo Nieminen",
                "> Lähetetty: maanantai 4. maaliskuuta 2024 9.12",
                "> Milloin tilaukseni toimitetaan?"), m.body().text());
        assertEquals(9, pos(m, "Toimitus").line());
        assertEquals(12, pos(m, "Milloin").line());
    }

    @Test
    void nestedMixedAlternativeRelatedSkipsAttachments() {
        String pdf = Base64.getMimeEncoder().encodeToString("%PDF-1.4 binary \u0000\u0001 stuff".getBytes(StandardCharsets.ISO_8859_1));
        byte[] raw = mail(
                "From: Tuki <tuki@example.fi>",                                    // 1
                "Subject: Ohje",                                                    // 2
                "Content-Type: multipart/mixed; boundary=mix",                      // 3
                "",                                                                 // 4
                "--mix",                                                            // 5
                "Content-Type: multipart/alternative; boundary=\"alt\"",           // 6
                "",                                                                 // 7
                "--alt",                                                            // 8
                "Content-Type: text/plain; charset=utf-8",                          // 9
                "",                                                                 // 10
                "Hei Kalle,",                                                       // 11
                "liitteenä ohje reitittimen nollaamiseen.",                         // 12
                "--alt",                                                            // 13
                "Content-Type: multipart/related; boundary=rel",                    // 14
                "",                                                                 // 15
                "--rel",                                                            // 16
                "Content-Type: text/html; charset=utf-8",                           // 17
                "",                                                                 // 18
                "<p>Hei Kalle,</p><p>liitteenä ohje <img src=\"cid:logo\"></p>",   // 19
                "--rel",
                "Content-Type: image/png",
                "Content-ID: <logo>",
                "Content-Transfer-Encoding: base64",
                "",
                "iVBORw0KGgo=",
                "--rel--",
                "--alt--",
                "--mix",
                "Content-Type: text/plain; name=\"loki.txt\"",
                "Content-Disposition: attachment; filename=\"loki.txt\"",
                "",
                "VIRHEKOODI 42 laitteella ABC",
                "--mix",
                "Content-Type: application/pdf; name=\"ohje.pdf\"",
                "Content-Transfer-Encoding: base64",
                "",
                pdf,
                "--mix--");
        Message m = ok(EmlReader.read("nested.eml", raw));
        assertFalse(m.html());
        assertEquals("Hei Kalle,\nliitteenä ohje reitittimen nollaamiseen.", m.body().text());
        assertEquals(11, pos(m, "Hei").line());
        assertEquals(12, pos(m, "liitteenä").line());
    }

    @Test
    void htmlAlternativeUsedWhenPlainIsEmpty() {
        byte[] raw = mail(
                "Subject: x", "Content-Type: multipart/alternative; boundary=b", "",
                "--b", "Content-Type: text/plain", "", "", "--b", "Content-Type: text/html", "",
                "<p>Hei Oskari,</p><p>kiitos tilauksesta.</p>", "--b--");
        Message m = ok(EmlReader.read("x.eml", raw));
        assertTrue(m.html());
        assertEquals("Hei Oskari,\n\nkiitos tilauksesta.", m.body().text());
        assertEquals(11, pos(m, "kiitos").line());
    }

    @Test
    void inlineTextAroundPictureIsJoined() {
        byte[] raw = mail(
                "Subject: Kuva", "Content-Type: multipart/mixed; boundary=am", "",
                "--am", "Content-Type: text/plain; charset=utf-8", "", "Hei Ville,", "tässä kuva vioittuneesta paketista:",
                "--am", "Content-Type: image/jpeg; name=paketti.jpg", "Content-Disposition: inline; filename=paketti.jpg",
                "Content-Transfer-Encoding: base64", "", "/9j/4AAQSkZJRg==",
                "--am", "Content-Type: text/plain; charset=utf-8", "", "Korvaamme tuotteen.", "--am--");
        Message m = ok(EmlReader.read("apple.eml", raw));
        assertEquals("Hei Ville,\ntässä kuva vioittuneesta paketista:\n\nKorvaamme tuotteen.", m.body().text());
        assertEquals(7, pos(m, "Hei").line());
        assertEquals(18, pos(m, "Korvaamme").line());
    }

    // ---- broken mail ----

    @Test
    void missingEndBoundaryKeepsText() {
        byte[] raw = mail(
                "Subject: Re: Reklamaatio", "Content-Type: multipart/mixed; boundary=\"XYZ\"", "",
                "--XYZ", "Content-Type: text/plain; charset=utf-8", "",
                "Hei Eero,", "reklamaatio on hyväksytty ja uusi laite lähtee tänään.");
        Message m = ok(EmlReader.read("noend.eml", raw));
        assertTrue(m.body().text().startsWith("Hei Eero,\nreklamaatio on hyväksytty ja uusi laite lähtee tänään."),
                m.body().text());
        assertEquals(8, pos(m, "reklamaatio").line());
    }

    @Test
    void wrongBoundaryFallsBackToRawBody() {
        byte[] raw = mail(
                "Subject: x", "Content-Type: multipart/alternative; boundary=\"eiloydy\"", "",
                "Hei Maija,", "vastaan kysymykseesi huomenna.");
        Message m = ok(EmlReader.read("wrongb.eml", raw));
        assertTrue(m.body().text().contains("vastaan kysymykseesi huomenna."), m.body().text());
        assertEquals(5, pos(m, "vastaan").line());
    }

    @Test
    void truncatedMessagesNeverThrow() {
        byte[] full = mail(
                "From: Tuki <tuki@example.fi>", "Subject: Katkennut", "MIME-Version: 1.0",
                "Content-Type: multipart/alternative; boundary=\"b1\"", "",
                "--b1", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "",
                Base64.getMimeEncoder().encodeToString(
                        "Hei Tuula,\nkiitos yhteydenotosta, selvitämme asian ja palaamme huomenna.\n"
                                .getBytes(StandardCharsets.UTF_8)),
                "--b1", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
                "<p>Hei Tuula,</p><p>kiitos yhteydenotosta, selvit=C3=A4mme asian ja palaamme huomenna.</p>",
                "--b1--");
        for (int cut = 0; cut <= full.length; cut += 7) {
            byte[] part = java.util.Arrays.copyOf(full, cut);
            Loaded l = EmlReader.read("cut.eml", part);
            assertNotNull(l);
            if (l instanceof Loaded.Failed f) {
                assertFalse(f.reason().contains("Exception"), f.reason());
                assertFalse(f.reason().contains("\n"), f.reason());
            } else {
                Message m = ((Loaded.Ok) l).message();
                assertFalse(m.body().text().isBlank());
                for (int i = 0; i < m.body().text().length(); i += 5) {
                    assertTrue(m.body().position(i).line() >= 1);
                }
            }
        }
        // cut in the middle of the base64 text: what was there is kept
        int mid = new String(full, StandardCharsets.ISO_8859_1).indexOf("--b1\r\nContent-Type: text/html") - 20;
        Message m = ok(EmlReader.read("cut.eml", java.util.Arrays.copyOf(full, mid)));
        assertTrue(m.body().text().startsWith("Hei Tuula,\nkiitos yhteydenotosta"), m.body().text());
    }

    @Test
    void headersOnlyHasNoTextBody() {
        byte[] raw = mail("From: a@example.fi", "Subject: Tyhjä", "Date: Tue, 5 Mar 2024 14:03:27 +0200");
        Loaded l = EmlReader.read("empty.eml", raw);
        assertEquals(new Loaded.Failed("empty.eml", "no text body in the message"), l);
    }

    @Test
    void onlyAnAttachmentHasNoTextBody() {
        byte[] raw = mail("Subject: Kuva", "Content-Type: multipart/mixed; boundary=q", "",
                "--q", "Content-Type: image/png", "Content-Transfer-Encoding: base64", "", "iVBORw0KGgo=", "--q--");
        assertEquals(new Loaded.Failed("img.eml", "no text body in the message"), EmlReader.read("img.eml", raw));
    }

    @Test
    void deeplyNestedMultipartDoesNotCrash() {
        StringBuilder sb = new StringBuilder("Subject: syvä\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n");
        int depth = 200;
        for (int i = 0; i < depth; i++) {
            sb.append("--b").append(i).append("\r\nContent-Type: multipart/mixed; boundary=b").append(i + 1)
                    .append("\r\n\r\n");
        }
        sb.append("--b").append(depth).append("\r\nContent-Type: text/plain\r\n\r\nHei\r\n");
        Loaded l = EmlReader.read("deep.eml", sb.toString().getBytes(StandardCharsets.US_ASCII));
        assertNotNull(l.source());
    }

    // ---- headers, mapping details ----

    @Test
    void headerFieldsAndDate() {
        byte[] raw = mail(
                "Message-ID: <20240305140327.1234@example.fi>",
                "In-Reply-To: <CAF=abc@mail.example.com>",
                "Date: Tue, 5 Mar 2024 14:03:27 +0200 (EET)",
                "From: \"Virtanen, Anna\" <anna@example.fi>",
                "To: asiakas@example.com",
                "Subject: Re: Kysymys",
                "",
                "Hei");
        Message m = ok(EmlReader.read("h.eml", raw));
        assertEquals("<20240305140327.1234@example.fi>", m.messageId());
        assertEquals("<CAF=abc@mail.example.com>", m.inReplyTo());
        assertEquals(OffsetDateTime.of(2024, 3, 5, 14, 3, 27, 0, ZoneOffset.ofHours(2)), m.date());
        assertEquals("Virtanen, Anna", m.fromName());
        assertNull(m.toName());

        byte[] bad = mail("Date: eilen iltapäivällä", "Subject: x", "", "Hei");
        assertNull(ok(EmlReader.read("d.eml", bad)).date());
    }

    @Test
    void eightBitLineMappingThirdBodyLine() {
        byte[] raw = mail(
                "From: Asiakaspalvelu <asiakaspalvelu@example.fi>",   // 1
                "To: Jussi <jussi@example.com>",                     // 2
                "Subject: Re: Kysymys laskusta",                     // 3
                "Content-Type: text/plain; charset=utf-8",           // 4
                "Content-Transfer-Encoding: 8bit",                   // 5
                "",                                                  // 6
                "Hei Jussi,",                                        // 7
                "",                                                  // 8
                "Pahoittelemme mahdollisesti aiheutunutta haittaa.", // 9
                "Lasku on nyt korjattu.");                           // 10
        Message m = ok(EmlReader.read("map.eml", raw));
        SourceText body = m.body();
        int third = body.lineStart(2);
        assertEquals("Pahoittelemme mahdollisesti aiheutunutta haittaa.", body.lineText(2));
        assertEquals(new SourceText.Position(9, 1), body.position(third));
        int word = body.text().indexOf("aiheutunutta");
        assertEquals(new SourceText.Position(9, 29), body.position(word));
    }

    @Test
    void lfLineEndingsAndMboxFromLineAndFileOffset() {
        String s = "From asiakaspalvelu@example.fi Tue Mar  5 14:03:27 2024\n"  // 101
                + "From: Asiakaspalvelu <asiakaspalvelu@example.fi>\n"          // 102
                + "Subject: Re: Tilaus\n"                                         // 103
                + "\n"                                                            // 104
                + "Hei Jenni,\n"                                                  // 105
                + "tilaus on matkalla.\n";                                        // 106
        Message m = ok(EmlReader.read("box.mbox#3", s.getBytes(StandardCharsets.UTF_8), 101));
        assertEquals("Asiakaspalvelu", m.fromName());
        assertEquals(105, pos(m, "Hei").line());
        assertEquals(106, pos(m, "tilaus").line());
    }

    @Test
    void qpEncodedLineBreaksAndTrailingPadding() {
        byte[] raw = mail("Subject: x", "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable", "",
                "Rivi yksi=0D=0ARivi kaksi   ",  // 5: encoded CRLF splits one raw line
                "Rivi kolme");                   // 6
        Message m = ok(EmlReader.read("qp.eml", raw));
        assertEquals("Rivi yksi\nRivi kaksi\nRivi kolme\n", m.body().text());
        assertEquals(5, pos(m, "Rivi yksi").line());
        assertEquals(5, pos(m, "Rivi kaksi").line());
        assertEquals(16, pos(m, "Rivi kaksi").column());
        assertEquals(6, pos(m, "Rivi kolme").line());
    }

    @Test
    void nonMimeDraftBodyWithoutContentType() {
        Message m = ok(EmlReader.read("plain.eml", mail("Subject: Luonnos", "", "Hei!", "Kiitos palautteesta.")));
        assertInstanceOf(SourceText.class, m.body());
        assertEquals("Hei!\nKiitos palautteesta.\n", m.body().text());
        assertEquals(4, pos(m, "Kiitos").line());
    }

    @Test
    void quotedPrintablePartInsideMultipartMapsLines() {
        byte[] raw = mail(
                "Subject: Re: Vuokrasopimus",                                 // 1
                "Content-Type: multipart/alternative; boundary=\"----=_Part_7\"", // 2
                "",                                                           // 3
                "------=_Part_7",                                             // 4
                "Content-Type: text/plain; charset=UTF-8",                    // 5
                "Content-Transfer-Encoding: quoted-printable",                 // 6
                "",                                                           // 7
                "Hei Heikki,",                                                // 8
                "",                                                           // 9
                "vuokrasopimuksen irtisanomisaika on kolme kuukautta. L=C3=A4het=C3=A4m=", // 10
                "me sopimuksen kopion s=C3=A4hk=C3=B6postitse.",              // 11
                "Terveisin Kaisa",                                            // 12
                "------=_Part_7",                                             // 13
                "Content-Type: text/html; charset=UTF-8",                     // 14
                "",                                                           // 15
                "<p>Hei Heikki,</p>",                                         // 16
                "------=_Part_7--");
        Message m = ok(EmlReader.read("qp-part.eml", raw));
        assertEquals("Hei Heikki,\n\nvuokrasopimuksen irtisanomisaika on kolme kuukautta. Lähetämme sopimuksen"
                + " kopion sähköpostitse.\nTerveisin Kaisa", m.body().text());
        assertEquals(8, pos(m, "Hei").line());
        assertEquals(10, pos(m, "vuokrasopimuksen").line());
        assertEquals(12, pos(m, "Terveisin").line());
    }

    @Test
    void leadingBlankLineBeforeHeaders() {
        byte[] raw = mail("", "From: Tuki <tuki@example.fi>", "Subject: Vastaus", "", "Hei Mari,", "asia on selvitetty.");
        Message m = ok(EmlReader.read("blank.eml", raw));
        assertEquals("Vastaus", m.subject());
        assertEquals("Hei Mari,\nasia on selvitetty.\n", m.body().text());
        assertEquals(6, pos(m, "asia").line());
    }

    @Test
    void mangledMessagesNeverThrow() {
        byte[] base = mail(
                "From: =?utf-8?q?Tuki?= <tuki@example.fi>", "Subject: Re: =?utf-8?b?w4RpasOkbMOk?=",
                "Content-Type: multipart/mixed; boundary=\"m\"", "", "--m",
                "Content-Type: multipart/alternative; boundary=a", "", "--a",
                "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
                "Hei,=0Atilaus l=C3=A4htee.", "--a", "Content-Type: text/html", "Content-Transfer-Encoding: base64", "",
                "PHA+SGVpPC9wPg==", "--a--", "--m", "Content-Type: application/pdf", "", "%PDF", "--m--");
        java.util.Random rnd = new java.util.Random(11);
        for (int round = 0; round < 400; round++) {
            byte[] b = base.clone();
            int edits = 1 + rnd.nextInt(6);
            for (int e = 0; e < edits; e++) {
                int at = rnd.nextInt(b.length);
                String noise = " -=\r\n:;\"?<>abcXYZ\u00e4";
                b[at] = (byte) noise.charAt(rnd.nextInt(noise.length()));
            }
            Loaded l = EmlReader.read("mangled.eml", b);
            if (l instanceof Loaded.Ok ok) {
                SourceText body = ok.message().body();
                for (int i = 0; i <= body.text().length(); i++) {
                    assertTrue(body.position(i).line() >= 1);
                }
            } else {
                assertFalse(((Loaded.Failed) l).reason().isBlank());
            }
        }
    }
}
