// Templates: placeholders are never vague wording or stock phrases; conditionals and comments keep greetings intact.
package fi.vastausbingo.check;

import static fi.vastausbingo.check.CheckTester.invalid;
import static fi.vastausbingo.check.CheckTester.valid;

import fi.vastausbingo.check.greeting.GreetingCheck;
import fi.vastausbingo.check.password.PlaintextPasswordCheck;
import fi.vastausbingo.check.stock.StockPhraseCheck;
import fi.vastausbingo.check.vague.VagueWordingCheck;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engines' placeholders stand for values filled in later; a field called {{tuote}} or
 * %PALVELU% is not the vague word "tuote" and {{kiitos_palautteesta}} is not a phrase. The
 * near-misses next to them prove that the same words outside a placeholder still fire.
 */
class TemplatePlaceholderTest {
    private static final CheckTester VAGUE = new CheckTester(VagueWordingCheck.load());
    private static final CheckTester STOCK = new CheckTester(StockPhraseCheck.load());
    private static final CheckTester GREETING = new CheckTester(GreetingCheck.load());
    private static final CheckTester PASSWORD = new CheckTester(PlaintextPasswordCheck.load());

    static Stream<CheckTester.Case> placeholdersAreNotVague() {
        return Stream.of(
                valid("Hei {{etunimi}},\n{{tuote}} lähtee varastolta huomenna."),
                valid("Hei {{etunimi}},\ntilaamasi ${order.tuote} lähtee huomenna."),
                valid("Hei %ETUNIMI%,\n%PALVELU% on nyt käytössäsi."),
                valid("Hei {$a->firstname},\n{$a->palvelu} on avattu."),
                valid("Hei {firstname},\n{tuotteen_nimi} on matkalla."),
                valid("Hei [Nimi],\n[Tuotteen nimi] on matkalla."),
                valid("Hei %(name)s,\n%(palvelu)s on avattu."),
                valid("Hei {{ nimi }},\n{% if tuote %}{{ tuote }}{% endif %} on matkalla."),
                valid("Hei <<asiakas.etunimi>>,\n<<tilaus.tuote>> on matkalla."));
    }

    static Stream<CheckTester.Case> theSameWordsOutsidePlaceholdersAreVague() {
        return Stream.of(
                invalid("Hei {{etunimi}},\ntuote lähtee varastolta huomenna.", "vague-wording", "tuote"),
                invalid("Hei %ETUNIMI%,\npalvelu on nyt käytössäsi.", "vague-wording", "palvelu"));
    }

    static Stream<CheckTester.Case> placeholdersAreNotStockPhrases() {
        return Stream.of(
                valid("Hei {{etunimi}},\n{{kiitamme_yhteydenotostanne}} Tilauksesi lähtee huomenna."),
                valid("Hei {{etunimi}},\n%PAHOITTELEMME_HAITTAA% Tilauksesi lähtee huomenna."),
                valid("Hei {{etunimi}},\n{{ 'Kiitämme yhteydenotostanne' | t }} Tilauksesi lähtee huomenna."),
                valid("Hei {{etunimi}},\nKiitos {{ palaute }}! Tilauksesi lähtee huomenna."));
    }

    static Stream<CheckTester.Case> theSamePhraseInPlainTextIsOne() {
        return Stream.of(
                invalid("Hei {{etunimi}},\nKiitämme yhteydenotostanne. Tilauksesi lähtee huomenna.", "stock-phrase",
                        "Kiitämme yhteydenotostanne"));
    }

    static Stream<CheckTester.Case> conditionalsAndCommentsKeepTheGreeting() {
        return Stream.of(
                valid("{% if nimi %}Hei {{ nimi }},{% else %}Hei,{% endif %}\n\nTilauksesi lähtee huomenna."),
                valid("{% if nimi %}\nHei {{ nimi }},\n{% endif %}\n\nTilauksesi lähtee huomenna."),
                valid("<!-- IF USERNAME -->Hei {USERNAME},<!-- ELSE -->Hei,<!-- ENDIF -->\n\nTilauksesi lähtee huomenna."),
                valid("<!-- BEGIN greeting -->\nHei {USERNAME},\n<!-- END greeting -->\n\nTilauksesi lähtee huomenna."),
                valid("{{#if name}}Hei {{name}},{{/if}}\n\nTilauksesi lähtee huomenna."),
                valid("{# Tervetuloviesti #}\nHei {{ nimi }},\n\nTilauksesi lähtee huomenna."),
                valid("<!-- vastausbingo-disable-next-line stock-phrase -->\nHei {{ nimi }},\n\nTilauksesi lähtee huomenna."),
                valid("[% IF name %]Hei [% name %],[% END %]\n\nTilauksesi lähtee huomenna."));
    }

    static Stream<CheckTester.Case> aConditionalAroundANamelessGreetingIsStillNameless() {
        return Stream.of(
                invalid("{% if yritys %}\nHyvä asiakas,\n{% endif %}\n\nTilauksesi lähtee huomenna.", "nameless", null),
                invalid("{# pohja 3 #}\nTilauksesi lähtee huomenna.", "missing", null));
    }

    static Stream<CheckTester.Case> passwordPlaceholders() {
        return Stream.of(
                invalid("Hei {{nimi}},\n\nSalasana: {passwd}\n", "plaintext-password", null),
                invalid("Hei {$a->firstname},\n\nsalasana: $a->newpassword\n", "plaintext-password", null),
                invalid("Hei %(name)s,\n\nuusi salasanasi: %(password)s\n", "plaintext-password", null));
    }

    @ParameterizedTest
    @MethodSource({"placeholdersAreNotVague"})
    void vagueValid(CheckTester.Case c) {
        VAGUE.assertValid(c);
    }

    @ParameterizedTest
    @MethodSource({"theSameWordsOutsidePlaceholdersAreVague"})
    void vagueInvalid(CheckTester.Case c) {
        VAGUE.assertInvalid(c);
    }

    @ParameterizedTest
    @MethodSource("placeholdersAreNotStockPhrases")
    void stockValid(CheckTester.Case c) {
        STOCK.assertValid(c);
    }

    @ParameterizedTest
    @MethodSource("theSamePhraseInPlainTextIsOne")
    void stockInvalid(CheckTester.Case c) {
        STOCK.assertInvalid(c);
    }

    @ParameterizedTest
    @MethodSource("conditionalsAndCommentsKeepTheGreeting")
    void greetingValid(CheckTester.Case c) {
        GREETING.assertValid(c);
    }

    @ParameterizedTest
    @MethodSource("aConditionalAroundANamelessGreetingIsStillNameless")
    void greetingInvalid(CheckTester.Case c) {
        GREETING.assertInvalid(c);
    }

    @ParameterizedTest
    @MethodSource("passwordPlaceholders")
    void passwordPlaceholder(CheckTester.Case c) {
        PASSWORD.assertInvalid(c);
    }
}
