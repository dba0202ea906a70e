// The written forms tried for a spoken word Voikko does not know.
package fi.vastausbingo.finnish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenFormsTest {
    @Test
    void dropsOfSpeechAreRestored() {
        assertTrue(AnalysedText.writtenForms("ilmotuksen").contains("ilmoituksen"));
        assertTrue(AnalysedText.writtenForms("tarkottaa").contains("tarkoittaa"));
        assertTrue(AnalysedText.writtenForms("lisämaksuu").contains("lisämaksua"));
        assertTrue(AnalysedText.writtenForms("järkee").contains("järkeä"));
        assertTrue(AnalysedText.writtenForms("vanhentunu").contains("vanhentunut"));
        assertEquals(List.of("takaisin"), AnalysedText.writtenForms("takas"));
        assertTrue(AnalysedText.writtenForms("auttaisko").contains("auttaisiko"));
    }

    @Test
    void nothingIsTriedForShortWordsCodesOrWrittenDiphthongs() {
        assertEquals(List.of(), AnalysedText.writtenForms("oot"));
        assertEquals(List.of(), AnalysedText.writtenForms("e402"));
        // "-oit-" is already written out; "-oot-" is a long vowel, not a dropped i
        assertTrue(AnalysedText.writtenForms("ilmoitus").stream().noneMatch(w -> w.contains("oiit")));
        assertTrue(AnalysedText.writtenForms("kootut").stream().noneMatch(w -> w.contains("ooit")));
    }
}
