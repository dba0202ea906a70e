// Generates a reproducible synthetic helpdesk export: customer messages (~60 words) and replies (~90 words).
package fi.vastausbingo.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic enough to exercise every check (greetings with and without names, vague words,
 * stock phrases, questions answered or not, sinä and te, now and then a password), varied in
 * names, products, numbers and dates so that the analysis cache sees a natural vocabulary
 * rather than one repeated text. Same seed, same mailbox.
 */
public final class SyntheticMailbox {
    /** One generated pair. */
    public record Pair(String id, String customerName, String customer, String reply) {}

    private static final String[] FIRST = {"Matti", "Liisa", "Jonna", "Kari", "Anna", "Mikko", "Sari", "Pekka", "Laura",
        "Teemu", "Aino", "Juha", "Heidi", "Olli", "Riikka", "Ville", "Tiina", "Janne", "Kaisa", "Antti"};
    private static final String[] LAST = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laine", "Heikkinen", "Koskinen",
        "Järvinen", "Lehtonen", "Salo", "Hyvönen", "Aalto", "Rantanen", "Lehtinen", "Kallio", "Niemi"};
    private static final String[] PRODUCT = {"Nokia G22", "Lumo-kuulokkeet", "Kotiliittymä 300M", "Aurinko-sähkösopimus",
        "Matkavakuutus Plus", "Kuitu 1000", "Pyörä Urban 7", "Kahvinkeitin Moka", "Pilvi Pro -tilaus", "Talvitakki Arctic"};
    private static final String[] TOPIC = {"lasku", "toimitus", "palautus", "takuu", "sopimus", "tilaus", "asennus",
        "hyvitys", "salasana", "osoitteenmuutos"};
    private static final String[] OPEN_RELAXED = {"Moi!", "Heippa,", "Moikka!", "Hei hei,"};
    private static final String[] OPEN_FORMAL = {"Arvoisa asiakaspalvelu,", "Hyvä vastaanottaja,", "Hei,"};
    private static final String[] CONTEXT = {
        "Tilasin teiltä %s viime viikolla, ja tilausnumero on %d.",
        "Ostin %s noin kuukausi sitten verkkokaupastanne.",
        "Minulla on ollut %s käytössä nyt kolme viikkoa.",
        "Sain eilen laskun, joka koskee tuotetta %s, ja summa on %d,%02d euroa.",
        "Mä tilasin %s ja tilausnumero on %d mut mitään ei oo kuulunut."};
    private static final String[] QUESTION = {
        "Milloin %s toimitetaan?", "Paljonko %s maksaa, jos haluan sen heti?", "Voinko palauttaa %s vielä?",
        "Miksi laskussani on kaksi kuukausimaksua?", "Kertoisitteko myös, kauanko takuu on voimassa.",
        "Onko %s varastossa Tampereen myymälässä?", "Miten %s asennetaan?", "voiks %s vaihtaa isompaan?",
        "Haluaisin tietää, voiko tilausta vielä muuttaa.", "Montako päivää palautusaikaa on?"};
    private static final String[] STORY = {
        "Paketti piti tulla jo maanantaina, mutta seurantakoodi näyttää edelleen, että lähetys on vasta tulossa.",
        "Soitin asiakaspalveluun eilen, mutta jonotusaika oli yli puoli tuntia, joten lopetin puhelun.",
        "Olen käyttänyt palvelujanne monta vuotta ja ollut yleensä tyytyväinen, mutta nyt jokin meni pieleen.",
        "Laskussa näkyy myös maksu, jota en muista tilanneeni, ja haluaisin ymmärtää, mistä se tulee.",
        "Muutin viime kuussa uuteen osoitteeseen Helsingissä, ja päivitin osoitteen omiin tietoihini.",
        "Naapurini sai saman tuotteen nopeammin, vaikka tilasimme samana päivänä."};
    private static final String[] EXTRA = {"Kiitos jo etukäteen avusta.", "Tarvitsen tätä ensi viikon matkalle.",
        "Asia on minulle aika kiireellinen.", "Toivottavasti tähän löytyy ratkaisu.", "Olen ollut asiakkaananne pitkään."};
    private static final String[] ANSWER = {
        "%s lähtee varastolta torstaina %d.%d., ja saat seurantakoodin tekstiviestinä.",
        "%s maksaa %d,%02d euroa, ja toimitus on ilmainen yli 50 euron tilauksiin.",
        "Voit palauttaa %s 30 päivän kuluessa, kun tuote on alkuperäisessä pakkauksessa.",
        "Laskussa on kaksi kuukausimaksua, koska edellinen maksu ei ehtinyt kirjautua ennen laskun lähtemistä.",
        "Takuu on voimassa kaksi vuotta ostopäivästä.",
        "Tampereen myymälässä on %s varastossa %d kappaletta.",
        "Asennusohje löytyy pakkauksesta, ja voit myös katsoa videon osoitteessa https://example.fi/ohje.",
        "Vaihto isompaan onnistuu, kun palautat nykyisen ja tilaat uuden.",
        "Tilausta voi muuttaa niin kauan kuin se ei ole lähtenyt varastolta.",
        "Palautusaikaa on 30 päivää."};
    private static final String[] STOCK = {"Kiitämme yhteydenotostanne.", "Pahoittelemme mahdollisesti aiheutunutta haittaa.",
        "Olemme vastaanottaneet viestinne ja käsittelemme sen mahdollisimman pian.",
        "Mikäli teillä on kysyttävää, älkää epäröikö ottaa yhteyttä asiakaspalveluumme.",
        "Toivottavasti tästä oli apua."};
    private static final String[] FILLER = {
        "Tarkistin tilauksesi tiedot järjestelmästämme, ja kaikki näyttää olevan kunnossa.",
        "Katsoin myös, ettei tilauksessa ole muita avoimia asioita.",
        "Jos jokin jäi epäselväksi, vastaa suoraan tähän viestiin, niin hoidetaan asia loppuun.",
        "Lisäksi kirjasin pyyntösi asiakastietoihisi, jotta seuraava asiakaspalvelijamme näkee sen heti.",
        "Asiakas voi seurata tilauksen tilaa myös verkkokaupan Omat tilaukset -sivulla.",
        "Tuotteemme on testattu huolellisesti ennen lähetystä."};

    private static final String[] MORE = {
        "Huomasin samalla, että asiakastiedoissasi on vanha puhelinnumero, joten päivitin sen ajan tasalle.",
        "Voit jatkossa hoitaa vastaavat asiat myös sovelluksessa, jossa näet tilausten ja laskujen tilanteen yhdellä silmäyksellä.",
        "Kiitos vielä kärsivällisyydestäsi, ja hyvää viikon jatkoa!",
        "Jos sinulle sopii, voin soittaa huomenna aamupäivällä ja käydä asian vielä läpi puhelimessa.",
        "Laitoin tilaukseesi myös merkinnän, jotta varasto tietää pakata tuotteen erityisen huolellisesti."};

    private SyntheticMailbox() {}

    public static List<Pair> generate(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Pair> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String first = pick(r, FIRST);
            String last = pick(r, LAST);
            String product = pick(r, PRODUCT);
            boolean relaxed = r.nextInt(3) == 0;
            int order = 100000 + r.nextInt(900000);
            int q1 = r.nextInt(QUESTION.length);
            int q2 = r.nextInt(QUESTION.length);
            StringBuilder c = new StringBuilder();
            c.append(relaxed ? pick(r, OPEN_RELAXED) : pick(r, OPEN_FORMAL)).append("\n\n");
            c.append(String.format(pick(r, CONTEXT), product, order, r.nextInt(100))).append(' ');
            c.append(pick(r, STORY)).append(' ').append(pick(r, STORY)).append(' ');
            c.append(pick(r, EXTRA)).append(' ');
            c.append(String.format(QUESTION[q1], product)).append(' ');
            c.append(String.format(QUESTION[q2], product)).append(' ');
            c.append(pick(r, EXTRA)).append("\n\n");
            c.append(relaxed ? first : "Ystävällisin terveisin\n" + first + " " + last).append('\n');

            StringBuilder rep = new StringBuilder();
            int quality = r.nextInt(4);
            rep.append(quality == 0 ? "Hyvä asiakkaamme," : quality == 1 ? "Hei!" : "Hei " + first + ",").append("\n\n");
            if (quality <= 1) {
                rep.append(pick(r, STOCK)).append(' ');
            } else {
                rep.append("kiitos viestistäsi ja hyvä, että kysyit ").append(TOPIC[r.nextInt(TOPIC.length)]).append("sta. ");
            }
            rep.append(String.format(ANSWER[q1], product, 1 + r.nextInt(28), 1 + r.nextInt(12), r.nextInt(100))).append(' ');
            if (r.nextBoolean()) {
                rep.append(String.format(ANSWER[q2], product, 1 + r.nextInt(28), 1 + r.nextInt(12), r.nextInt(100))).append(' ');
            }
            rep.append(pick(r, FILLER)).append(' ').append(pick(r, FILLER)).append(' ').append(pick(r, FILLER))
                    .append("\n\n").append(pick(r, MORE)).append(' ').append(pick(r, MORE)).append("\n\n");
            if (r.nextInt(20) == 0) {
                rep.append("Tunnuksesi on ").append(first.toLowerCase()).append(" ja salasanasi on: Kesä")
                        .append(2000 + r.nextInt(25)).append("!x\n\n");
            }
            if (quality <= 1) {
                rep.append(pick(r, STOCK)).append("\n\n");
            }
            rep.append("Ystävällisin terveisin\n").append(pick(r, FIRST)).append(" ").append(pick(r, LAST))
                    .append("\nAsiakaspalvelu\n");
            out.add(new Pair("B-" + (i + 1), first + " " + last, c.toString(), rep.toString()));
        }
        return out;
    }

    private static String pick(SplittableRandom r, String[] a) {
        return a[r.nextInt(a.length)];
    }
}
