// A defect in a word list or config data file, reported as file:line: problem.
package fi.vastausbingo.check;

/** Thrown by the data loaders; the message is "file:line: problem". */
public final class WordlistException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WordlistException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
