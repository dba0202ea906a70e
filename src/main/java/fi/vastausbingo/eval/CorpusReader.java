// Reads a labelled corpus in JSON Lines; a malformed line is an error with file:line, never skipped silently.
package fi.vastausbingo.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Corpus lines: {"id","customer"?,"customerName"?,"reply","labels":{"language","linted","findings":[…],"score"}}. */
public final class CorpusReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CorpusReader() {}

    /** Thrown for a defect in the corpus file; the message is "file:line: problem". */
    public static final class CorpusException extends Exception {
        private static final long serialVersionUID = 1L;

        CorpusException(String message) {
            super(message);
        }
    }

    public static List<CorpusEntry> read(Path file) throws IOException, CorpusException {
        List<CorpusEntry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String where = file + ":" + n + ": ";
            JsonNode o;
            try {
                o = MAPPER.readTree(line);
            } catch (IOException e) {
                throw new CorpusException(where + "invalid JSON");
            }
            String id = text(o, "id");
            String reply = text(o, "reply");
            JsonNode labels = o.get("labels");
            if (id == null || reply == null || labels == null || !labels.isObject()) {
                throw new CorpusException(where + "needs \"id\", \"reply\" and \"labels\"");
            }
            if (!ids.add(id)) {
                throw new CorpusException(where + "duplicate id " + id);
            }
            List<CorpusEntry.Label> findings = new ArrayList<>();
            JsonNode fs = labels.get("findings");
            if (fs != null) {
                for (JsonNode f : fs) {
                    String check = text(f, "check");
                    if (check == null) {
                        throw new CorpusException(where + "a labelled finding without \"check\"");
                    }
                    findings.add(new CorpusEntry.Label(check, text(f, "kind"), text(f, "evidence")));
                }
            }
            String language = labels.path("language").asText("fi");
            boolean linted = labels.path("linted").asBoolean(language.equals("fi"));
            out.add(new CorpusEntry(id, text(o, "customer"), text(o, "customerName"), reply,
                    new CorpusEntry.Labels(language, linted, List.copyOf(findings), labels.path("score").asInt(0)), n));
        }
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
