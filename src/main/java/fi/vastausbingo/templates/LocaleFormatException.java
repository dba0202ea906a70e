// A locale file that cannot be parsed: the 1-based line and the problem, for a "file:line: problem" message.
package fi.vastausbingo.templates;

/** Thrown by the locale readers; the caller adds the file name. */
public final class LocaleFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    public LocaleFormatException(int line, String problem) {
        super(problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
