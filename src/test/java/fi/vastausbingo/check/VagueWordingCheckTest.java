// Valid/invalid tables for the `vague-wording` check, the SPEC traps among them.
package fi.vastausbingo.check;

import static fi.vastausbingo.check.CheckTester.invalid;
import static fi.vastausbingo.check.CheckTester.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.vastausbingo.check.vague.VagueWordingCheck;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VagueWordingCheckTest {
    private static final CheckTester T = new CheckTester(VagueWordingCheck.load());

    static Stream<CheckTester.Case> validCases() {
        return Stream.of(
                valid("Hei Matti,\nNokia G22:n takuu on kaksi vuotta."),
                valid("Netflix-palvelun voi liittää laskuusi."),
                valid("Elisa Viihde -palvelu on nyt avattu liittymääsi."),
                valid("Ota yhteyttä asiakaspalveluumme arkisin klo 8–16."),
                valid("Palvelunumeromme on 0800 123 456."),
                valid("Tuotenumero löytyy laatikon kyljestä."),
                valid("Asiakasnumerosi on laskun oikeassa yläkulmassa."),
                valid("Asiakaspalvelumme vastaa viikonloppuisin."),
                valid("Palvelumme Netflix toimii nyt myös televisiossa."),
                valid("Tuotteen X200 akku vaihdetaan takuussa."),
                valid("Palvelemme sinua mielellämme myös puhelimitse."),
                valid("Voit palauttaa puhelimen 14 päivän kuluessa."),
                valid("Asiakkaamme ovat olleet tyytyväisiä uuteen sovellukseen."),
                valid("Palvelupisteemme on auki arkisin."),
                valid("Hei {{tuote}},\nkiitos tilauksesta."),
                valid("> Miten tuote palautetaan?\n\nVoit palauttaa kengät postissa."),
                valid("Asiakastietosi on päivitetty."));
    }

    static Stream<CheckTester.Case> invalidCases() {
        return Stream.of(
                invalid("Tuotteemme takuu on kaksi vuotta.", "vague-wording", "Tuotteemme"),
                invalid("Kiitos, että valitsit palvelumme.", "vague-wording", "palvelumme"),
                invalid("Olemme pahoillamme palvelustamme.", "vague-wording", "palvelustamme"),
                invalid("Kyseinen tuote on loppuunmyyty.", "vague-wording", "Kyseinen tuote"),
                invalid("Ko. palvelu on tilapäisesti poissa käytöstä.", "vague-wording", "Ko. palvelu"),
                invalid("Voit palauttaa tuotteen 14 päivän kuluessa.", "vague-wording", "tuotteen"),
                invalid("Tuotteet lähtevät varastolta huomenna.", "vague-wording", "Tuotteet"),
                invalid("Palvelu on käytettävissä ympäri vuorokauden.", "vague-wording", "Palvelu"),
                invalid("Lisätietoja palveluista saat verkkosivuiltamme.", "vague-wording", "palveluista"),
                invalid("Asiakas voi perua tilauksen 14 päivän kuluessa.", "vague-wording", "Asiakas voi")
                        .key("vague-wording.third-person"),
                invalid("Asiakkaan tulee palauttaa laite kahden viikon sisällä.", "vague-wording", "Asiakkaan tulee")
                        .key("vague-wording.third-person"),
                invalid("Asiakkaat voivat seurata lähetystä verkossa.", "vague-wording", "Asiakkaat voivat"),
                invalid("Asiakkaan on toimitettava kuitti liikkeeseen.", "vague-wording", "Asiakkaan on"),
                invalid("Asiakas saa vahvistuksen sähköpostiin.", "vague-wording", "Asiakas saa"),
                invalid("Asiakkaan pitää ilmoittaa muutoksesta.", "vague-wording", "Asiakkaan pitää"),
                invalid("Ennen tilaamista asiakkaan kannattaa kirjautua sisään.",
                        "vague-wording", "asiakkaan kannattaa"),
                invalid("Hei Matti,\ntuotteemme toimitusaika on viikko.", "vague-wording", "tuotteemme"));
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
    void suggestionOffersTheProductTheCustomerNamed() {
        List<Finding> f = T.run(valid("Tuotteemme takuu on kaksi vuotta.")
                .customer("Matti Virtanen", "Hei, ostin teiltä Nokia G22 -puhelimen. Kauanko takuu on voimassa?"));
        assertEquals("Nokia G22", f.get(0).suggestion());
    }

    @Test
    void thirdPersonSuggestionFollowsTheRepliesRegister() {
        assertEquals("Voit", T.run(valid("Asiakas voi perua tilauksen. Saat vahvistuksen.")).get(0).suggestion());
        assertEquals("Voitte", T.run(valid("Asiakas voi perua tilauksen. Saatte vahvistuksen.")).get(0).suggestion());
    }

    @Test
    void everyOccurrenceIsAFindingButTheCheckScoresOnce() {
        List<Finding> f = T.run(valid("Tuotteemme on laadukas. Palvelumme on nopea."));
        assertEquals(2, f.size());
        assertEquals(1, VagueWordingCheck.load().meta().maxPoints());
    }
}
