// Decides, per finding, whether it is reported, suppressed by an inline comment, or already in the baseline.
package fi.vastausbingo.lint;

/** Applied by the {@link Linter} before scoring, so that dropped findings score nothing. */
@FunctionalInterface
public interface FindingFilter {
    enum Verdict { KEEP, SUPPRESSED, BASELINED }

    /** Called once per finding and note, in the order of the reply's text. */
    Verdict judge(ReplyResult.Located finding);

    FindingFilter NONE = l -> Verdict.KEEP;
}
