// Helpers for looking at the reply's own text line by line and token by token.
package fi.vastausbingo.check;

import fi.vastausbingo.finnish.Placeholders;
import fi.vastausbingo.finnish.Token;
import java.util.ArrayList;
import java.util.List;

/** Line-oriented views of the analysed own text (offsets are shared with the document). */
public final class Lines {
    private Lines() {}

    /** Tokens of each non-blank line of the own text, in order; template directives are left out. */
    public static List<List<Token>> contentLines(LintContext ctx) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> all = ctx.own().tokens();
        List<Token> current = new ArrayList<>();
        int line = -1;
        for (Token t : all) {
            int l = ctx.doc().lineIndex(t.start());
            if (l != line) {
                if (isContent(current)) {
                    out.add(current);
                }
                current = new ArrayList<>();
                line = l;
            }
            current.add(t);
        }
        if (isContent(current)) {
            out.add(current);
        }
        return out;
    }

    private static boolean isContent(List<Token> line) {
        for (Token t : line) {
            if (t.kind() == Token.Kind.PLACEHOLDER && Placeholders.isDirective(t.text())) {
                continue;
            }
            if (t.kind() != Token.Kind.PUNCT) {
                return true;
            }
        }
        return false;
    }

    /** Drops template directives ({% if %}, <!-- IF -->) from a line's tokens. */
    public static List<Token> withoutDirectives(List<Token> line) {
        List<Token> out = new ArrayList<>();
        for (Token t : line) {
            if (!(t.kind() == Token.Kind.PLACEHOLDER && Placeholders.isDirective(t.text()))) {
                out.add(t);
            }
        }
        return out;
    }
}
