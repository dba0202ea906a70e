// What the shipped question finder (rules and sentence model) takes as a question, on single sentences.
package fi.vastausbingo.check.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.finnish.AnalysedText;
import fi.vastausbingo.finnish.Analyser;
import fi.vastausbingo.finnish.AnalysisCache;
import fi.vastausbingo.finnish.Analysers;
import fi.vastausbingo.finnish.Placeholders;
import fi.vastausbingo.finnish.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionFinderTest {
    private static final QuestionFinder SHIPPED = ((UnansweredQuestionCheck) CheckRegistry.builtIn()
            .byId(UnansweredQuestionCheck.ID).orElseThrow()).finder();
    private static final Analysers ANALYSERS = Analysers.probe(new AnalysisCache());
    private static final Tokenizer TOKENIZER = new Tokenizer(Placeholders.builtIn());

    private static List<Question> find(String text) {
        try (Analyser a = ANALYSERS.create()) {
            return SHIPPED.find(AnalysedText.analyse(text, TOKENIZER, a));
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "2) Mikä on salin vuokra?|Mikä on salin vuokra?",
        "3. Voiko salin varata ilta-ajaksi?|Voiko salin varata ilta-ajaksi?",
        "- Onko salissa videotykki?|Onko salissa videotykki?",
        "• Saako saliin tuoda omat eväät?|Saako saliin tuoda omat eväät?",
        "12 henkeä mahtuu, eikö niin?|12 henkeä mahtuu, eikö niin?",
    })
    void aListMarkerIsNoPartOfTheQuestion(String item, String question) {
        assertEquals(question, find(item).get(0).text());
    }

    @ParameterizedTest(name = "{1} question(s): {0}")
    @CsvSource(delimiter = '|', value = {
        // spoken adverbs in -ks ("lopuksi", "viimeksi", "lisäksi") are not the question clitic
        "Ja lopuks, mun tili vaihtui just toiseen pankkiin.|0",
        "Lisäks mä muutin just uuteen kämppään.|0",
        "Ja viimeks, teidän myyjä lupas syksyllä et tulossa on uus ominaisuus.|0",
        "Voiks avaimet jättää postilaatikkoon|1",
        "Tuleeks se vielä tän kevään aikana|1",
        // a wish in the past tense tells what happened; in the present or conditional it asks
        "Hakemuksessa toivoimme Kirsikkapuiston päiväkotia, koska se on lähimpänä.|0",
        "Pyysin jo viime viikolla kuittia.|0",
        "Toivoisin, että lähetätte kuitin sähköpostiini.|1",
        "Pyydän lähettämään kuitin sähköpostiini.|1",
        // a question word with -pa answers itself
        "Kukapa sitä kirjastossa haluaisi koko päivää istua?|0",
        "Mitäpä sitä turhaan odottelemaan?|0",
        "Kuka voi auttaa minua?|1",
        // a negative question that seeks agreement asks nothing; one about a fact does
        "Haukat finaalissa, eiks oo mahtavaa?|0",
        "Aika jännää, eiks?|0",
        "Ajattelin antaa sellaisen äidille, eikö ole hyvä lahjaidea?|0",
        "Eikö ole mahdollista saada lasku paperisena?|1",
        "Eiks lahjakortit oo voimassa vuoden?|1",
        // astonishment is a complaint, not a question
        "Onko tämä nyt oikeasti teidän palvelua?|0",
        "Mitä ihmettä??|0",
        "Miten tämä on mahdollista?|0",
        "Onko tämä tarjous voimassa vielä huomenna?|1",
        "Miten tämä on mahdollista korjata ennen perjantaita?|1",
        "Onks tää joku vitsi?|0",
        "Onko tämä vitsi?|0",
        "Kuka tämän keksi?|0",
        "Kuinka monta kertaa tästä pitää vielä valittaa?|0",
        "Kuka tämän tilauksen käsittelee?|1",
        "Kuinka monta kertaa vuodessa lukema luetaan?|1",
        "Montako kertaa kortin voi vielä ladata?|1",
        "Montako kertaa mun pitää vielä soittaa teille?|0",
        // the sentence model does not turn what the rules read as a statement into a question
        "Emme halua menettää jonopaikkaa.|0",
        "Hoitajat ovat ihania, mutta heillä ei ole aikaa siivoukseen.|0",
        "Lähettäkää minulle uusi kortti.|1",
    })
    void findsTheQuestionsOfOneSentence(String sentence, int expected) {
        assertEquals(expected, find(sentence).size(), () -> find(sentence).toString());
    }
}
