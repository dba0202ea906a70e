// Check `register`: sinä/te address that ignores the customer's style (mismatch) or mixes both (mixed).
package fi.vastausbingo.check.register;

import fi.vastausbingo.check.Check;
import fi.vastausbingo.check.CheckMeta;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.check.LintContext;
import fi.vastausbingo.check.SectionedList;
import fi.vastausbingo.finnish.AddressForms;
import fi.vastausbingo.finnish.AddressForms.Form;
import fi.vastausbingo.finnish.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A reply with no 2nd-person forms is fine. {@code mixed}: the reply uses both sinä- and
 * te-forms (te-forms towards a customer who writes for a group are plural, not a choice).
 * {@code mismatch}: a relaxed customer gets te-forms, or a formal one sinä-forms. Without a
 * customer message, or with a neutral one, only {@code mixed} can fire; mixed wins when both hold.
 */
public final class RegisterCheck implements Check {
    public static final String ID = "register";
    public static final String PATH = "wordlists/register.txt";
    private static final CheckMeta META = new CheckMeta(ID, 1, List.of("mismatch", "mixed"), false);
    private static final Set<String> SECTIONS = Set.of("colloquial", "relaxed-greeting", "formal-opener", "title", "group");

    private final CustomerStyle styles;

    public RegisterCheck(SectionedList list) {
        this.styles = new CustomerStyle(list);
    }

    public static RegisterCheck load() {
        return new RegisterCheck(SectionedList.load(PATH, SECTIONS));
    }

    @Override
    public CheckMeta meta() {
        return META;
    }

    @Override
    public List<Finding> run(LintContext ctx) {
        List<Token> tokens = ctx.own().tokens();
        List<Token> sina = new ArrayList<>();
        List<Token> te = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Form f = AddressForms.of(tokens, i);
            if (f == Form.SINA) {
                sina.add(tokens.get(i));
            } else if (f == Form.TE) {
                te.add(tokens.get(i));
            }
        }
        if (sina.isEmpty() && te.isEmpty()) {
            return List.of();
        }
        CustomerStyle.Result style = ctx.customer() == null || ctx.customer().analysed() == null
                ? new CustomerStyle.Result(CustomerStyle.Style.NEUTRAL, null, false)
                : styles.read(ctx.customer().analysed());
        if (style.group()) {
            // plural te addresses the group the customer speaks for; only sinä can then be a choice
            te.clear();
        }
        String text = ctx.doc().text();
        if (!sina.isEmpty() && !te.isEmpty()) {
            // point at the kind that goes against the customer's style; otherwise at the rarer kind,
            // and on a tie at the kind the reply switched to
            boolean teIsOdd = switch (style.style()) {
                case RELAXED -> true;
                case FORMAL -> false;
                default -> te.size() < sina.size() || te.size() == sina.size() && te.get(0).start() > sina.get(0).start();
            };
            Token odd = teIsOdd ? te.get(0) : sina.get(0);
            Token other = teIsOdd ? sina.get(0) : te.get(0);
            Form target = teIsOdd ? Form.SINA : Form.TE;
            String convert = AddressForms.convert(odd, target);
            List<String> suggestions = convert == null ? List.of() : List.of(convert);
            String evidence = odd.text() + " / " + other.text();
            return List.of(Finding.of(ID, "mixed", 1, odd.start(), odd.end(), "register.mixed",
                    List.of(odd.text(), other.text(), String.valueOf(sina.size()), String.valueOf(te.size())),
                    suggestions, evidence));
        }
        if (style.style() == CustomerStyle.Style.RELAXED && !te.isEmpty()) {
            Token first = te.get(0);
            String convert = AddressForms.convert(first, Form.SINA);
            return List.of(Finding.of(ID, "mismatch", 1, first.start(), first.end(), "register.mismatch-te",
                    List.of(first.text(), style.marker()), convert == null ? List.of() : List.of(convert),
                    style.marker()));
        }
        if (style.style() == CustomerStyle.Style.FORMAL && !sina.isEmpty()) {
            Token first = sina.get(0);
            String convert = AddressForms.convert(first, Form.TE);
            return List.of(Finding.of(ID, "mismatch", 1, first.start(), first.end(), "register.mismatch-sina",
                    List.of(first.text(), style.marker()), convert == null ? List.of() : List.of(convert),
                    style.marker()));
        }
        return List.of();
    }
}
