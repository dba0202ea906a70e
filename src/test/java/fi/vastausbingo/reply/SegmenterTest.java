// Table tests for the segmenter: sign-off variants, traps that must stay own text, and the API contract.
package fi.vastausbingo.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cases are written as in the fixture files: each line prefixed with the letter of the part it
 * must land in (O own, Q quote, S signature, D disclaimer) and a bar. Text blocks drop trailing
 * spaces, so "-- " is written with \s.
 */
class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    static Stream<Arguments> lineCases() {
        return Stream.of(
                // --- sign-offs that must be recognised ---
                c("weak 'T: Name' closing the reply", """
                        O|Hei,
                        O|
                        O|tilauksesi on peruttu ja rahat palautetaan kortillesi.
                        O|
                        S|T: Anna
                        """),
                c("lone 'T:' with the name on the next line", """
                        O|Moi Pekka,
                        O|
                        O|laite on korjattu ja odottaa noutoa huoltopisteessä.
                        O|
                        S|T:
                        S|Huoltotiimi / Janne
                        """),
                c("'Hyvää päivänjatkoa toivottaen' is a sign-off", """
                        O|Hei Eeva,
                        O|
                        O|vaihtotuote on lähetetty.
                        O|
                        S|Hyvää päivänjatkoa toivottaen
                        S|Tuomas Leinonen
                        """),
                c("a closing wish without a sign-off stays own text", """
                        O|Hei Eeva,
                        O|
                        O|vaihtotuote on lähetetty.
                        O|
                        O|Hyvää päivänjatkoa!
                        O|Tuomas
                        """),
                c("English 'BR' and Swedish mobile footer", """
                        O|Hi John,
                        O|
                        O|the invoice has been corrected.
                        O|
                        S|BR
                        S|Mikael
                        S|
                        S|Skickat från min iPhone
                        """),
                c("Outlook mobile footers", """
                        O|Hei,
                        O|
                        O|kävin tarkistamassa, ja paketti on lähtenyt.
                        O|
                        S|Lähetetty Outlook for Android -sovelluksesta
                        S|Hanki Outlook for Android<https://aka.ms/ghei36>
                        """),
                c("Android footer under a sign-off with name and title on one line", """
                        O|Hei Jari,
                        O|
                        O|huoltoaika on varattu maanantaille klo 9.
                        O|
                        S|Ystävällisin terveisin Matti Meikäläinen, Esimerkki Oy Ab
                        S|
                        S|Lähetetty Android-laitteesta
                        """),
                c("Swedish disclaimer under the signature", """
                        O|Hej,
                        O|
                        O|ordern är bekräftad.
                        O|
                        S|Med vänlig hälsning
                        S|Lena
                        S|
                        D|Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för mottagaren.
                        D|Om du har fått det av misstag, meddela avsändaren och radera meddelandet.
                        """),
                c("bilingual sign-off on one line, Swedish 'Mvh' block", """
                        O|Hej Anna,
                        O|
                        O|vi har tagit emot din retur.
                        O|
                        S|Ystävällisin terveisin / Med vänliga hälsningar
                        S|Mvh
                        S|Kundservice
                        """),
                c("placeholder name after the sign-off", """
                        O|Hei {{etunimi}},
                        O|
                        O|salasanan vaihtolinkki on lähetetty sähköpostiisi.
                        O|
                        S|Kind regards,
                        S|%AGENT%
                        """),
                c("PS after the signature block is own text again", """
                        O|Hei Sanna,
                        O|
                        O|tilauksesi on valmis noudettavaksi.
                        O|
                        S|Terveisin
                        S|Anna
                        S|
                        O|PS. Muista, että kampanja päättyy sunnuntaina.
                        """),
                c("'-- ' signature with a disclaimer below it", """
                        O|Hei,
                        O|
                        O|kiitos, korjaamme asian.
                        S|--\s
                        S|Matti Meikäläinen
                        S|Esimerkki Oy
                        D|Tämä sähköposti on luottamuksellinen ja tarkoitettu ainoastaan vastaanottajalle.
                        """),

                // --- traps: must stay own text ---
                c("a reply that opens with a sign-off-looking line followed by prose", """
                        O|Terveisin Matti
                        O|Tässä pyytämäsi asennusohjeet. Aloita irrottamalla laite verkkovirrasta.
                        """),
                c("'Lähetetty' as a verb is not a mobile footer", """
                        O|Hei,
                        O|
                        O|Lähetetty pakettisi tänään Postin kautta.
                        O|Lähetetty: 20.10.2023, saapuu arviolta 23.10.2023.
                        """),
                c("a confidential remark in own text is not a disclaimer", """
                        O|Hei Matti,
                        O|
                        O|Tämä viesti on luottamuksellinen, koska siinä on käyttäjätunnuksesi.
                        O|Käyttäjätunnus: matti.m
                        """),
                c("a name with 'kirjoitti:' but no date, address or quote below is prose", """
                        O|Hei Matti,
                        O|
                        O|Matti Meikäläinen kirjoitti:
                        O|tässä muistiinpanot puhelustamme.
                        """),
                c("'Aihe:' alone in prose", """
                        O|Hei,
                        O|
                        O|Kirjoita viestiin seuraavat tiedot.
                        O|Aihe: Takuukorjaus
                        O|Tilausnumero: 12345
                        """),
                c("shipment details with 'Lähettäjä:' and 'Lähetetty:' are not a header", """
                        O|Hei,
                        O|
                        O|paketin tiedot:
                        O|Lähettäjä: Esimerkki Oy
                        O|Lähetetty: 20.10.2023
                        O|Seurantakoodi: JJFI12345678901234
                        O|
                        S|Terveisin
                        S|Anna
                        """),
                c("a Gmail wrap is never glued to a greeting line", """
                        O|Hei Matti,
                        Q|matti@example.fi> kirjoitti:
                        Q|> Missä paketti on?
                        """),

                // --- quotes ---
                c("an attribution without a date still counts when '>' lines follow", """
                        O|Hei,
                        O|
                        O|kyllä, tämä onnistuu.
                        O|
                        Q|Asiakas kirjoitti:
                        Q|> Voinko vaihtaa toimitusosoitetta?
                        """),
                c("helpdesk reply marker puts the thread history in the quote", """
                        O|Hei Pia,
                        O|
                        O|tilaus on nyt peruttu.
                        O|
                        Q|##- Kirjoita vastauksesi tämän rivin yläpuolelle -##
                        Q|
                        Q|Pia Laine, 23.10.2023 klo 9.14
                        Q|Voitteko perua tilaukseni?
                        """),
                c("a reply that only quotes with '>'", """
                        Q|> Hei, missä tilaukseni on?
                        Q|>
                        Q|> Matti
                        """),
                c("Outlook field block with blank lines and bold labels from HTML conversion", """
                        O|Hei Kaisa,
                        O|
                        O|hyvitys on maksettu.
                        O|
                        Q|*Lähettäjä:* Kaisa Mattila <kaisa@example.fi>
                        Q|
                        Q|*Lähetetty:* 3. marraskuuta 2023 10.15
                        Q|*Vastaanottaja:* Asiakaspalvelu <apu@example.fi>
                        Q|*Aihe:* Hyvitys
                        Q|
                        Q|Hei, onko hyvitys jo maksettu?
                        """),
                c("a quoted block in the middle with own text on both sides", """
                        O|Hei Heidi,
                        O|
                        O|kysyit tästä:
                        Q|> Voiko lahjakortin voimassaoloa jatkaa?
                        O|Voimme jatkaa voimassaoloa kolmella kuukaudella.
                        O|
                        S|Terveisin
                        S|Anna
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineCases")
    void segmentsLines(String name, String annotated) {
        Annotated a = Annotated.parse(annotated);
        Segmentation seg = segmenter.segment(a.text);
        SegmentationAssert.wellFormed(a.text, seg);
        assertEquals(a.parts, SegmentationAssert.lineParts(a.text, seg), () -> SegmentationAssert.render(a.text, seg));
    }

    static Stream<Arguments> authorCases() {
        return Stream.of(
                Arguments.of("22.10.2023 klo 14.05, Matti Meikäläinen kirjoitti:", "Matti Meikäläinen"),
                Arguments.of("Matti Meikäläinen kirjoitti 22.10.2023 14:05:", "Matti Meikäläinen"),
                Arguments.of("pe 20. lokakuuta 2017 klo 17.50 Matti Meikäläinen <matti@example.fi> kirjoitti:",
                        "Matti Meikäläinen"),
                Arguments.of("pe 20. lokakuuta 2017 klo 17.50 Matti Meikäläinen <\nmatti@example.fi> kirjoitti:",
                        "Matti Meikäläinen"),
                Arguments.of("20.10.2017 kello 17.50, Matti Meikäläinen <matti@example.fi> kirjoitti:",
                        "Matti Meikäläinen"),
                Arguments.of("Matti Meikäläinen <matti@example.fi> kirjoitti seuraavaa:", "Matti Meikäläinen"),
                Arguments.of("\"Virtanen, Matti\" <matti@example.fi> kirjoitti 20.10.2017 kello 17.50:",
                        "Virtanen, Matti"),
                Arguments.of("matti@example.fi kirjoitti 20.10.2017 klo 17.50:", null),
                Arguments.of("On Fri, Oct 20, 2017 at 5:50 PM Matt Smith <matt@example.com> wrote:", "Matt Smith"),
                Arguments.of("On 20 Oct 2017, at 17:50, Matt Smith <matt@example.com> wrote:", "Matt Smith"),
                Arguments.of("Den 20 okt. 2017 kl. 17:50 skrev Erik Johansson <erik@example.se>:", "Erik Johansson"),
                Arguments.of("Lähettäjä: Matti Meikäläinen <matti@example.fi>\nLähetetty: 20. lokakuuta 2017 17.50\n"
                        + "Vastaanottaja: tuki@example.fi\nAihe: Kysymys", "Matti Meikäläinen"),
                Arguments.of("From: Matt Smith [mailto:matt@example.com]\nSent: Friday, October 20, 2017 5:50 PM\n"
                        + "To: support@example.fi\nSubject: Question", "Matt Smith"),
                Arguments.of("Från: \"Svensson, Erik\" <erik@example.se>\nSkickat: den 20 oktober 2017 17:50\n"
                        + "Till: kundtjanst@example.fi\nÄmne: Fråga", "Svensson, Erik"),
                Arguments.of("Lähettäjä: matti@example.fi\nLähetetty: 20.10.2017 17.50\nAihe: Kysymys", null),
                Arguments.of("-----Alkuperäinen viesti-----", null),
                Arguments.of("-------- Välitetty viesti --------\nAihe: Kysymys\nPäivämäärä: Mon, 23 Oct 2023 09:14:00 +0300\n"
                        + "Lähettäjä: Matti Meikäläinen <matti@example.fi>\nVastaanottaja: tuki@example.fi", "Matti Meikäläinen"),
                Arguments.of("-----Original Message-----\nFrom: Matt Smith <matt@example.com>\nSent: 23 October 2023 09:14\n"
                        + "To: support@example.fi\nSubject: Question", "Matt Smith"),
                Arguments.of("-----Ursprungligt meddelande-----\nFrån: Erik Johansson <erik@example.se>\n"
                        + "Skickat: den 23 oktober 2023 09:14\nTill: kundtjanst@example.fi\nÄmne: Fråga", "Erik Johansson"),
                Arguments.of("________________________________\nFrom: Matt Smith <matt@example.com>\n"
                        + "Sent: Monday, October 23, 2023 9:14 AM\nTo: support@example.fi\nSubject: Question", "Matt Smith"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorCases")
    void quotedAuthorName(String header, String expected) {
        String text = "Hei,\n\nasia on korjattu.\n\nTerveisin\nAnna\n\n" + header + "\n\n> Hei,\n> toimiiko nyt?\n";
        Segmentation seg = segmenter.segment(text);
        assertEquals(expected, seg.quotedAuthorName());
        assertEquals("Hei,\ntoimiiko nyt?", seg.quotedOriginal());
        assertEquals("Anna", seg.signatureName());
        assertTrue(seg.hasOwnText());
        int headerStart = text.indexOf(header.substring(0, 5));
        assertEquals(Part.QUOTE, seg.partAt(headerStart), "header is quote");
        assertEquals(Part.OWN, seg.partAt(0));
    }

    static Stream<Arguments> signatureNameCases() {
        return Stream.of(
                Arguments.of("Ystävällisin terveisin\nEsimerkki Oy:n asiakaspalvelu\nAnna", "Anna"),
                Arguments.of("Terveisin Matti Meikäläinen, Esimerkki Oy", "Matti Meikäläinen"),
                Arguments.of("Ystävällisin terveisin,\n\nAnna Virtanen\nAsiakaspalvelu", "Anna Virtanen"),
                Arguments.of("-- \nAnna Virtanen | Esimerkki Oy\n010 123 4567", "Anna Virtanen"),
                Arguments.of("Best regards,\n{{agent.name}}", "{{agent.name}}"),
                Arguments.of("Kiittäen,\nM. Meikäläinen\nmyyntineuvottelija", "M. Meikäläinen"),
                Arguments.of("Ystävällisin terveisin\nEsimerkki Oy\nwww.esimerkki.fi", null),
                Arguments.of("Terveisin koko tiimin puolesta\nAsiakaspalvelu", "Asiakaspalvelu"),
                Arguments.of("Terveisin {$a->sitename} ylläpitäjä,\n{$a->signoff}", null),
                Arguments.of("{EMAIL_SIG}", null),
                Arguments.of("Lähetetty iPhonesta", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signatureNameCases")
    void signatureName(String block, String expected) {
        String text = "Hei,\n\ntilaus on vahvistettu.\n\n" + block + "\n";
        Segmentation seg = segmenter.segment(text);
        assertEquals(expected, seg.signatureName());
        assertEquals(Part.SIGNATURE, seg.partAt(text.indexOf(block)), () -> SegmentationAssert.render(text, seg));
        assertEquals(1, seg.segments(Part.SIGNATURE).size());
        assertEquals(text.length(), seg.segments(Part.SIGNATURE).get(0).end());
    }

    @ParameterizedTest(name = "sign-off: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Ystävällisin terveisin", "Ystävällisin terveisin,", "Ystävällisesti", "Ystävällisesti palvellen",
            "Terveisin", "Parhain terveisin", "Kiitos ja terveisin", "Aurinkoisin syysterveisin", "Yst. terv.",
            "Yst.terv.", "T:", "t.", "Hyvää päivänjatkoa toivottaen", "Kiittäen", "Med vänliga hälsningar",
            "Vänliga hälsningar", "Mvh", "Hälsningar", "Best regards", "Kind regards,", "Regards", "BR", "Best,",
            "Sincerely", "Cheers"})
    void signOffPhrases(String phrase) {
        String text = "Hei Anna,\n\nkiitos viestistä, asia on hoidettu.\n\n" + phrase + "\nPekka\n";
        Segmentation seg = segmenter.segment(text);
        assertEquals("OOOOSS", SegmentationAssert.lineParts(text, seg), () -> SegmentationAssert.render(text, seg));
        assertEquals("Pekka", seg.signatureName());
    }

    @ParameterizedTest(name = "not a sign-off: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Hyvää päivänjatkoa!", "Kiitos!", "Terveisin kiitoksin ja pahoitteluin hyvitämme tilauksen toimituskulut.",
            "T: Toimitus kestää kolme päivää.", "Best prices are always in our web shop.",
            "Lähetetty pakettisi Postin kautta.", "Aihe: reklamaatio"})
    void notSignOffs(String line) {
        String text = "Hei Anna,\n\nkiitos viestistä, asia on hoidettu.\n\n" + line + "\nSoita, jos tulee kysyttävää.\n";
        Segmentation seg = segmenter.segment(text);
        assertEquals("OOOOOO", SegmentationAssert.lineParts(text, seg), () -> SegmentationAssert.render(text, seg));
        assertNull(seg.signatureName());
    }

    @Test
    void ownMaskedKeepsOffsetsAndBlanksTheRest() {
        String text = "Hei Matti,\n\nlasku on maksettu.\n\nTerveisin\nAnna\n\n"
                + "Matti kirjoitti 1.11.2023 klo 9.00:\n> Onko lasku maksettu?\n";
        Segmentation seg = segmenter.segment(text);
        String masked = seg.ownMasked();
        assertEquals(text.length(), masked.length());
        int own = text.indexOf("lasku on maksettu");
        assertEquals("lasku on maksettu", masked.substring(own, own + 17));
        assertEquals(text.indexOf("Hei Matti"), masked.indexOf("Hei Matti"));
        assertFalse(masked.contains("Terveisin"));
        assertFalse(masked.contains("Onko"));
        assertFalse(masked.contains(">"));
        assertEquals(text.chars().filter(ch -> ch == '\n').count(), masked.chars().filter(ch -> ch == '\n').count());
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                assertEquals('\n', masked.charAt(k));
            }
        }
    }

    @Test
    void quotedOriginalOfOutlookQuoteDropsHeaderAndCustomersOwnQuote() {
        String text = """
                Hei Olli,

                ohje on liitteenä.

                Lähettäjä: Olli Ojala <olli@example.fi>
                Lähetetty: ke 1. marraskuuta 2023 12.00
                Vastaanottaja: Tuki <tuki@example.fi>
                Aihe: VS: Ohje

                Kiitos! Missä se ohje on?
                > vanha lainaus, jota ei haluta
                Olli

                Tuki kirjoitti 31.10.2023 klo 9.00:
                > Lähetämme ohjeen huomenna.
                """;
        Segmentation seg = segmenter.segment(text);
        assertEquals("Kiitos! Missä se ohje on?\nOlli", seg.quotedOriginal());
        assertEquals("Olli Ojala", seg.quotedAuthorName());
        assertEquals("OOOO" + "Q".repeat(11), SegmentationAssert.lineParts(text, seg));
    }

    @Test
    void noQuoteMeansNullOriginalAndAuthor() {
        Segmentation seg = segmenter.segment("Hei,\n\nkiitos tilauksesta!\n");
        assertNull(seg.quotedOriginal());
        assertNull(seg.quotedAuthorName());
        assertNull(seg.signatureName());
        assertTrue(seg.hasOwnText());
        assertEquals(List.of(new Segment(Part.OWN, 0, 26)), seg.segments());
    }

    @Test
    void onlyQuotedTextHasNoOwnText() {
        String text = "> Hei,\n> missä tilaukseni on?\n";
        Segmentation seg = segmenter.segment(text);
        assertFalse(seg.hasOwnText());
        assertEquals(List.of(new Segment(Part.QUOTE, 0, text.length())), seg.segments());
        assertEquals("Hei,\nmissä tilaukseni on?", seg.quotedOriginal());
        assertEquals(" ".repeat(6) + "\n" + " ".repeat(22) + "\n", seg.ownMasked());
    }

    @Test
    void emptyAndBlankText() {
        Segmentation empty = segmenter.segment("");
        assertTrue(empty.segments().isEmpty());
        assertEquals("", empty.ownMasked());
        assertFalse(empty.hasOwnText());
        assertNull(empty.quotedOriginal());

        Segmentation blank = segmenter.segment("\n\n");
        assertEquals(List.of(new Segment(Part.OWN, 0, 2)), blank.segments());
        assertFalse(blank.hasOwnText());
    }

    @Test
    void lastLineWithoutNewlineIsCovered() {
        String text = "Hei,\n\nasia hoidettu.\n\nTerveisin\nAnna";
        Segmentation seg = segmenter.segment(text);
        SegmentationAssert.wellFormed(text, seg);
        assertEquals(List.of(new Segment(Part.OWN, 0, 22), new Segment(Part.SIGNATURE, 22, text.length())),
                seg.segments());
        assertEquals("Terveisin\nAnna", seg.textOf(seg.segments(Part.SIGNATURE).get(0)));
    }

    @Test
    void unnormalisedLineBreaksStillGiveWholeLines() {
        String text = "Hei,\r\n\r\nasia hoidettu.\r\n\r\nTerveisin\r\nAnna\r\n";
        Segmentation seg = segmenter.segment(text);
        SegmentationAssert.wellFormed(text, seg);
        assertEquals("OOOOSS", SegmentationAssert.lineParts(text, seg));
        assertEquals("Anna", seg.signatureName());
    }

    @Test
    void segmenterIsReusableAcrossThreads() throws Exception {
        String text = "Hei,\n\nok.\n\nTerveisin\nAnna\n\n> kysymys?\n";
        String expected = segmenter.segment(text).segments().toString();
        List<Thread> threads = new ArrayList<>();
        List<String> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 8; t++) {
            Thread th = new Thread(() -> {
                for (int k = 0; k < 200; k++) {
                    results.add(segmenter.segment(text).segments().toString());
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(1600, results.size());
        assertTrue(results.stream().allMatch(expected::equals));
    }

    /** Lines that each trigger some recogniser, shuffled into many replies: no input may break the invariants. */
    @Test
    void randomMixturesAlwaysGiveWellFormedSegmentations() {
        String[] pool = {
                "", "", "Hei Matti,", "kiitos viestistäsi.", "> lainattu rivi", ">", "> > syvempi", "-- ", "--",
                "Ystävällisin terveisin", "T:", "t. Anna", "Anna Virtanen", "puh. 010 123 4567", "www.esimerkki.fi",
                "Lähetetty iPhonesta", "Lähettäjä: Matti <m@example.fi>", "Lähetetty: 20.10.2023 17.50",
                "Vastaanottaja: tuki@example.fi", "Aihe: Kysymys", "________________________________",
                "-----Alkuperäinen viesti-----", "pe 20. lokakuuta 2017 klo 17.50 Matti <", "m@example.fi> kirjoitti:",
                "On Fri, Oct 20, 2017 at 5:50 PM Matt <m@example.com> wrote:", "kirjoitti:", ":",
                "Tämä viesti voi sisältää luottamuksellista tietoa.", "{EMAIL_SIG}", "{{agent.name}}", "PS. Muista tämä.",
                "Hyvää päivänjatkoa!", "  ", "\t", "<", "> Lähettäjä: Matti", "Terveisin"};
        java.util.Random rnd = new java.util.Random(20231023L);
        for (int iter = 0; iter < 2000; iter++) {
            int n = rnd.nextInt(25);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                sb.append(pool[rnd.nextInt(pool.length)]);
                if (k < n - 1 || rnd.nextBoolean()) {
                    sb.append('\n');
                }
            }
            String text = sb.toString();
            Segmentation seg = segmenter.segment(text);
            SegmentationAssert.wellFormed(text, seg);
            if (seg.quotedOriginal() == null) {
                assertTrue(seg.segments(Part.QUOTE).isEmpty(), text);
            }
        }
    }

    private static Arguments c(String name, String annotated) {
        return Arguments.of(name, annotated);
    }

    /** An annotated case: the text to segment and one expected letter per line. */
    private record Annotated(String text, String parts) {
        static Annotated parse(String annotated) {
            StringBuilder text = new StringBuilder();
            StringBuilder parts = new StringBuilder();
            for (String line : annotated.split("\n", -1)) {
                if (line.isEmpty()) {
                    continue; // the text block's final newline
                }
                if (line.length() < 2 || line.charAt(1) != '|') {
                    throw new IllegalArgumentException("expected X|text: " + line);
                }
                parts.append(line.charAt(0));
                text.append(line, 2, line.length()).append('\n');
            }
            return new Annotated(text.toString(), parts.toString());
        }
    }
}
