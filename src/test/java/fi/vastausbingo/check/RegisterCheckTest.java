// Customer/reply pairs for the `register` check: relaxed and formal customers, mixed replies, groups.
package fi.vastausbingo.check;

import static fi.vastausbingo.check.CheckTester.invalid;
import static fi.vastausbingo.check.CheckTester.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.vastausbingo.check.register.RegisterCheck;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegisterCheckTest {
    private static final CheckTester T = new CheckTester(RegisterCheck.load());

    private static final String RELAXED = "Moi! Mä tilasin teiltä kengät viime viikolla mut ne ei oo vielä tullu. Voiks ne lähettää uudestaan? :)\nJonna";
    private static final String RELAXED_SINA = "Hei, voitko kertoa, milloin sun kauppa aukeaa huomenna?\nMikko";
    private static final String FORMAL = "Arvoisa asiakaspalvelu,\n\nVoisitteko ystävällisesti tarkistaa laskumme 4412? "
            + "Summa ei vastaa sopimustamme.\n\nYstävällisin terveisin\nKari Lehtonen\ntoimitusjohtaja, Lehtosen Kuljetus Oy";
    private static final String NEUTRAL = "Hei,\n\ntilasin takin 3.4. ja haluaisin tietää, milloin se toimitetaan.\n\nTerveisin\nAnna Nieminen";
    private static final String GROUP = "Hei! Meitä on kuusi ja haluaisimme varata pöydän perjantaiksi klo 18. Onnistuuko?\n\nTerveisin Laura";
    private static final String BUSINESS_GROUP = "Hei, yrityksemme tilasi 20 näyttöä. Milloin ne toimitetaan?\nTerveisin Petri Salo";

    static Stream<CheckTester.Case> validCases() {
        return Stream.of(
                // no 2nd-person forms at all
                valid("Hei Jonna,\n\nkengät lähtivät tänään uudestaan matkaan.").customer("Jonna", RELAXED),
                valid("Hyvä Kari Lehtonen,\n\nlasku 4412 on tarkistettu ja hyvitys tehty.").customer(null, FORMAL),
                // register follows the customer
                valid("Moi Jonna!\n\nLähetin kengät uudestaan, saat ne torstaina. Sori viivästys!").customer("Jonna", RELAXED),
                valid("Hei Mikko,\n\nkauppa aukeaa huomenna klo 9. Tervetuloa, nähdään!").customer("Mikko", RELAXED_SINA),
                valid("Hyvä Kari Lehtonen,\n\ntarkistimme laskunne. Saatte hyvityksen ensi viikolla.").customer(null, FORMAL),
                valid("Hyvä Kari Lehtonen,\n\nvoitte maksaa laskun uudella eräpäivällä. Kiitos kärsivällisyydestänne.")
                        .customer(null, FORMAL),
                // neutral customer: either form is fine as long as it is not mixed
                valid("Hei Anna,\n\ntakkisi toimitetaan torstaina. Saat seurantakoodin tekstiviestinä.").customer(null, NEUTRAL),
                valid("Hei Anna,\n\ntakkinne toimitetaan torstaina. Saatte seurantakoodin tekstiviestinä.").customer(null, NEUTRAL),
                // no customer message: only mixed can fire
                valid("Hei,\n\nvoit noutaa paketin huomenna. Paketti odottaa sinua postissa."),
                valid("Hyvä vastaanottaja,\n\nvoitte noutaa paketin huomenna."),
                // group customers: plural te is addressed to the group
                valid("Hei Laura,\n\nvarasin teille pöydän perjantaiksi klo 18. Tervetuloa!").customer("Laura", GROUP),
                valid("Hei Laura,\n\nvarasin teille pöydän. Voit perua varauksen tekstiviestillä.").customer("Laura", GROUP),
                valid("Hei Petri,\n\nnäyttönne lähtevät huomenna. Saatte seurantalinkin sähköpostiin.").customer(null, BUSINESS_GROUP),
                // "emme lähetä" is a connegative, not an imperative sinä
                valid("Hyvä Kari Lehtonen,\n\nemme lähetä paperilaskua. Voitte tulostaa laskun verkkopalvelusta.")
                        .customer(null, FORMAL),
                // so is a verb a few words after its negation: "ei kuitenkaan tarvitse", "ei koskaan pyydä"
                valid("Hyvä Kari Lehtonen,\n\nteidän ei kuitenkaan tarvitse tehdä mitään. Pankki ei koskaan pyydä "
                        + "tunnuksia viestillä, eikä siitä tule enää maksuja. Voitte olla rauhassa.").customer(null, FORMAL),
                // "sinä päivänä" is the essive of "se"; "kaikki asut ovat" a plural noun, not "you live"
                valid("Hyvä Kari Lehtonen,\n\nvakuutuksenne päättyy sinä päivänä, jona omistajanvaihdos kirjataan.")
                        .customer(null, FORMAL),
                valid("Hyvä Kari Lehtonen,\n\nlasku lähtee, kun kaikki asut ovat perillä. Saatte sen sähköpostiinne.")
                        .customer(null, FORMAL),
                // quoted customer text does not count as the reply's own forms
                valid("Hei Jonna,\n\nlähetin kengät uudestaan.\n\n> Moi! Voisitteko lähettää ne uudestaan?\n").customer("Jonna", RELAXED),
                // a reply that only speaks of third parties
                valid("Hei,\n\nkuriiri toimittaa paketin huomenna aamupäivällä.").customer(null, RELAXED),
                valid("Hei,\n\nlasku on korjattu ja hyvitys maksetaan tilille.").customer(null, FORMAL),
                valid("Moikka Jonna! Kengät on matkalla, ja saat ne huomenna.").customer(null, RELAXED),
                valid("Hei Anna,\n\nkiitos viestistäsi. Takkisi on jo matkalla.").customer(null, NEUTRAL),
                valid("Hyvä Kari Lehtonen,\n\nlaskunne summa on korjattu, ja teille lähetetään uusi lasku.").customer(null, FORMAL),
                // a word that is a base form in its own right is not a possessive: six, a year, a hand
                valid("Hyvä Kari Lehtonen,\n\nasennusjono on noin kuusi viikkoa, ja sopimus on voimassa vuosi kerrallaan.")
                        .customer(null, FORMAL),
                valid("Hyvä Kari Lehtonen,\n\nKuusi laskua on nyt korjattu.").customer(null, FORMAL),
                // the customer's words that only look like sinä forms do not make them casual: "Voisiko"
                // (could it, not "your butter?"), "muuta maitotuotetta" (other, not "move!"), "saan
                // oikeat" (a plural adjective, not a verb: the clause has its verb)
                valid("Hei Risto,\n\nhyvitimme maksun tilillenne.").customer(null, "Hei,\n\nlaskullani on maksu, jota "
                        + "en muista tilanneeni. Haluaisin tietää, mistä se tulee. Voisiko sen hyvittää?\n\nKiitos etukäteen,\nRisto Manninen"),
                valid("Hei,\n\nkeitossa ei ole maitotuotteita, ja merkitsemme allergeenit jatkossa listaanne.").customer(null,
                        "Hei,\n\nhaluaisin tietää, onko keitossa kermaa tai muuta maitotuotetta. Voisiko allergeenit merkitä listaan?"
                        + "\n\nTerveisin\nMatti Huovinen"),
                valid("Hei,\n\nvoitte pitää väärät sukat, uudet lähtevät tänään.").customer(null,
                        "Hei!\n\nSain väärän koon. Mietin, pitääkö minun palauttaa sukat ennen kuin saan oikeat.\n\nTerveisin\nHelmi Vainio"),
                // words that could be sinä imperatives but are not, by their place: a pronoun ("siitä"),
                // a list item ("kahvi, tee"), an adjective before adjectives and a noun ("Uusi
                // kertakäyttöinen salasana"), a name before a capitalised word ("Kurki Matkat")
                valid("Hyvä Kari Lehtonen,\n\nJos keskus vaatii vahvistusta, siitä tulee lisäkustannus. Tarjoiluun kuuluvat "
                        + "kahvi, tee sekä leivonnaiset. Uusi kertakäyttöinen salasananne on lähetetty.\n\nKurki Matkat")
                        .customer(null, FORMAL),
                // a club is a group: te-forms to its casual member are plural
                valid("Moi Ossi!\n\nVuoro on teidän lauantaisin klo 10, ja voitte tulla jo 9.45.")
                        .customer(null, "Moi! Meidän seuramme haluis varata salivuoron lauantaille. Onnistuuks? :) -Ossi"));
    }

    static Stream<CheckTester.Case> invalidCases() {
        return Stream.of(
                invalid("Hei Jonna,\n\nvoitte seurata lähetystä verkossa.", "mismatch", "voitte").customer("Jonna", RELAXED),
                invalid("Hei,\n\nlähetämme kengät uudestaan. Teidän ei tarvitse tehdä mitään.", "mismatch", "Teidän")
                        .customer(null, RELAXED),
                invalid("Hei Mikko,\n\nliikkeemme aukeaa huomenna klo 9. Olette tervetullut.", "mismatch", "Olette")
                        .customer(null, RELAXED_SINA),
                invalid("Moi Jonna!\n\nTilauksenne on lähetetty.", "mismatch", "Tilauksenne").customer(null, RELAXED),
                invalid("Hei Kari,\n\ntsekkasin laskusi. Saat hyvityksen ensi viikolla.", "mismatch", "laskusi")
                        .customer(null, FORMAL),
                invalid("Hei!\n\nVoit maksaa laskun uudella eräpäivällä.", "mismatch", "Voit").customer(null, FORMAL),
                invalid("Hyvä Kari Lehtonen,\n\nlähetä meille sopimuksen numero, niin tarkistamme asian.", "mismatch", "lähetä")
                        .customer(null, FORMAL),
                // a comma ends the negation's reach; a negation in the 2nd person is itself a sinä form
                invalid("Hyvä Kari Lehtonen,\n\nei hätää, lähetä meille sopimuksen numero.", "mismatch", "lähetä")
                        .customer(null, FORMAL),
                invalid("Hyvä Kari Lehtonen,\n\net kuitenkaan tarvitse tehdä mitään.", "mismatch", "et")
                        .customer(null, FORMAL),
                invalid("Hei,\n\nsinun laskusi on korjattu.", "mismatch", "sinun").customer(null, FORMAL),
                // mixed: both forms in one reply, with or without a customer
                invalid("Hei Anna,\n\nvoit noutaa takin huomenna. Voitte myös pyytää kotiinkuljetuksen.", "mixed", "Voitte")
                        .customer(null, NEUTRAL),
                invalid("Hei,\n\ntilauksenne on vastaanotettu. Saat vahvistuksen sähköpostiisi.\nVoit seurata tilausta sovelluksessa.",
                        "mixed", "tilauksenne"),
                invalid("Hyvä asiakas,\n\nvoitte maksaa laskun verkossa. Jos et ehdi, voit pyytää lisäaikaa.", "mixed", "voitte"),
                invalid("Hei Jonna,\n\nkengät lähtevät tänään. Pahoittelemme, että jouduitte odottamaan. Saat ne torstaina.",
                        "mixed", "jouduitte").customer(null, RELAXED),
                invalid("Hei,\n\nsulle lähti uusi lasku. Olkaa hyvä ja maksakaa se eräpäivään mennessä.", "mixed", "sulle"),
                // mixed wins over mismatch
                invalid("Hyvä Kari Lehtonen,\n\nvoitte maksaa laskun myöhemmin. Saat siitä vahvistuksen.", "mixed", "Saat")
                        .customer(null, FORMAL),
                // a group customer is plural, but sinä to them is still judged against a formal writer
                invalid("Hei Kari,\n\ntarkistin laskusi ja korjasin sen.", "mismatch", "laskusi").customer(null,
                        "Arvoisa vastaanottaja,\n\nyrityksemme lasku on virheellinen. Voisitteko korjata sen?\n\nKari Lehtonen\ntoimitusjohtaja"),
                invalid("Hei Jonna,\n\nvoisitteko lähettää kuvan kengistä?", "mismatch", "voisitteko").customer(null, RELAXED),
                invalid("Moi,\n\nettehän unohda palauttaa laitetta.", "mismatch", "ettehän").customer(null, RELAXED),
                invalid("Hei,\n\nolkaa hyvä ja täyttäkää lomake.", "mismatch", "olkaa").customer(null, RELAXED_SINA),
                invalid("Hei Anna,\n\ntakkisi lähti tänään. Tilauksenne numero on 5512.", "mixed", "Tilauksenne").customer(null, NEUTRAL),
                invalid("Hei Kari,\n\nmaksa lasku eräpäivään mennessä.", "mismatch", "maksa").customer(null, FORMAL),
                invalid("Hei Kari,\n\nvuoroja on vapaana. Tee varaus sovelluksessa.", "mismatch", "Tee").customer(null, FORMAL),
                invalid("Hei Kari,\n\nkuusi laskuasi on korjattu.", "mismatch", "laskuasi").customer(null, FORMAL));
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
    void mismatchNamesTheCustomersStyleAndSuggestsTheForm() {
        List<Finding> f = T.run(valid("Hei Jonna,\n\nvoitte seurata lähetystä verkossa.").customer("Jonna", RELAXED));
        assertEquals("register.mismatch-te", f.get(0).messageKey());
        assertEquals("voit", f.get(0).suggestion());
        assertEquals("Moi", f.get(0).evidence());
        List<Finding> g = T.run(valid("Hei!\n\nVoit maksaa laskun.").customer(null, FORMAL));
        assertEquals("Voitte", g.get(0).suggestion());
    }

    @Test
    void possessivesConvertBothWays() {
        assertEquals("tilauksesi", T.run(valid("Moi!\n\nTilauksenne on lähetetty.").customer(null, RELAXED)).get(0).suggestion()
                .toLowerCase(java.util.Locale.ROOT));
        assertEquals("laskunne", T.run(valid("Hei!\n\nTarkistin laskusi.").customer(null, FORMAL)).get(0).suggestion());
    }
}
