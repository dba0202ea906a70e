// Customer/reply pairs for the `unanswered-question` check, with the questions that must be reported.
package fi.vastausbingo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.check.question.UnansweredQuestionCheck;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnansweredQuestionCheckTest {
    private static final CheckTester T = new CheckTester(UnansweredQuestionCheck.load(null));

    /** customer message, reply, the customer's sentences that must be reported (empty: all answered). */
    static Stream<Arguments> pairs() {
        return Stream.of(
                // answered by an inflected form and a date
                Arguments.of("Hei, milloin tilaukseni toimitetaan?",
                        "Hei Anna,\n\ntilauksesi toimitetaan torstaina 14.3.", List.of()),
                // answered through a derivation: toimitetaan ↔ toimitus
                Arguments.of("Hei! Milloin paketti toimitetaan?",
                        "Hei,\n\ntoimitus lähtee varastolta huomenna.", List.of()),
                // answered by a synonym: lähetys ↔ paketti
                Arguments.of("Moi, missä mun paketti on? :)",
                        "Moi!\n\nLähetyksesi on Postin noutopisteessä Kauppakadulla.", List.of()),
                // ehtiikö ↔ ehtivät
                Arguments.of("Ehtiikö kengät perille ennen juhannusta?",
                        "Hei,\n\nkengät ehtivät perille torstaina, hyvissä ajoin ennen juhannusta.", List.of()),
                // three questions, only the last one is missed
                Arguments.of("Hei,\n\nmilloin lasku erääntyy? Voinko maksaa sen osissa? Paljonko osamaksu maksaa?\n\nT. Matti",
                        "Hei Matti,\n\nlasku erääntyy 30.4. Voit maksaa sen osissa, kun valitset maksutavaksi osamaksun.",
                        List.of("Paljonko osamaksu maksaa?")),
                // the time question gets only a topic sentence, not a time
                Arguments.of("Milloin kuituliittymän asennus tehdään?",
                        "Hei,\n\nkuituliittymän asennus tehdään asentajan toimesta, ja asentaja ottaa teihin yhteyttä.",
                        List.of("Milloin kuituliittymän asennus tehdään?")),
                // the price is asked, the reply names it
                Arguments.of("Paljonko uusi laturi maksaa?",
                        "Hei,\n\nuusi laturi maksaa 29,90 € ja sen saa myymälästämme.", List.of()),
                Arguments.of("Paljonko uusi laturi maksaa?",
                        "Hei,\n\nlaturin voi tilata verkkokaupastamme.", List.of("Paljonko uusi laturi maksaa?")),
                // forwarded only
                Arguments.of("Miksi laskuni on kaksinkertainen tässä kuussa?",
                        "Hei,\n\nvälitin laskua koskevan kysymyksesi laskutustiimille eteenpäin.",
                        List.of("Miksi laskuni on kaksinkertainen tässä kuussa?")),
                // a reason is given
                Arguments.of("Miksi laskuni on kaksinkertainen tässä kuussa?",
                        "Hei,\n\nlasku on tässä kuussa suurempi, koska siinä on mukana myös helmikuun kulutus.", List.of()),
                // indirect request without "?"
                Arguments.of("Hyvä asiakaspalvelu,\n\nkertoisitteko myös toimitusajan.\n\nKari Lehtonen",
                        "Hyvä Kari Lehtonen,\n\ntoimitusaika on noin kaksi viikkoa.", List.of()),
                Arguments.of("Hyvä asiakaspalvelu,\n\nkertoisitteko myös toimitusajan.\n\nKari Lehtonen",
                        "Hyvä Kari Lehtonen,\n\nkiitos tilauksestanne.", List.of("kertoisitteko myös toimitusajan.")),
                // "Haluaisin tietää, voiko…"
                Arguments.of("Haluaisin tietää, voiko tilausta vielä muuttaa.",
                        "Hei,\n\ntilausta voi muuttaa niin kauan kuin se ei ole lähtenyt varastolta.", List.of()),
                Arguments.of("Haluaisin tietää, voiko tilausta vielä muuttaa.",
                        "Hei,\n\nkiitos viestistäsi.", List.of("Haluaisin tietää, voiko tilausta vielä muuttaa.")),
                // a request
                Arguments.of("Pyydän palauttamaan rahat tililleni.",
                        "Hei,\n\npalautimme rahat tilillesi tänään.", List.of()),
                Arguments.of("Pyydän palauttamaan rahat tililleni.",
                        "Hei,\n\npahoittelen viivästystä.", List.of("Pyydän palauttamaan rahat tililleni.")),
                // colloquial -ks
                Arguments.of("moi voiks mun liittymän siirtää toiselle nimelle",
                        "Moi!\n\nLiittymän voi siirtää toiselle nimelle OmaElisassa.", List.of()),
                Arguments.of("moi voiks mun liittymän siirtää toiselle nimelle",
                        "Moi!\n\nKiitos viestistä, mukavaa viikonloppua!", List.of("moi voiks mun liittymän siirtää toiselle nimelle")),
                // statements are not questions
                Arguments.of("Hei,\n\ntilasin takin viime viikolla. En tiedä, mitä tehdä.\n\nTerveisin Anna",
                        "Hei Anna,\n\ntakkisi on matkalla.", List.of()),
                // a yes/no question answered on topic
                Arguments.of("Onko teillä Nokia G22:ta varastossa?",
                        "Hei,\n\nNokia G22:ta on varastossa kahdeksan kappaletta.", List.of()),
                // how many
                Arguments.of("Montako henkeä pöytään mahtuu?",
                        "Hei,\n\npöytään mahtuu kahdeksan henkeä.", List.of()),
                // quoted original in the reply: the check reads the quote
                Arguments.of(null,
                        "Hei,\n\nlasku on nyt korjattu.\n\n> Hei, miksi laskussa on kaksi kuukausimaksua? Ja milloin uusi lasku tulee?\n",
                        List.of("Hei, miksi laskussa on kaksi kuukausimaksua?", "Ja milloin uusi lasku tulee?")),
                // the customer's own sign-off glued to the question is no part of it
                Arguments.of("Moi! Miten saan laskut paperisena? -Pekka",
                        "Moi Pekka!\n\nVoit tilata paperilaskut OmaSivulla kohdassa Laskutus.", List.of()),
                Arguments.of("Moi! Onko kahvila auki sunnuntaina? -Pekka",
                        "Moi!\n\nKiitos viestistä.", List.of("Onko kahvila auki sunnuntaina?")),
                // a statement with "??" only complains: any reply on its topic takes it up
                Arguments.of("Mun tilaus on kadonnut??",
                        "Hei,\n\ntilauksesi on Postin noutopisteessä Asemakadulla.", List.of()),
                Arguments.of("Mun tilaus on kadonnut??",
                        "Hei,\n\nkiitos palautteesta ja mukavaa päivää!", List.of("Mun tilaus on kadonnut??")),
                // a bare "Miks?" takes its topic from the sentence before; an account of what happened is a reason
                Arguments.of("Mulle tuli kaksi samaa laskua. Miks?",
                        "Hei,\n\nsama lasku lähti sinulle vahingossa kahdesti. Voit maksaa niistä vain toisen.", List.of()),
                Arguments.of("Mulle tuli kaksi samaa laskua. Miks?",
                        "Hei,\n\nkiitos viestistäsi.", List.of("Miks?")),
                // a request to act, answered by the act done or named
                Arguments.of("Voisko joku lähettää mulle uuden kuitin?",
                        "Hei,\n\nlähetin uuden kuitin sähköpostiisi.", List.of()),
                Arguments.of("Voisko joku poistaa mun vanhan osoitteen?",
                        "Hei,\n\npoistin vanhan osoitteen tiedoistasi.", List.of()),
                Arguments.of("Pyydän lähettämään kopion vuokrasopimuksesta.",
                        "Hei,\n\nvuokrasopimus on voimassa toistaiseksi.", List.of("Pyydän lähettämään kopion vuokrasopimuksesta.")),
                // the thing asked for is sent, or attached
                Arguments.of("Unohdin salasanani 🙈 Voiks sen lähettää mulle?",
                        "Hei,\n\nsalasanasi on nollattu, ja uusi salasana on lähetetty tekstiviestillä.", List.of()),
                Arguments.of("Pyydämme tarjousta kahdelle henkilöautolle.",
                        "Hei,\n\ntarjous on tämän viestin liitteenä.", List.of()),
                // forwarding the message, or promising contact, answers nothing
                Arguments.of("Voiko parvekkeelle asentaa markiisin?",
                        "Hei,\n\nvälitin viestisi isännöitsijälle.", List.of("Voiko parvekkeelle asentaa markiisin?")),
                Arguments.of("Onko autohallissa paikkoja vapaana?",
                        "Hei,\n\nvälitin kysymyksesi vuokrauksen tiimille. Hän on sinuun yhteydessä huomenna.",
                        List.of("Onko autohallissa paikkoja vapaana?")),
                // only the deferring clause is no answer: the first clause gives the reason
                Arguments.of("Miksi netti pätkii iltaisin?",
                        "Hei,\n\nverkossa on ollut iltaisin ruuhkaa, ja asiaa selvitetään.", List.of()),
                // a word in several synonym groups: ilmainen ↔ lisämaksu
                Arguments.of("Onko pysäköinti ilmainen?",
                        "Hei,\n\nasiakkaillemme parkkihallista ei peritä lisämaksua.", List.of()),
                // two compounds that only share their head are not the same thing
                Arguments.of("Mitä lääkärinlausunnossa pitää lukea?",
                        "Hei,\n\nlähetämme teille peruutuslausunnon.", List.of("Mitä lääkärinlausunnossa pitää lukea?")),
                // "mistä saan…" answered by a named supplier; "mihin osoitteeseen" needs an address
                Arguments.of("Mistä saan uuden avaimen?",
                        "Hei,\n\nuuden avaimen saat Huoltoyhtiö Kärkkäiseltä.", List.of()),
                Arguments.of("Mihin osoitteeseen palautan laitteen?",
                        "Hei,\n\npalauta laite meille postitse.", List.of("Mihin osoitteeseen palautan laitteen?")),
                // the complaint before an emoji is the topic of "Miten pääsen takaisin sisään?"
                Arguments.of("Mun tunnukset lukkiutui 😤 Miten pääsen takaisin sisään?",
                        "Hei,\n\ntunnuksesi on avattu, ja voit kirjautua vanhalla salasanalla.", List.of()),
                // "millä perusteella" asks a reason
                Arguments.of("Millä perusteella vuokra nousee?",
                        "Hei,\n\nvuokra nousee, koska kiinteistövero kasvoi.", List.of()),
                Arguments.of("Millä perusteella vuokra nousee?",
                        "Hei,\n\nvuokra nousee tammikuussa.", List.of("Millä perusteella vuokra nousee?")),
                // a weekday adverb gives a time
                Arguments.of("Milloin roskat haetaan?",
                        "Hei,\n\nroskat haetaan tiistaisin.", List.of()),
                // derivation: muuttua ↔ muuttaa
                Arguments.of("Voiko ryhmän koko vielä muuttua?",
                        "Hei,\n\nryhmän kokoa voi muuttaa viikkoa ennen matkaa.", List.of()),
                // a reply word that echoes one question word does not also answer another through a synonym
                Arguments.of("Voiko laskun maksaa erissä?",
                        "Hei,\n\nlasku on lähetetty sähköpostiisi.", List.of("Voiko laskun maksaa erissä?")));
    }

    @ParameterizedTest(name = "[{index}] {0} → {2}")
    @MethodSource("pairs")
    void reportsExactlyTheUnansweredQuestions(String customer, String reply, List<String> expected) {
        CheckTester.Case c = customer == null ? CheckTester.valid(reply) : CheckTester.valid(reply).customer(null, customer);
        List<Finding> found = T.run(c).stream().filter(f -> !f.note()).toList();
        List<String> got = found.stream().map(Finding::evidence).collect(Collectors.toList());
        assertEquals(expected, got, () -> "reply:\n" + reply);
        for (Finding f : found) {
            assertEquals("unanswered-question", f.check());
            assertEquals(1, f.points());
            assertTrue(f.suggestion().contains(f.evidence()));
        }
    }

    @Test
    void aQuestionInTheQuotedOriginalIsPointedAtWhereItStands() {
        String reply = "Hei,\n\nlasku on korjattu.\n\n> Milloin uusi lasku tulee?\n";
        List<Finding> f = T.run(CheckTester.valid(reply));
        assertEquals(1, f.size());
        assertEquals("Milloin uusi lasku tulee?", reply.substring(f.get(0).start(), f.get(0).end()));
    }

    @Test
    void theSameQuestionAskedTwiceIsOneFinding() {
        List<Finding> f = T.run(CheckTester.valid("Hei,\n\nkiitos viestistä.")
                .customer(null, "Milloin paketti tulee? Kiitos jo etukäteen.\n\nPS. Milloin paketti tulee?"));
        assertEquals(1, f.stream().filter(x -> !x.note()).count(), CheckTester.describe(CheckTester.valid("x"), List.of()));
    }

    @Test
    void withoutACustomerMessageNothingIsReported() {
        assertEquals(List.of(), T.run(CheckTester.valid("Hei,\n\nlasku on korjattu.")));
    }

    @Test
    void aNoteWhenTheReplyIgnoresTheCustomersWords() {
        List<Finding> f = T.run(CheckTester.valid("Hei,\n\nasia on hoidossa ja palaamme pian.")
                .customer(null, "Hei, kuituliittymäni asennus myöhästyi ja reititin vilkkuu punaisena. Milloin asentaja tulee?"));
        assertTrue(f.stream().anyMatch(x -> x.note() && x.messageKey().equals("unanswered-question.terms")),
                CheckTester.describe(CheckTester.valid("x"), List.of()));
    }
}
