// Helpers shared by the CI reporters: file URIs, "path:line" of unreadable inputs, finding texts, fingerprints.
package fi.vastausbingo.report;

import fi.vastausbingo.baseline.Fingerprint;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.lint.ReplyResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pure functions; nothing here prints. */
final class ReportSupport {
    private static final Pattern PATH_LINE = Pattern.compile("(.+):(\\d+)");

    private ReportSupport() {}

    /** Where an unreadable input is: its file and, for "file.po:12" style sources, the line (else 0). */
    record Place(String file, int line) {}

    static Place place(String source) {
        Matcher m = PATH_LINE.matcher(source);
        if (m.matches() && isFile(m.group(1))) {
            return new Place(m.group(1), Integer.parseInt(m.group(2)));
        }
        return new Place(isFile(source) ? source : null, 0);
    }

    private static boolean isFile(String s) {
        try {
            return !s.equals("-") && Files.isRegularFile(Path.of(s));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A URI reference for a path as given: relative paths stay relative ('/' separators, each
     * byte outside the unreserved set percent-encoded, so "a b#c.po" and "ääkkönen.txt" stay valid),
     * absolute ones become file:// URIs.
     */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        boolean absolute = p.startsWith("/") || p.matches("[A-Za-z]:/.*");
        StringBuilder sb = new StringBuilder(absolute ? (p.startsWith("/") ? "file://" : "file:///") : "");
        for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0
                    || absolute && c == ':' ) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    /** The finding's message, with its key first for a locale value and the suggestion after it. */
    static String text(Messages messages, ReplyResult r, Finding f, boolean withKey) {
        String m = messages.get(f.messageKey(), f.args());
        if (f.suggestion() != null) {
            m += " " + messages.get("report.suggestion", f.suggestion());
        }
        return withKey && r.key() != null ? r.key() + ": " + m : m;
    }

    /** Counts occurrences so that two equal findings in one place get fingerprints ":1" and ":2". */
    static final class Fingerprints {
        private final Map<String, Integer> seen = new HashMap<>();
        private final Path base = Path.of("").toAbsolutePath();

        String of(ReplyResult r, Finding f) {
            String location = r.file() != null ? Fingerprint.relativePath(base, r.file()) : r.source();
            if (r.key() != null) {
                location += "#" + r.key();
            }
            String fp = Fingerprint.of(location, f);
            int n = seen.merge(fp, 1, Integer::sum);
            return fp + ":" + n;
        }
    }
}
