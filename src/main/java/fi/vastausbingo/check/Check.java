// The contract every bingo check fulfils: metadata plus a pure function from a reply to findings.
package fi.vastausbingo.check;

import java.util.List;

/** A check is pure: no I/O, no static mutable state; its word lists come in through the constructor. */
public interface Check {
    CheckMeta meta();

    List<Finding> run(LintContext ctx);
}
