// Tests for HTML-to-text conversion: line structure, quote blocks, placeholders and source positions.
package fi.vastausbingo.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.reply.SourceText;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
    private static String text(String... html) {
        return HtmlText.toText(String.join("\n", html));
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void templateWithParagraphsListsLinksAndHead() {
        String html = lines(
                "<html><head><title>Otsikko</title><style>p{color:red}</style><script>var x=1;</script></head><body>",
                "<h1>Tilausvahvistus</h1>",
                "<p>Hei {{etunimi}},</p>",
                "<p>kiitos tilauksestasi!&nbsp;Tilauksesi numero on <b>%ORDER%</b>.</p>",
                "<ul>",
                "  <li>Toimitus: 2&ndash;3 arkipäivää</li>",
                "  <li>Seuranta: <a href=\"https://example.fi/seuranta\">seurantasivu</a></li>",
                "  <li>Sivumme: <a href=\"https://www.example.fi/\">example.fi</a></li>",
                "  <li>Sähköposti: <a href=\"mailto:tuki@example.fi\">tuki@example.fi</a></li>",
                "</ul>",
                "<p>Ystävällisin terveisin<br>",
                "{$a->agent}<br>Asiakaspalvelu</p>",
                "</body></html>");
        assertEquals(lines(
                "Tilausvahvistus",
                "",
                "Hei {{etunimi}},",
                "",
                "kiitos tilauksestasi! Tilauksesi numero on %ORDER%.",
                "",
                "- Toimitus: 2–3 arkipäivää",
                "- Seuranta: seurantasivu (https://example.fi/seuranta)",
                "- Sivumme: example.fi",
                "- Sähköposti: tuki@example.fi",
                "",
                "Ystävällisin terveisin",
                "{$a->agent}",
                "Asiakaspalvelu"), HtmlText.toText(html));
    }

    @Test
    void placeholdersOfAllKindsSurvive() {
        String out = text("<div>Hei ${customer.firstName},</div>",
                "<div>Tässä <<tilausnumero>> ja <%= nimi %> sekä {!Contact.FirstName}, [Nimi], %NAME%,"
                        + " {$a->firstname} ja {{ etunimi | capitalize }}.</div>");
        assertEquals(lines("Hei ${customer.firstName},",
                "Tässä <<tilausnumero>> ja <%= nimi %> sekä {!Contact.FirstName}, [Nimi], %NAME%,"
                        + " {$a->firstname} ja {{ etunimi | capitalize }}."), out);
    }

    @Test
    void gmailDivsAndBrKeepBlankLines() {
        assertEquals(lines("Hei Matti,", "", "Kiitos viestistäsi.", "", "Terveisin", "Anna"),
                text("<div dir=\"ltr\"><div>Hei Matti,</div><div><br></div><div>Kiitos viestistäsi.</div>"
                        + "<div><br></div><div>Terveisin<br>Anna</div></div>"));
    }

    @Test
    void gmailQuoteBecomesQuotedLines() {
        String out = text("<div dir=\"ltr\">Hei,<br>korjaus tehty.</div><br>",
                "<div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
                        + "ma 4.3.2024 klo 9.12 Liisa Laine &lt;liisa@example.com&gt; kirjoitti:<br></div>",
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid\">"
                        + "<div dir=\"ltr\">Osoitteeni on väärin laskulla.<br>Voitteko korjata sen?</div></blockquote></div>");
        assertEquals(lines("Hei,", "korjaus tehty.", "",
                "> ma 4.3.2024 klo 9.12 Liisa Laine <liisa@example.com> kirjoitti:",
                "> Osoitteeni on väärin laskulla.",
                "> Voitteko korjata sen?"), out);
    }

    @Test
    void outlookMarkersQuoteEverythingAfter() {
        String viaId = text("<div><p class=MsoNormal>Hei Pekka,</p><p class=MsoNormal>asia on hoidossa.</p></div>",
                "<hr><div id=\"divRplyFwdMsg\"><b>Lähettäjä:</b> Pekka<br><b>Aihe:</b> Lasku</div>",
                "<div><p>Miksi laskussa on kaksi riviä?</p></div>");
        assertEquals(lines("Hei Pekka,", "asia on hoidossa.", "> Lähettäjä: Pekka", "> Aihe: Lasku", ">",
                "> Miksi laskussa on kaksi riviä?"), viaId);

        String viaAppendOnSend = text("<div>Kiitos, korjattu.</div><div id=\"appendonsend\"></div>",
                "<div>Alkuperäinen teksti</div>");
        assertEquals(lines("Kiitos, korjattu.", "> Alkuperäinen teksti"), viaAppendOnSend);

        String viaBorder = text("<p class=MsoNormal>Hei,</p>",
                "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                        + "<p class=MsoNormal><b>From:</b> Matti</p></div>",
                "<p class=MsoNormal>Alkuperäinen kysymys?</p>");
        assertEquals(lines("Hei,", "> From: Matti", "> Alkuperäinen kysymys?"), viaBorder);
    }

    @Test
    void thunderbirdCitePrefixAndNestedCite() {
        String out = text("<div>Kiitos viestistäsi.</div>",
                "<div class=\"moz-cite-prefix\">5.3.2024 10.00, Matti kirjoitti:<br></div>",
                "<blockquote type=\"cite\">Milloin paketti tulee?<blockquote type=\"cite\">vanhempi viesti"
                        + "</blockquote></blockquote>");
        assertEquals(lines("Kiitos viestistäsi.", "> 5.3.2024 10.00, Matti kirjoitti:",
                "> Milloin paketti tulee?", "> > vanhempi viesti"), out);
    }

    @Test
    void plainBlockquoteOutsideAReplyIsNotQuoted() {
        assertEquals(lines("Ohje:", "", "Käynnistä laite uudelleen.", "", "Terveisin"),
                text("<p>Ohje:</p><blockquote>Käynnistä laite uudelleen.</blockquote><p>Terveisin</p>"));
    }

    @Test
    void outlookEmptyParagraphsAndTablesAndPreAndOrderedLists() {
        assertEquals(lines("Rivi 1", "", "Rivi 3"), text("<p class=MsoNormal>Rivi 1<o:p></o:p></p>"
                + "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Rivi 3<o:p></o:p></p>"));
        assertEquals(lines("Tuote\tHinta", "Kaapeli\t12 €"),
                text("<table><tr><td>Tuote</td><td>Hinta</td></tr><tr><td>Kaapeli</td><td>12 &euro;</td></tr></table>"));
        assertEquals(lines("koodi  1", "koodi 2"), text("<pre>koodi  1\nkoodi 2</pre>"));
        assertEquals(lines("1. Yksi", "2. Kaksi", "  - alakohta"),
                text("<ol><li>Yksi</li><li>Kaksi<ul><li>alakohta</li></ul></li></ol>"));
        assertEquals("- kohta", text("<ul><li><p>kohta</p></li></ul>"));
    }

    @Test
    void hiddenTextDroppedEmojiKeptLogoAltDropped() {
        assertEquals("Hei 😊 ja kiitos",
                text("<span style=\"display:none\">esikatseluteksti</span>Hei <img src=x alt=\"😊\">"
                        + " ja <img alt=\"Yrityksen logo\" src=y>kiitos"));
        assertEquals("Hei 👍", text("Hei <img data-emoji=\"👍\" class=\"an1\" alt=\"👍\" src=\"e.png\">"));
    }

    @Test
    void entitiesAndInvisibleCharacters() {
        assertEquals("Hinta < 10 € & toimitus \"heti\"",
                text("Hinta &lt; 10&nbsp;&euro; &amp; toimitus &quot;heti&quot;"));
        assertEquals("asiakaspalvelu", text("asiakas&shy;palvelu"));
        assertEquals("Hei", text("&#8203;Hei&#xFEFF;"));
    }

    @Test
    void standalonePositionsPointIntoTheSource() {
        String html = lines(
                "<!DOCTYPE html>",                                     // 1
                "<html><body>",                                        // 2
                "  <p>Hei &Auml;ij&auml;l&auml;,</p>",                 // 3
                "  <p>",                                               // 4
                "    kiitos &amp; terveisin",                          // 5
                "  </p>",                                              // 6
                "  <div>Tilaus <b>12345</b> on matkalla.</div>",       // 7
                "</body></html>");
        SourceText st = HtmlText.toSourceText(html);
        assertEquals(lines("Hei Äijälä,", "", "kiitos & terveisin", "", "Tilaus 12345 on matkalla."), st.text());
        assertEquals(new SourceText.Position(3, 6), st.position(st.text().indexOf("Hei")));
        assertEquals(new SourceText.Position(5, 5), st.position(st.text().indexOf("kiitos")));
        assertEquals(new SourceText.Position(7, 8), st.position(st.text().indexOf("Tilaus")));
        // further right on a line too: tags and entities in between are counted
        assertEquals(new SourceText.Position(7, 18), st.position(st.text().indexOf("12345")));
        assertEquals(new SourceText.Position(7, 28), st.position(st.text().indexOf("on matkalla")));
        assertEquals(new SourceText.Position(3, 10), st.position(st.text().indexOf("Äijälä")));
        assertEquals(new SourceText.Position(3, 16), st.position(st.text().indexOf("ij")));
        assertEquals(new SourceText.Position(5, 12), st.position(st.text().indexOf("&")));
        assertEquals(new SourceText.Position(5, 18), st.position(st.text().indexOf("terveisin")));
    }

    @Test
    void wordsJoinedFromSeveralSourceLinesKeepTheirOwnLines() {
        String html = lines(
                "<div>Hei Matti, kiitos",        // 1
                "   viestist&auml;si. Tilaus",     // 2
                "<i>l&auml;htee</i> huomenna.</div>"); // 3
        SourceText st = HtmlText.toSourceText(html);
        assertEquals("Hei Matti, kiitos viestistäsi. Tilaus lähtee huomenna.", st.text());
        assertEquals(new SourceText.Position(1, 17), st.position(st.text().indexOf("kiitos")));
        assertEquals(new SourceText.Position(2, 4), st.position(st.text().indexOf("viestistäsi")));
        assertEquals(new SourceText.Position(2, 22), st.position(st.text().indexOf("Tilaus")));
        assertEquals(new SourceText.Position(3, 4), st.position(st.text().indexOf("lähtee")));
        assertEquals(new SourceText.Position(3, 20), st.position(st.text().indexOf("huomenna")));
    }

    @Test
    void crlfSourceKeepsLineNumbers() {
        SourceText st = HtmlText.toSourceText("<p>Yksi</p>\r\n<p>Kaksi</p>\r\n<p>Kolme</p>\r\n");
        assertEquals(new SourceText.Position(3, 4), st.position(st.text().indexOf("Kolme")));
    }

    @Test
    void emptyAndTextOnlyInput() {
        assertEquals("", HtmlText.toText(""));
        assertEquals("", HtmlText.toText("<html><head><title>x</title></head><body> &nbsp; </body></html>"));
        assertTrue(HtmlText.toSourceText("<p></p>").text().isEmpty());
        assertEquals("Hei Matti, kiitos", HtmlText.toText("Hei Matti,\nkiitos"));
    }
}
