// Valid/invalid tables for the `plaintext-password` check; the secret must never appear in a finding.
package fi.vastausbingo.check;

import static fi.vastausbingo.check.CheckTester.invalid;
import static fi.vastausbingo.check.CheckTester.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.vastausbingo.check.password.PlaintextPasswordCheck;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlaintextPasswordCheckTest {
    private static final CheckTester T = new CheckTester(PlaintextPasswordCheck.load());

    static Stream<CheckTester.Case> validCases() {
        return Stream.of(
                valid("Voit vaihtaa salasanasi osoitteessa https://example.fi/tili."),
                valid("Salasanasi on vaihdettu onnistuneesti."),
                valid("Salasanan voi palauttaa tästä linkistä: https://example.fi/reset?token=abc123"),
                valid("Salasana: ********"),
                valid("Salasanan tulee olla vähintään 8 merkkiä pitkä."),
                valid("Unohditko salasanasi? Pyydä uusi kirjautumissivulta."),
                valid("Tilausnumerosi on 123456 ja seurantakoodi JJFI123456789."),
                valid("Salasana on henkilökohtainen, älä kerro sitä kenellekään."),
                valid("Lähetämme uuden salasanan erillisellä tekstiviestillä."),
                valid("Salasanasi on sama kuin ennenkin."),
                valid("Kirjaudu sisään tunnuksellasi ja salasanallasi."),
                valid("PIN-koodi lähetetään kirjeellä kotiosoitteeseesi."),
                valid("PUK-koodin löydät SIM-kortin muovikehyksestä."),
                valid("Salasanasi, jonka voit vaihtaa Omilla sivuilla, on henkilökohtainen."),
                valid("Salasana: •••••••"),
                valid("Jos salasana on unohtunut, voit tilata uuden."),
                valid("Salasanan vaihto onnistui 12.3.2024 klo 14.05."),
                valid("Your password was changed. If this wasn't you, contact us."),
                valid("> Salasanani on Kesä2023!\n\nHei Matti, älä lähetä salasanaa sähköpostilla."));
    }

    static Stream<CheckTester.Case> invalidCases() {
        return Stream.of(
                invalid("Uusi salasanasi on: Kesä2023!x", "plaintext-password", "salasanasi on: Kesä2023!x"),
                invalid("Salasana: K7x!pq2", "plaintext-password", "Salasana: K7x!pq2"),
                invalid("Salasanasi on hunter22.", "plaintext-password", "Salasanasi on hunter22"),
                invalid("Tunnus: matti.v\nSalasana: Tervetuloa2024", "plaintext-password", "Salasana: Tervetuloa2024"),
                invalid("Tässä uusi salasanasi:\n\nQw3rty!9\n\nVaihda se heti.", "plaintext-password", null),
                invalid("Väliaikainen salasana on xK9mP2vL", "plaintext-password", null),
                invalid("Kertakäyttösalasanasi: 8f3kd92j", "plaintext-password", null),
                invalid("PIN-koodisi on 4821.", "plaintext-password", "PIN-koodisi on 4821"),
                invalid("PUK-koodisi on 48203917. Syötä se puhelimeen.", "plaintext-password", "PUK-koodisi on 48203917"),
                invalid("Liittymänne PUK-koodi on 48213906.", "plaintext-password", "PUK-koodi on 48213906"),
                invalid("Loin kertakäyttöisen salasanan, joka on K7-r2Qm. Kirjaudu sillä.", "plaintext-password",
                        "salasanan, joka on K7-r2Qm"),
                invalid("Your password is Summer2024!", "plaintext-password", "password is Summer2024!"),
                invalid("Lösenord: Sommar2024", "plaintext-password", "Lösenord: Sommar2024"),
                invalid("Salasana: {{salasana}}", "plaintext-password", "Salasana: {{salasana}}")
                        .key("plaintext-password.placeholder"),
                invalid("salasana: $a->newpassword", "plaintext-password", "salasana: $a->newpassword"),
                invalid("Salasanasi: {passwd}", "plaintext-password", "Salasanasi: {passwd}"),
                invalid("Käyttäjätunnus: %USERNAME%\nSalasana: %PASSWORD%", "plaintext-password", "Salasana: %PASSWORD%"),
                invalid("Tunnussanasi on Xy7#plm", "plaintext-password", null),
                invalid("Salasana = Aurinko!77", "plaintext-password", null),
                invalid("Salasanasi on \"Mansikka42\".", "plaintext-password", "Salasanasi on \"Mansikka42"));
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
    void theSecretNeverAppearsInEvidenceArgsOrSuggestions() {
        List<Finding> f = T.run(valid("Uusi salasanasi on: Kesä2023!x"));
        assertEquals(1, f.size());
        Finding x = f.get(0);
        assertEquals("salasanasi: K****x", x.evidence());
        assertFalse(x.args().toString().contains("Kesä2023"));
        assertFalse(x.suggestions().toString().contains("Kesä2023"));
    }

    @Test
    void redactionKeepsOnlyTheEnds() {
        assertEquals("K****!", PlaintextPasswordCheck.redact("Kesä2023!"));
        assertEquals("****", PlaintextPasswordCheck.redact("4821"));
    }
}
