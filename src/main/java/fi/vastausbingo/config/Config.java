// The settings of one .vastausbingo.yml: checks on/off and their points, names, extra word-list entries, defaults.
package fi.vastausbingo.config;

import fi.vastausbingo.check.StockPhrases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a team can set for its template repository. Fields the file leaves out are empty
 * (lists, maps) or null (single values), so that command-line options and built-in defaults can
 * fill them in the one place that decides ({@code LintRun}).
 *
 * @param file         the file read, or null for the empty config (no file found)
 * @param checks       per check id: enabled or not, and the most points it may score (null: built-in)
 * @param products     product and service names the vague-wording suggestions offer
 * @param stockPhrases extra stock phrases, in the format of wordlists/stock-phrases.txt entries
 * @param vagueTerms   extra base forms that count as vague ("sovellus", "järjestelmä")
 * @param placeholders extra placeholder regular expressions of the team's template engine
 * @param ours         our own addresses ("asiakaspalvelu@yritys.fi", "@yritys.fi"), for mailboxes
 * @param failOn       exit 1 when a reply scores this or more, or null
 * @param lang         message language "fi" or "en", or null
 * @param keys         key globs selecting the values of locale files, or empty for the default
 */
public record Config(
        Path file,
        Map<String, CheckSetting> checks,
        List<String> products,
        List<Phrase> stockPhrases,
        List<String> vagueTerms,
        List<String> placeholders,
        List<String> ours,
        Integer failOn,
        String lang,
        List<String> keys) {

    /** @param points the check's cap (0 = findings reported, never scored), or null for its built-in points */
    public record CheckSetting(boolean enabled, Integer points, int line) {}

    /** A stock phrase from the config, with the file lines of its examples for error messages. */
    public record Phrase(StockPhrases.Entry entry, List<Example> examples) {}

    /** A bad (must match) or good (must not match) example sentence. */
    public record Example(String text, boolean bad, int line) {}

    public static final Config EMPTY = new Config(null, Map.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), null, null, List.of());

    /** "file" for messages, or "(built-in defaults)". */
    public String name() {
        return file == null ? "(built-in defaults)" : file.toString();
    }
}
