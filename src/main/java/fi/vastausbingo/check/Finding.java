// One thing a check found in a reply: where, what, how many points, and what to write instead.
package fi.vastausbingo.check;

import java.util.List;

/**
 * A finding with character offsets into the reply's text. Messages are resource-bundle keys
 * with arguments, so rewording never breaks a test; {@code suggestions} are texts an agent can
 * paste (in Finnish, the reply's language), best first; {@code evidence} is the words that
 * triggered it (already redacted where secret). A note ({@code points == 0}, {@code note})
 * does not score.
 */
public record Finding(
        String check,
        String kind,
        int points,
        int start,
        int end,
        String messageKey,
        List<String> args,
        List<String> suggestions,
        String evidence,
        boolean note) {

    public static Finding of(String check, String kind, int points, int start, int end,
                             String messageKey, List<String> args, List<String> suggestions, String evidence) {
        return new Finding(check, kind, points, start, end, messageKey, List.copyOf(args),
                List.copyOf(suggestions), evidence, false);
    }

    public static Finding note(String check, int start, int end, String messageKey, List<String> args) {
        return new Finding(check, "note", 0, start, end, messageKey, List.copyOf(args), List.of(), null, true);
    }

    public String suggestion() {
        return suggestions.isEmpty() ? null : suggestions.get(0);
    }
}
