// Valid/invalid tables for the `greeting` check, the SPEC traps among them.
package fi.vastausbingo.check;

import static fi.vastausbingo.check.CheckTester.invalid;
import static fi.vastausbingo.check.CheckTester.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.vastausbingo.check.greeting.GreetingCheck;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GreetingCheckTest {
    private static final CheckTester T = new CheckTester(GreetingCheck.load());

    static Stream<CheckTester.Case> validCases() {
        return Stream.of(
                valid("Hei Matti,\n\nkiitos viestistäsi. Lasku on nyt korjattu."),
                valid("Hei Matti!\nTilauksesi lähti tänään."),
                valid("Moi Liisa, kiva kuulla sinusta!"),
                valid("Hyvä Matti Virtanen,\n\nvastaamme kysymykseenne laskutuksesta."),
                valid("Arvoisa Anna-Liisa Mäkinen,\nkiitos viestistänne."),
                valid("Hei,\nMatti!\n\nLasku on korjattu."),
                valid("Hei {{etunimi}},\n\ntilauksesi on vastaanotettu."),
                valid("Hei ${customer.firstName},\ntilauksesi on matkalla."),
                valid("Hei {$a->firstname},\nkurssisi alkaa huomenna."),
                valid("Hyvä %NAME%,\nlaskusi on liitteenä."),
                valid("Hei {!Contact.FirstName},\nkiitos tilauksesta."),
                valid("Hei [Nimi],\nkiitos kysymyksestä."),
                valid("Matti,\nkiitos kun kerroit tästä."),
                valid("Heippa Jonna!\nPaketti on jo postissa."),
                valid("Hei Matti ja Liisa,\nmolempien liittymät on nyt siirretty."),
                valid("Hei taas Matti!\nTässä lupaamani tiedot."),
                valid("Hyvää huomenta Pekka,\ntässä pyytämäsi tarjous."),
                valid("{% if asiakas.etunimi %}\nHei {{asiakas.etunimi}},\n{% endif %}\ntilauksesi on valmis."),
                valid("> Hei, miksi laskuni on niin suuri?\n"),
                // the customer's own name counts even when Voikko does not know it
                valid("Hei Jyrkiäinen,\nlasku on korjattu.").customer("Teemu Jyrkiäinen", null),
                valid("Hei Zyxwo,\nkiitos viestistä."));
    }

    static Stream<CheckTester.Case> invalidCases() {
        return Stream.of(
                invalid("Hei!\n\nKiitos viestistäsi.", "nameless", "Hei!"),
                invalid("Hei,\n\nlasku on korjattu.", "nameless", "Hei,"),
                invalid("Hyvä asiakkaamme,\n\nKiitämme yhteydenotostanne.", "nameless", "Hyvä asiakkaamme,"),
                invalid("Arvoisa asiakas,\nvastaamme kysymykseenne.", "nameless", "Arvoisa asiakas,"),
                invalid("Hyvä asiakas!\nTilauksesi on käsittelyssä.", "nameless", "Hyvä asiakas!"),
                invalid("Hei kaikki,\ntässä uutiset.", "nameless", "Hei kaikki,"),
                invalid("Hei taas!\nTilaus on matkalla.", "nameless", "Hei taas!"),
                invalid("Moi!\nPaketti on postissa.", "nameless", "Moi!"),
                invalid("Hyvä vastaanottaja,\nohessa pyytämänne tiedot.", "nameless", "Hyvä vastaanottaja,"),
                invalid("Hei Asiakas,\nkiitos viestistä.", "nameless", "Hei Asiakas,"),
                invalid("Tervetuloa sivustolle Kirjakauppa!\nTunnuksesi on luotu.", "nameless", "Tervetuloa"),
                invalid("Hyvät huoltajat,\npäiväkodin syyslomasta tiedotetaan.", "nameless", "Hyvät huoltajat,"),
                invalid("Kiitos viestistäsi.\nLasku on korjattu.", "missing", "Kiitos viestistäsi."),
                invalid("Tilauksesi 12345 on lähetetty.", "missing", "Tilauksesi 12345 on lähetetty."),
                invalid("Olemme vastaanottaneet viestinne ja vastaamme pian.", "missing", null),
                invalid("Hyvä kysymys! Toimitus kestää kaksi päivää.", "missing", null),
                invalid("Laskusi eräpäivää on siirretty.\n\nYstävällisin terveisin\nAsiakaspalvelu", "missing",
                        "Laskusi eräpäivää on siirretty."),
                invalid("{% if x %}\nTilauksesi on valmis.\n{% endif %}", "missing", "Tilauksesi on valmis."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("validCases")
    void mustNotFire(CheckTester.Case c) {
        T.assertValid(c);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidCases")
    void mustFire(CheckTester.Case c) {
        T.assertInvalid(c);
    }

    @Test
    void missingGreetingScoresTwoAndNamelessOne() {
        assertEquals(2, T.run(valid("Kiitos viestistäsi.\nLasku on korjattu.")).get(0).points());
        assertEquals(1, T.run(valid("Hei!\nLasku on korjattu.")).get(0).points());
    }

    @Test
    void suggestionUsesTheCustomersFirstName() {
        List<Finding> f = T.run(valid("Hei!\nLasku on korjattu.").customer("Matti Virtanen", null));
        assertEquals("Hei Matti,", f.get(0).suggestion());
        List<Finding> formal = T.run(valid("Hyvä asiakas,\nlasku on korjattu.").customer("Matti Virtanen", null));
        assertEquals("Hyvä Matti Virtanen,", formal.get(0).suggestion());
    }

    @Test
    void suggestionWithoutAKnownNameIsAFillIn() {
        assertEquals("Hei [etunimi],", T.run(valid("Hei!\nLasku on korjattu.")).get(0).suggestion());
    }
}
