// Must-fire and must-not cases for the general answer rules of the unanswered-question check.
package fi.vastausbingo.check.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.vastausbingo.check.CheckTester;
import fi.vastausbingo.check.Finding;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule per block: a reply that answers in the way the rule recognises (nothing reported),
 * and one that only seems to (the question reported). The cases are written for the rules,
 * not taken from the corpus.
 */
class AnswerRulesTest {
    private static final CheckTester T = new CheckTester(UnansweredQuestionCheck.load(null));

    static Stream<Arguments> cases() {
        return Stream.of(
                // the question said back ("haluatte tietää, voiko…") or "it depends" with no value answers nothing
                Arguments.of("Voiko vuoden sopimuksen perua kesken kauden?",
                        "Hei,\n\nymmärrämme, että haluatte tietää, voiko vuoden sopimuksen perua kesken kauden.",
                        List.of("Voiko vuoden sopimuksen perua kesken kauden?")),
                Arguments.of("Voiko vuoden sopimuksen perua kesken kauden?",
                        "Hei,\n\nvuoden sopimuksen voi perua kesken kauden Omat sivut -palvelussa.", List.of()),
                Arguments.of("Kuuluuko pyörän akku takuuseen?",
                        "Hei,\n\npyörän akun takuu riippuu valmistajasta.", List.of("Kuuluuko pyörän akku takuuseen?")),
                Arguments.of("Kuuluuko pyörän akku takuuseen?",
                        "Hei,\n\npyörän akun takuu riippuu iästä: alle kaksi vuotta vanha akku kuuluu takuuseen.", List.of()),
                // "…määräytyy ehtojen mukaan" only says it depends, like "riippuu" and "vaihtelee"
                Arguments.of("Nouseeko vakuutusmaksuni?",
                        "Hei,\n\nvakuutusmaksu määräytyy vakuutusehtojen mukaisesti.",
                        List.of("Nouseeko vakuutusmaksuni?")),
                Arguments.of("Nouseeko vakuutusmaksuni?",
                        "Hei,\n\nvakuutusmaksu määräytyy bonusten mukaan: kolari nostaa vakuutusmaksua noin 10 %.", List.of()),
                // every indirect question chained after the restated one is said back too, and so is
                // what puzzles the customer ("…ja että laskun summa askarruttaa teitä")
                Arguments.of("Kuuluuko aamiainen hintaan? Saako huoneeseen ottaa kissan?",
                        "Hei,\n\nymmärrämme, että haluatte tietää, kuuluuko aamiainen hintaan ja saako huoneeseen ottaa kissan. "
                                + "Käytännöt vaihtelevat hotelleittain.",
                        List.of("Kuuluuko aamiainen hintaan?", "Saako huoneeseen ottaa kissan?")),
                Arguments.of("Kuuluuko aamiainen hintaan? Saako huoneeseen ottaa kissan?",
                        "Hei,\n\naamiainen kuuluu hintaan, ja huoneeseen saa ottaa kissan 15 euron lisämaksusta.", List.of()),
                Arguments.of("Miksi lasku on näin suuri? Mitä minun pitää tehdä?",
                        "Hei,\n\nymmärrämme, että laskun suuruus askarruttaa teitä. Palaamme asiaan mahdollisimman pian.",
                        List.of("Miksi lasku on näin suuri?", "Mitä minun pitää tehdä?")),
                Arguments.of("Miksi lasku on näin suuri?",
                        "Hei,\n\nlasku on suuri, koska se sisältää kolmen kuukauden kulutuksen arviolaskutuksen jälkeen.",
                        List.of()),
                // the topic said back ("mietit tietojen siirtoa") and "X on tärkeä…" answer nothing, and
                // their words do not make the rest of the sentence an answer ("…, ja kehitämme sitä")
                Arguments.of("Siirtyvätkö asiakastiedot uuteen järjestelmään automaattisesti?",
                        "Hei,\n\nymmärrän, että mietit asiakastietojen siirtoa uuteen järjestelmään, ja autamme mielellämme.",
                        List.of("Siirtyvätkö asiakastiedot uuteen järjestelmään automaattisesti?")),
                Arguments.of("Siirtyvätkö asiakastiedot uuteen järjestelmään automaattisesti?",
                        "Hei,\n\nmietit asiakastietojen siirtoa: tiedot siirtyvät uuteen järjestelmään automaattisesti.",
                        List.of()),
                Arguments.of("Tukeeko Laskuri Pro verkkolaskujen vastaanottoa?",
                        "Hei,\n\nverkkolaskujen vastaanotto on tärkeä osa Laskuri Prota, ja kehitämme sitä jatkuvasti.",
                        List.of("Tukeeko Laskuri Pro verkkolaskujen vastaanottoa?")),
                Arguments.of("Tukeeko Laskuri Pro verkkolaskujen vastaanottoa?",
                        "Hei,\n\nkyllä tukee: verkkolaskujen vastaanotto on tärkeä osa Laskuri Prota.", List.of()),
                // a chained clause that tells something is no longer the question said back
                Arguments.of("Kuuluuko aamiainen hintaan?",
                        "Hei,\n\nkysyit, kuuluuko aamiainen hintaan, ja se kuuluu: aamiainen tarjoillaan klo 7–10.", List.of()),

                // a terse reply that opens with a value of the kind the first question asks answers it
                // first ("klo 12."); the same value does not answer a later question
                Arguments.of("Mihin aikaan kirjasto aukeaa sunnuntaisin? Onko siellä kahvila?",
                        "Hei Seppo,\n\nklo 12. Kahvila on auki koko päivän.", List.of()),
                Arguments.of("Onko siellä kahvila? Mihin aikaan kirjasto aukeaa sunnuntaisin?",
                        "Hei Seppo,\n\nklo 12. Kahvila on auki koko päivän.",
                        List.of("Mihin aikaan kirjasto aukeaa sunnuntaisin?")),

                // "milloin" is not answered by when something else happened, nor by the customer's own number
                Arguments.of("Milloin rahat tulevat tililleni?",
                        "Hei,\n\nrahojen palautuksen kirjasin tänään, ja tarkastus on kesken.",
                        List.of("Milloin rahat tulevat tililleni?")),
                Arguments.of("Milloin rahat tulevat tililleni?",
                        "Hei,\n\nrahat tulevat tilillesi tänään.", List.of()),
                Arguments.of("Ostin kengät numeroa 40. Kuinka kauan vaihto kestää?",
                        "Hei,\n\nvaihdon voit tehdä suoraan: merkitse lomakkeeseen koko 40 ja palauta kengät.",
                        List.of("Kuinka kauan vaihto kestää?")),
                Arguments.of("Ostin kengät numeroa 40. Kuinka kauan vaihto kestää?",
                        "Hei,\n\nvaihto kestää yleensä viisi arkipäivää.", List.of()),

                // a trailing "kun…" clause sets the scene; the question's topic is before it
                Arguments.of("Miten saan uuden kortin, kun olen vielä kaksi viikkoa lomalla Espanjassa?",
                        "Hei,\n\nvirtuaalikortin voit tilata sovelluksesta heti.", List.of()),
                Arguments.of("Miten saan uuden kortin, kun olen vielä kaksi viikkoa lomalla Espanjassa?",
                        "Hei,\n\nEspanjassa on nyt lämmin.",
                        List.of("Miten saan uuden kortin, kun olen vielä kaksi viikkoa lomalla Espanjassa?")),

                // a yes to a question that points back ("onks se…") may take up any word of what it points to
                Arguments.of("Unohdin sateenvarjon teidän eteiseen, onko se löytynyt?",
                        "Hei,\n\njoo, musta sateenvarjo on tallessa kassalla.", List.of()),
                Arguments.of("Unohdin sateenvarjon teidän eteiseen, onko se löytynyt?",
                        "Hei,\n\njoo, kassa on auki kymmeneen.",
                        List.of("Unohdin sateenvarjon teidän eteiseen, onko se löytynyt?")),
                // a sum said first answers the only price question, without repeating its words
                Arguments.of("Paljonko päivän keitto maksaa?",
                        "Hei!\n\n9,50 €, ja siihen kuuluu leipä.", List.of()),
                Arguments.of("Paljonko päivän keitto maksaa?",
                        "Hei!\n\nTervetuloa lounaalle! Jälkiruoka on 3 €.",
                        List.of("Paljonko päivän keitto maksaa?")),

                // the reply's word for the thing is in the customer's word's synonym group
                // (mokkula ~ modeemi, admin ~ pääkäyttäjä)
                Arguments.of("Saako mokkulan vuokrata kuukaudeksi?",
                        "Hei,\n\nmodeemin vuokra on 5 € kuukaudessa.", List.of()),
                Arguments.of("Saako mokkulan vuokrata kuukaudeksi?",
                        "Hei,\n\nlasku lähtee kuun lopussa.", List.of("Saako mokkulan vuokrata kuukaudeksi?")),
                Arguments.of("Voiko yhdistyksellä olla kaksi adminia?",
                        "Hei,\n\nyhdistyksellä voi olla enintään kolme pääkäyttäjää.", List.of()),

                // a pointer to a page or the terms ("…löytyvät matkaehdoistamme", "voitte lukea lisää
                // sivuiltamme") answers where and how, not whether; a sum in it, or a real answer
                // before a pointing relative clause, still answers
                Arguments.of("Saammeko rahat takaisin, jos peruutamme matkan?",
                        "Hei,\n\nperuutuksen ehdot ja rahojen palautus löytyvät matkaehdoistamme.",
                        List.of("Saammeko rahat takaisin, jos peruutamme matkan?")),
                Arguments.of("Saammeko rahat takaisin, jos peruutamme matkan?",
                        "Hei,\n\nsaatte rahat takaisin, kun peruutatte viimeistään viikkoa ennen lähtöä.", List.of()),
                Arguments.of("Saanko pitää vanhan hinnan, jos sitoudun vuodeksi?",
                        "Hei,\n\nvuoden sopimuksen hinnoista voit lukea lisää hinnastosivultamme.",
                        List.of("Saanko pitää vanhan hinnan, jos sitoudun vuodeksi?")),
                Arguments.of("Miten peruutan matkan?",
                        "Hei,\n\nperuutusohjeet löytyvät osoitteesta https://example.fi/peruutus.", List.of()),
                Arguments.of("Joudunko maksamaan palautuksen itse?",
                        "Hei,\n\npalautus on maksuton palautuslapulla, jonka löydät Omat tilaukset -sivulta.", List.of()),

                // spoken forms Voikko does not know are read as their written forms ("ilmotuksen",
                // "tarkottaa"), so the reply's "ilmoituksen", "tarkoittaa" meet them
                Arguments.of("Miten teen ilmotuksen?",
                        "Hei,\n\nilmoituksen teet lomakkeella osoitteessa https://example.fi/ilmoitus.", List.of()),
                Arguments.of("Miten teen ilmotuksen?",
                        "Hei,\n\nkorvaus maksetaan tilillesi viikon sisällä.", List.of("Miten teen ilmotuksen?")),
                Arguments.of("Mulla lukee laskussa 'perusmaksu'. Mitä se tarkottaa?",
                        "Hei,\n\nperusmaksu tarkoittaa kiinteää kuukausimaksua.", List.of()),
                Arguments.of("Mulla lukee laskussa 'perusmaksu'. Mitä se tarkottaa?",
                        "Hei,\n\nlasku lähtee huomenna.", List.of("Mitä se tarkottaa?")),

                // a hyphenated name compound the dictionary does not know meets its last part
                Arguments.of("Voinko vaihtaa halvempaan liittymään?",
                        "Hei,\n\nvoit vaihtaa Mini-liittymään sovelluksessa.", List.of()),
                Arguments.of("Voinko vaihtaa halvempaan liittymään?",
                        "Hei,\n\nMini-paketti on uusi.", List.of("Voinko vaihtaa halvempaan liittymään?")),

                // "kuinka nopeasti", "kuinka pian": the degree word is part of the question word,
                // so a bare question takes its topic from the sentence before
                Arguments.of("Kadotin pankkikorttini. Kuinka nopeasti saan uuden?",
                        "Hei,\n\nuusi kortti on perillä noin viikossa.", List.of()),
                Arguments.of("Kadotin pankkikorttini. Kuinka nopeasti saan uuden?",
                        "Hei,\n\nsuljin kadonneen kortin.", List.of("Kuinka nopeasti saan uuden?")),

                // "Mikä on … hinta?" asks a price: a number without money does not answer it
                Arguments.of("Mikä on kiinteän sopimuksen hinta?",
                        "Hei,\n\nkiinteän sopimuksen hinta on 9,5 snt/kWh.", List.of()),
                Arguments.of("Mikä on kiinteän sopimuksen hinta?",
                        "Hei,\n\nkiinteitä sopimuksia on 12 ja 24 kuukauden mittaisina.",
                        List.of("Mikä on kiinteän sopimuksen hinta?")),

                // an amount that is not a price is answered by any quantity
                Arguments.of("Paljonko matkalaukku saa painaa?",
                        "Hei,\n\nmatkalaukku saa painaa 20 kg.", List.of()),
                Arguments.of("Paljonko matkalaukku saa painaa?",
                        "Hei,\n\nmatkalaukku punnitaan lähtöselvityksessä.", List.of("Paljonko matkalaukku saa painaa?")),

                // "kuinka paljon ennen" asks a time
                Arguments.of("Kuinka paljon ennen lähtöä pitää olla kentällä?",
                        "Hei,\n\nkentällä kannattaa olla kaksi tuntia ennen lähtöä.", List.of()),

                // "aika", "käsittelyaika" name the topic; they give no time
                Arguments.of("Kuinka kauan käsittely kestää?",
                        "Hei,\n\nkäsittelyajat vaihtelevat hakemusten määrän mukaan.", List.of("Kuinka kauan käsittely kestää?")),
                Arguments.of("Kuinka kauan käsittely kestää?",
                        "Hei,\n\nkäsittely kestää noin kaksi viikkoa.", List.of()),

                // a sum of money is no time
                Arguments.of("Milloin asentaja tulee? Paljonko asennus maksaa?",
                        "Hei,\n\nasennus maksaa 89 €.", List.of("Milloin asentaja tulee?")),

                // a date, a price or a number answers in a sentence about the topic (or one that
                // points back to it), not in a neighbouring sentence about something else
                Arguments.of("Milloin huoltomies tulee?",
                        "Hei,\n\nremontti kesti 3 viikkoa. Huoltomies tulee paikalle, kun hän ehtii.",
                        List.of("Milloin huoltomies tulee?")),
                Arguments.of("Milloin huoltomies tulee?",
                        "Hei,\n\nhuoltomies tulee korjaamaan hanan. Hän on perillä keskiviikkona klo 9.", List.of()),
                Arguments.of("Milloin uimaranta avataan?",
                        "Hei,\n\nuimarannat avataan 1.6.2024. Tervetuloa!", List.of()),

                // one sentence that names the thing asked about and gives the kind of answer
                Arguments.of("Milloin irtisanomisaika alkaa kulua?",
                        "Hei,\n\nirtisanomisaika lasketaan sen kuukauden viimeisestä päivästä, jona irtisanominen tehtiin.",
                        List.of()),
                Arguments.of("Milloin irtisanomisaika alkaa kulua?",
                        "Hei,\n\nirtisanomisaika on kirjattu vuokrasopimukseenne.",
                        List.of("Milloin irtisanomisaika alkaa kulua?")),

                // a yes/no question is answered by a sentence that opens with a yes or a no, or with
                // the question's own verb, and takes up something of the question
                Arguments.of("Onko kirjastossa lasten lukunurkkausta?",
                        "Hei,\n\non, lapsille on oma lukuhuone toisessa kerroksessa.", List.of()),
                Arguments.of("Onko kirjastossa lasten lukunurkkausta?",
                        "Hei,\n\nlapsille on satutunti torstaisin.", List.of("Onko kirjastossa lasten lukunurkkausta?")),
                // (what is asked about, not where: a room in "Onko huoneessa …" is no answer)
                Arguments.of("Onko huoneissa televisio ja minibaari?",
                        "Hei,\n\non, huoneet siivotaan päivittäin.", List.of("Onko huoneissa televisio ja minibaari?")),
                Arguments.of("Onko huoneissa televisio ja minibaari?",
                        "Hei,\n\non, minibaari löytyy jokaisesta huoneesta.", List.of()),
                Arguments.of("Voiko kuntosalikortin jäädyttää kesäksi?",
                        "Hei,\n\nkyllä, kortin tauottaminen onnistuu sovelluksessa.", List.of()),
                Arguments.of("Voiko kuntosalikortin jäädyttää kesäksi?",
                        "Hei,\n\nkyllä, aukioloajat löytyvät sovelluksesta.", List.of("Voiko kuntosalikortin jäädyttää kesäksi?")),

                // a request is met when what was asked for is reported done in other words; receiving
                // the request is not doing it
                Arguments.of("Pyydän toimittamaan jatkossa laskut e-laskuna.",
                        "Hei,\n\ne-lasku on nyt otettu käyttöön, ja seuraavat laskut tulevat e-laskuina.", List.of()),
                Arguments.of("Pyydän toimittamaan jatkossa laskut e-laskuna.",
                        "Hei,\n\nolemme vastaanottaneet e-laskua koskevan pyyntönne.",
                        List.of("Pyydän toimittamaan jatkossa laskut e-laskuna.")),

                // ", joten …" opens a main clause of its own: a deferring first clause does not swallow it
                Arguments.of("Nouseeko vuokra ensi vuonna?",
                        "Hei,\n\nvuokrat tarkistetaan tammikuussa, joten vuokrasi ei nouse ensi vuonna.", List.of()),
                Arguments.of("Nouseeko vuokra ensi vuonna?",
                        "Hei,\n\nvuokrat tarkistetaan tammikuussa.", List.of("Nouseeko vuokra ensi vuonna?")),

                // "Miten haen sitä?": a verb and a pronoun lean on the sentence before; instructions answer
                Arguments.of("Onko minulla oikeus korvaukseen? Miten haen sitä?",
                        "Hei,\n\nsinulla on oikeus korvaukseen. Täytä lomake verkkosivuillamme ja liitä kuitti mukaan.",
                        List.of()),
                Arguments.of("Onko minulla oikeus korvaukseen? Miten haen sitä?",
                        "Hei,\n\nsinulla on oikeus korvaukseen.", List.of("Miten haen sitä?")),

                // "Missä paketti on?" asks where a delivery is: on its way or at the warehouse is a place
                Arguments.of("Missä pakettini on?",
                        "Hei,\n\npakettisi on matkalla ja perillä huomenna.", List.of()),
                Arguments.of("Missä pakettini on?",
                        "Hei,\n\npaketit toimitetaan yleensä kahdessa päivässä.", List.of("Missä pakettini on?")),

                // a request in the imperative names its act like "Pyydän lähettämään…" does
                Arguments.of("Lähettäkää minulle uusi kortti.",
                        "Hei,\n\nuusi kortti on postitettu sinulle.", List.of()),
                Arguments.of("Lähettäkää minulle uusi kortti.",
                        "Hei,\n\nkiitos viestistäsi.", List.of("Lähettäkää minulle uusi kortti.")),

                // a request to change a thing is met by the thing's new value
                Arguments.of("Pyydän siirtämään eräpäivää kahdella viikolla.",
                        "Hei,\n\nuusi eräpäivä on 28.6.", List.of()),
                Arguments.of("Pyydän siirtämään eräpäivää kahdella viikolla.",
                        "Hei,\n\neräpäivä on 14.6.", List.of("Pyydän siirtämään eräpäivää kahdella viikolla.")),

                // the customer's only question of its kind (a time, a price) is answered by a concrete
                // date or sum outside a deferral, in a sentence that touches the question or what the
                // customer said just before it
                Arguments.of("Yhteys pankkiin on poikki. Milloin tiliotteet taas näkyvät?",
                        "Hei,\n\npankkiyhteyden korjaus julkaistaan torstaina 12.6.", List.of()),
                Arguments.of("Milloin tiliotteet näkyvät? Entä milloin saan uudet tunnukset?",
                        "Hei,\n\nkorjaus julkaistaan torstaina 12.6.",
                        List.of("Milloin tiliotteet näkyvät?", "Entä milloin saan uudet tunnukset?")),
                Arguments.of("Milloin tiliotteet taas näkyvät?",
                        "Hei,\n\nselvitämme asiaa ja palaamme asiaan torstaina.", List.of("Milloin tiliotteet taas näkyvät?")),
                Arguments.of("Kaapeli on rikki. Paljonko vaihto maksaa?",
                        "Hei,\n\nuusi kaapeli asennettuna on 59 €.", List.of()),
                Arguments.of("Paljonko kaapelin vaihto maksaa?",
                        "Hei,\n\nasentaja tulee torstaina.", List.of("Paljonko kaapelin vaihto maksaa?")),

                // small talk, a rhetorical "eikö … -kin", and thanks or apologies framed as an ask
                // ask for nothing; the same forms with a real topic still do
                Arguments.of("Hei! Mitä kuuluu? Milloin paketti tulee?",
                        "Hei,\n\nkiitos kysymästä! Paketti tulee huomenna.", List.of()),
                Arguments.of("Mitä tilaukselleni kuuluu?",
                        "Hei,\n\nkiitos viestistä.", List.of("Mitä tilaukselleni kuuluu?")),
                Arguments.of("Eikö olekin hienoa, että kesä tuli? Milloin kesäaukioloajat alkavat?",
                        "Hei,\n\nkesäaukioloajat alkavat 1.6.", List.of()),
                Arguments.of("Eikö laskua ole vielä lähetetty?",
                        "Hei,\n\nkiitos viestistä.", List.of("Eikö laskua ole vielä lähetetty?")),
                Arguments.of("Haluaisin kiittää nopeasta toimituksesta. Pyydän anteeksi myöhäistä palautetta.",
                        "Hei,\n\nkiva kuulla!", List.of()),
                Arguments.of("Olisin kiitollinen, jos lähettäisitte kuitin.",
                        "Hei,\n\nkiva kuulla!", List.of("Olisin kiitollinen, jos lähettäisitte kuitin.")),

                // "mihin mennessä", "mistä lähtien" ask a time: a place does not answer them
                Arguments.of("Mihin mennessä osallistujalista pitää toimittaa?",
                        "Hei,\n\ntoimita osallistujalista viimeistään 20.2.", List.of()),
                Arguments.of("Mihin mennessä osallistujalista pitää toimittaa?",
                        "Hei,\n\ntoimita osallistujalista toimistoomme Satamakadulle.",
                        List.of("Mihin mennessä osallistujalista pitää toimittaa?")),

                // forwarding in the perfect tense, or forwarding "it", defers like "välitin viestisi"
                Arguments.of("Kauppa veloitti kortiltani kahdesti. Mistä tämä johtuu?",
                        "Hei,\n\nolemme välittäneet viestinne maksuliikenteeseen.", List.of("Mistä tämä johtuu?")),
                Arguments.of("Kauppa veloitti kortiltani kahdesti. Mistä tämä johtuu?",
                        "Hei,\n\nsaimme viestinne ja välitimme sen maksuliikenteeseen.", List.of("Mistä tämä johtuu?")),
                Arguments.of("Kauppa veloitti kortiltani kahdesti. Mistä tämä johtuu?",
                        "Hei,\n\nkauppa lähetti veloituksen vahingossa kahteen kertaan.", List.of()),

                // saying the message arrived gives no account of anything; it still names the topic
                Arguments.of("Tuplaviestejä tulee taas. Mistä tämä johtuu?",
                        "Hei,\n\nolemme vastaanottaneet viestinne.", List.of("Mistä tämä johtuu?")),
                Arguments.of("Pyydän irtisanomaan tilaukseni.",
                        "Hei,\n\nolemme vastaanottaneet irtisanomisilmoituksenne. Tilauksenne päättyy 31.3.",
                        List.of()),

                // "kuinka pitkä / suuri" asks a measure (a time when it is about a duration), not a way
                Arguments.of("Kuinka pitkä on toimitusaika?",
                        "Hei,\n\ntoimitus kestää noin viikon.", List.of()),
                Arguments.of("Kuinka pitkä on toimitusaika?",
                        "Hei,\n\ntoimitusaikaa voit seurata sovelluksessa.", List.of("Kuinka pitkä on toimitusaika?")),
                Arguments.of("Kuinka suuri omavastuu on?",
                        "Hei,\n\nomavastuu on 150 €.", List.of()),
                Arguments.of("Kuinka suuri omavastuu on?",
                        "Hei,\n\nomavastuu mainitaan vakuutuskirjassa, katso se Oma-palvelusta.",
                        List.of("Kuinka suuri omavastuu on?")),

                // a sentence ending in a colon that announces numbered questions asks nothing itself;
                // one that announces a list of things is the request
                Arguments.of("Pyytäisin tietoa seuraavista:\n1) Onko sali vapaana 16.8.?\n2) Mikä on salin vuokra?",
                        "Hei,\n\nsali on vapaana 16.8. Salin vuokra on 400 €.", List.of()),
                Arguments.of("Pyytäisin tietoa seuraavista:\n1) Onko sali vapaana 16.8.?\n2) Mikä on salin vuokra?",
                        "Hei,\n\nsali on vapaana 16.8.", List.of("Mikä on salin vuokra?")),
                Arguments.of("Pyydän lähettämään seuraavat asiakirjat:\n- vuokrasopimus\n- vakuustodistus",
                        "Hei,\n\nkiitos viestistä.", List.of("Pyydän lähettämään seuraavat asiakirjat:")),

                // text typed without capitals still ends its sentences at a full stop
                Arguments.of("moi mulla on kaks tilausta. onks toinen kadonnu. ja maksaako uusi jotain.",
                        "Moi,\n\ntoinen paketti on matkalla.", List.of("ja maksaako uusi jotain.")),

                // a word the question says twice is one word of its topic, not two
                Arguments.of("Voiko tilille tehdä automaattisen kuukausisiirron omalta tililtäni?",
                        "Hei,\n\ntilin korko on nyt 2,1 %.",
                        List.of("Voiko tilille tehdä automaattisen kuukausisiirron omalta tililtäni?")),
                Arguments.of("Voiko tilille tehdä automaattisen kuukausisiirron omalta tililtäni?",
                        "Hei,\n\nkyllä voi: kuukausisiirron teet verkkopankissa kohdassa Maksut.", List.of()),

                // after a yes or a no, the reply may take up the act the customer wants rather than the thing
                Arguments.of("Pitääkö verkkokaupassanne olla asiakastili, jotta voi tilata?",
                        "Hei,\n\nei tarvitse, tilata voi myös vierailijana.", List.of()),
                Arguments.of("Pitääkö verkkokaupassanne olla asiakastili, jotta voi tilata?",
                        "Hei,\n\nkyllä, kiitos kysymyksestä.",
                        List.of("Pitääkö verkkokaupassanne olla asiakastili, jotta voi tilata?")),

                // a yes/no question is answered by a statement with its own verb about its thing
                Arguments.of("Hei, harkitsemme asumisoikeusasuntoa. Tarvitaanko järjestysnumero myös yli 55-vuotiaille?",
                        "Hei,\n\njärjestysnumero tarvitaan kaikilta hakijoilta iästä riippumatta.", List.of()),
                Arguments.of("Lisäksi haluaisimme tietää, kestävätkö telineet suolausta ja talven aurausta.",
                        "Hei,\n\ntoimitus kestää nyt noin kolme viikkoa tilauksesta.",
                        List.of("Lisäksi haluaisimme tietää, kestävätkö telineet suolausta ja talven aurausta.")),

                // a rent or a fee asks a sum ("kuukausimaksu": the head of the compound), a date does not
                // answer it; but "mitä tarkoittaa … siirtomaksu" asks what the fee is
                Arguments.of("Mikä on kerhohuoneen kuukausimaksu?",
                        "Hei,\n\nkerhohuone on vapaana 16.8. alkaen.", List.of("Mikä on kerhohuoneen kuukausimaksu?")),
                Arguments.of("Mikä on kerhohuoneen kuukausimaksu?",
                        "Hei,\n\nkerhohuoneen kuukausimaksu on 45 €.", List.of()),
                Arguments.of("Hei, mitä tarkoittaa laskullani rivi siirtomaksu?",
                        "Hei,\n\nlaskun rivi siirtomaksu tarkoittaa verkkoyhtiön veloitusta sähkön siirrosta kotiisi.", List.of()),

                // "kuinka usein" asks how often, "mihin aikaan" at what time
                Arguments.of("Kuinka usein lukemat päivittyvät?",
                        "Hei,\n\nlukemat päivittyvät kerran vuorokaudessa.", List.of()),
                Arguments.of("Kuinka usein lukemat päivittyvät?",
                        "Hei,\n\nlukemat päivittyvät rajapintaan.", List.of("Kuinka usein lukemat päivittyvät?")),
                Arguments.of("Mihin aikaan ruoka tulee?",
                        "Hei,\n\nruoka tulee noin klo 11.", List.of()),
                Arguments.of("Mihin aikaan ruoka tulee?",
                        "Hei,\n\nruoka tulee Kauppakadun keittiöstä.", List.of("Mihin aikaan ruoka tulee?")));
    }

    @ParameterizedTest(name = "[{index}] {0} / {1} → {2}")
    @MethodSource("cases")
    void reportsExactlyTheUnansweredQuestions(String customer, String reply, List<String> expected) {
        List<Finding> found = T.run(CheckTester.valid(reply).customer(null, customer)).stream().filter(f -> !f.note()).toList();
        assertEquals(expected, found.stream().map(Finding::evidence).toList(), () -> "reply:\n" + reply);
    }
}
