// The kinds of text a reply is made of, so checks can look only at what the agent wrote.
package fi.vastausbingo.reply;

/** What a stretch of a reply is: the agent's own words, quoted mail, a sign-off block or legal text. */
public enum Part {
    /** What the agent wrote for this reply; the only part the checks score. */
    OWN,
    /** The quoted original (">" lines, or everything below a reply header), header lines included. */
    QUOTE,
    /** Sign-off and name/contact block, "--" signatures, "Sent from my phone" footers. */
    SIGNATURE,
    /** Confidentiality notice at the end of the reply. */
    DISCLAIMER
}
