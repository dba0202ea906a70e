// Valid/invalid tables for the `stock-phrase` check over the shipped list.
package fi.vastausbingo.check;

import static fi.vastausbingo.check.CheckTester.invalid;
import static fi.vastausbingo.check.CheckTester.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.vastausbingo.check.stock.StockPhraseCheck;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StockPhraseCheckTest {
    private static final CheckTester T = new CheckTester(StockPhraseCheck.load());

    static Stream<CheckTester.Case> validCases() {
        return Stream.of(
                valid("Hei Matti,\nkiitos, että kerroit tästä."),
                valid("Harmittaa, että paketti myöhästyi. Lähetin uuden tänään."),
                valid("Laskusi on nyt korjattu ja uusi eräpäivä on 15.4."),
                valid("Kiitos kun odotit! Tässä pyytämäsi tiedot."),
                valid("Katsoin tilauksesi: se lähti varastolta eilen."),
                valid("Soita minulle suoraan numeroon 040 123 4567, niin hoidetaan tämä."),
                valid("Liitin viestiin laskun kopion."),
                valid("Jos jokin jäi epäselväksi, vastaa tähän viestiin."),
                valid("Palautteesi meni suoraan kehitystiimille."),
                valid("Kiitos palautteesta – korjasimme sivun virheen heti."),
                valid("Tervetuloa {{site_name}} -palveluun, {{etunimi}}!"),
                valid("Hyvää viikonloppua!"),
                valid("Ymmärrän hyvin, että tilanne harmittaa."),
                valid("Hei,\nvastaan huomenna, kun olen tarkistanut asian varastolta."),
                valid("> Kiitämme saamastamme palautteesta.\n\nHei, tässä oikea vastaus."),
                // coming back to the matter is plain Finnish; what is stiff is the vague "as soon as possible"
                valid("Palaamme asiaan torstaina, kun selvitys on valmis."));
    }

    static Stream<CheckTester.Case> invalidCases() {
        return Stream.of(
                invalid("Kiitämme saamastamme palautteesta.", "stock-phrase", null),
                invalid("Kiitämme palautteestanne.", "stock-phrase", null),
                invalid("Pahoittelemme mahdollisesti aiheutunutta haittaa.", "stock-phrase", null),
                invalid("Pahoittelemme aiheutunutta haittaa.", "stock-phrase", null),
                invalid("Ohessa tarjouksemme sähköpostiviestiinne liittyen.", "stock-phrase", null),
                invalid("Toivomme tarjouksemme johtavan ostopäätökseen.", "stock-phrase", null),
                invalid("Kiitämme yhteydenotostanne.", "stock-phrase", null),
                invalid("Olemme vastaanottaneet viestinne.", "stock-phrase", null),
                invalid("Mikäli teillä on kysyttävää, älkää epäröikö ottaa yhteyttä.", "stock-phrase", null),
                invalid("Tämä on automaattinen viesti, johon ei voi vastata.", "stock-phrase", null),
                invalid("Palautteenne on meille tärkeää.", "stock-phrase", null),
                invalid("Asianne on käsittelyssä.", "stock-phrase", null),
                invalid("Hei Matti,\nkiitämme teitä yhteydenotostanne koskien laskua.", "stock-phrase", null),
                invalid("Pahoittelemme aiheutunutta vaivaa.", "stock-phrase", null),
                invalid("Vastaamme viestiinne mahdollisimman pian.", "stock-phrase", null),
                invalid("Palaamme asiaan mahdollisimman pian.", "stock-phrase", null));
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
    void eachPhraseIsAFindingWithItsAlternative() {
        List<Finding> f = T.run(valid("Kiitämme saamastamme palautteesta. Pahoittelemme mahdollisesti aiheutunutta haittaa."));
        assertEquals(2, f.size());
        assertFalse(f.get(0).suggestions().isEmpty());
        assertEquals("Kiitämme saamastamme palautteesta", f.get(0).evidence());
    }
}
