// --format sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
package fi.vastausbingo.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.lint.ReplyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One run; {@code tool.driver.rules} lists every check with its explain texts as help (the same
 * texts as {@code vastausbingo explain}); each finding is a result with its region in the file
 * (columns in UTF-16 code units, as the run declares), the locale key as a logical location, a
 * {@code partialFingerprints} entry that does not depend on line numbers, and the level
 * {@code error} when its reply reaches --fail-on, {@code warning} below it, {@code note} when it
 * scores nothing. Unreadable inputs are tool notifications and make the run unsuccessful.
 * Non-scoring notes are left out: code scanning would show them as alerts.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "vastausbingoFinding/v1";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Messages messages;
    private final String version;
    private final boolean baselineInUse;

    /** @param baselineInUse true when --baseline was given: results then carry baselineState "new" */
    public SarifReporter(Messages messages, String version, boolean baselineInUse) {
        this.messages = messages;
        this.version = version;
        this.baselineInUse = baselineInUse;
    }

    @Override
    public void report(List<ReplyResult> results, Summary summary, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "vastausbingo");
        driver.put("version", version);
        ArrayNode rules = driver.putArray("rules");
        List<String> ids = CheckRegistry.BINGO_ITEMS;
        for (String id : ids) {
            rules.add(rule(id));
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", summary.unreadable() == 0);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode out2 = run.putArray("results");
        ReportSupport.Fingerprints fingerprints = new ReportSupport.Fingerprints();
        for (ReplyResult r : results) {
            if (r.unreadable()) {
                notifications.add(notification(r));
                continue;
            }
            for (ReplyResult.Located l : r.findings()) {
                out2.add(result(r, l, ids.indexOf(l.finding().check()), fingerprints));
            }
        }
        if (notifications.isEmpty()) {
            invocation.remove("toolExecutionNotifications");
        }
        MAPPER.writeValue(out, root);
        out.write('\n');
        out.flush();
    }

    private ObjectNode rule(String id) {
        ObjectNode rule = MAPPER.createObjectNode();
        rule.put("id", id);
        rule.put("name", pascal(id));
        rule.putObject("shortDescription").put("text", messages.raw("check." + id + ".title"));
        rule.putObject("fullDescription").put("text", messages.raw("explain." + id + ".what"));
        StringBuilder text = new StringBuilder();
        StringBuilder md = new StringBuilder();
        for (String part : new String[] {"what", "why", "bad", "good", "notes"}) {
            String heading = messages.raw("explain.heading." + part);
            String body = messages.raw("explain." + id + "." + part).replace("\\n", "\n");
            if (text.length() > 0) {
                text.append("\n\n");
                md.append("\n\n");
            }
            text.append(heading).append("\n").append(body);
            boolean example = part.equals("bad") || part.equals("good");
            md.append("## ").append(heading).append("\n\n");
            md.append(example ? "```\n" + body + "\n```" : body);
        }
        ObjectNode help = rule.putObject("help");
        help.put("text", text.toString());
        help.put("markdown", md.toString());
        rule.putObject("defaultConfiguration").put("level", "warning");
        ObjectNode props = rule.putObject("properties");
        props.put("points", id.equals("greeting") ? 2 : 1); // the built-in caps (SPEC §2); a config may change them
        ArrayNode tags = props.putArray("tags");
        tags.add("automaattivastausbingo");
        tags.add("finnish");
        return rule;
    }

    private ObjectNode result(ReplyResult r, ReplyResult.Located l, int ruleIndex, ReportSupport.Fingerprints fps) {
        Finding f = l.finding();
        ObjectNode res = MAPPER.createObjectNode();
        res.put("ruleId", f.check());
        if (ruleIndex >= 0) {
            res.put("ruleIndex", ruleIndex);
        }
        res.put("level", f.points() == 0 ? "note" : r.failing() ? "error" : "warning");
        res.putObject("message").put("text", ReportSupport.text(messages, r, f, false));
        ObjectNode loc = res.putArray("locations").addObject();
        if (r.file() != null) {
            ObjectNode phys = loc.putObject("physicalLocation");
            phys.putObject("artifactLocation").put("uri", ReportSupport.uri(r.file()));
            ObjectNode region = phys.putObject("region");
            region.put("startLine", l.start().line());
            region.put("startColumn", l.start().column());
            region.put("endLine", Math.max(l.end().line(), l.start().line()));
            region.put("endColumn", l.end().line() > l.start().line() ? l.end().column()
                    : Math.max(l.end().column(), l.start().column()));
        }
        if (r.key() != null || r.file() == null) {
            ObjectNode logical = loc.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", r.key() != null ? r.key() : r.source());
            logical.put("kind", r.key() != null ? "property" : "object");
        }
        res.putObject("partialFingerprints").put(FINGERPRINT, fps.of(r, f));
        if (baselineInUse) {
            res.put("baselineState", "new");
        }
        ObjectNode props = res.putObject("properties");
        props.put("source", r.source());
        props.put("kind", f.kind());
        props.put("points", f.points());
        props.put("messageId", f.messageKey());
        if (f.suggestion() != null) {
            props.put("suggestion", f.suggestion());
        }
        if (f.evidence() != null) {
            props.put("evidence", f.evidence());
        }
        props.put("replyScore", r.score());
        return res;
    }

    private ObjectNode notification(ReplyResult r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("level", "error");
        n.putObject("message").put("text", messages.get("report.unreadable", r.reason()));
        ReportSupport.Place p = ReportSupport.place(r.source());
        if (p.file() != null) {
            ObjectNode phys = n.putArray("locations").addObject().putObject("physicalLocation");
            phys.putObject("artifactLocation").put("uri", ReportSupport.uri(p.file()));
            if (p.line() > 0) {
                phys.putObject("region").put("startLine", p.line());
            }
        }
        return n;
    }

    /** "vague-wording" → "VagueWording": SARIF rule names are identifier-like. */
    private static String pascal(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
