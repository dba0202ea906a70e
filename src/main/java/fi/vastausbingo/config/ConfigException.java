// A defect in a .vastausbingo.yml (or a file it names), reported as "file:line: problem"; exit code 2.
package fi.vastausbingo.config;

/** The message is the whole one-line report: "file:line: problem". */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public ConfigException(String message) {
        super(message);
    }
}
