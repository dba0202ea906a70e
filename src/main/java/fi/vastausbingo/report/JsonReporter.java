// --format json: the machine-readable contract of SPEC §6 (field names are stable).
package fi.vastausbingo.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.lint.ReplyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** JSON report; messages are rendered in the chosen language, ids and kinds are not translated. */
public final class JsonReporter implements Reporter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Messages messages;
    private final String version;

    public JsonReporter(Messages messages, String version) {
        this.messages = messages;
        this.version = version;
    }

    /**
     * Written with a streaming generator, one reply's small tree at a time: a mailbox of 100,000
     * replies must not become one document tree in memory (the byte output is the same as
     * pretty-printing the whole tree).
     */
    @Override
    public Streaming streaming(Writer out) throws IOException {
        JsonGenerator g = MAPPER.getFactory().createGenerator(out);
        g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "vastausbingo");
        g.writeStringField("version", version);
        g.writeEndObject();
        g.writeArrayFieldStart("replies");
        return new Streaming() {
            @Override
            public void add(ReplyResult r) throws IOException {
                MAPPER.writeTree(g, reply(r));
            }

            @Override
            public void end(Summary summary) throws IOException {
                g.writeEndArray();
                ObjectNode s = MAPPER.createObjectNode();
                s.put("replies", summary.replies());
                s.put("linted", summary.linted());
                s.put("notLinted", summary.notLinted());
                s.put("unreadable", summary.unreadable());
                s.put("averageScore", summary.averageScore());
                s.put("skipped", summary.skipped());
                s.put("suppressed", summary.suppressed());
                s.put("baselined", summary.baselined());
                ObjectNode bands = s.putObject("bands");
                summary.bands().forEach(bands::put);
                ObjectNode checks = s.putObject("checks");
                summary.checks().forEach(checks::put);
                if (summary.mail() != null) {
                    mail(s, summary.mail());
                }
                g.writeFieldName("summary");
                MAPPER.writeTree(g, s);
                g.writeEndObject();
                g.close();
                out.write('\n');
                out.flush();
            }
        };
    }

    /** The batch fields of a mailbox run (SPEC: new fields only, next to the old ones). */
    static void mail(ObjectNode s, Summary.Mail m) {
        s.put("messagesRead", m.messagesRead());
        s.put("scored", m.scored());
        s.put("incoming", m.incoming());
        ObjectNode messages = s.putObject("messages");
        messages.put("read", m.messagesRead());
        messages.put("scored", m.scored());
        messages.put("incoming", m.incoming());
        messages.put("skipped", m.skipped());
        messages.put("unreadable", m.unreadable());
        s.put("paired", m.paired());
        s.put("unansweredCustomerMessages", m.unansweredCustomerMessages());
        ArrayNode oldest = s.putArray("oldestUnanswered");
        for (Summary.Unanswered u : m.oldestUnanswered()) {
            ObjectNode o = oldest.addObject();
            o.put("source", u.source());
            o.put("subject", u.subject());
            o.put("date", u.date());
        }
        ObjectNode card = s.putObject("card");
        card.put("threshold", m.card().threshold());
        card.put("points", m.card().points());
        card.put("band", m.card().band());
        ArrayNode items = card.putArray("items");
        for (Summary.CardItem i : m.card().items()) {
            ObjectNode o = items.addObject();
            o.put("check", i.check());
            if (i.kind() != null) {
                o.put("kind", i.kind());
            }
            o.put("replies", i.replies());
            o.put("share", i.share());
            o.put("onCard", i.onCard());
            o.put("points", i.points());
        }
        ObjectNode hist = s.putObject("histogram");
        for (int i = 0; i < m.histogram().size(); i++) {
            hist.put(String.valueOf(i), m.histogram().get(i));
        }
        ArrayNode agents = s.putArray("agents");
        for (Summary.Agent a : m.agents()) {
            ObjectNode o = agents.addObject();
            o.put("agent", a.agent());
            o.put("replies", a.replies());
            o.put("scored", a.scored());
            o.put("averageScore", a.averageScore());
            ObjectNode ai = o.putObject("items");
            a.items().forEach(ai::put);
        }
        ObjectNode rt = s.putObject("responseTimes");
        rt.put("pairs", m.responseTimes().pairs());
        putLong(rt, "medianMinutes", m.responseTimes().medianMinutes());
        putLong(rt, "p90Minutes", m.responseTimes().p90Minutes());
    }

    private static void putLong(ObjectNode o, String name, Long v) {
        if (v == null) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }

    private ObjectNode reply(ReplyResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", r.source());
        if (r.mail() != null) {
            ReplyResult.MailInfo mi = r.mail();
            o.put("agent", mi.agent());
            o.put("answers", mi.answers());
            if (mi.pairedBy() != null) {
                o.put("pairedBy", mi.pairedBy());
            }
            putLong(o, "responseMinutes", mi.responseMinutes());
        }
        if (r.key() != null) {
            // a value of a locale file: positions are in "file", the value is "key"
            o.put("file", r.file());
            o.put("key", r.key());
        }
        if (r.messageId() != null) {
            o.put("messageId", r.messageId());
        }
        if (r.language() != null) {
            o.put("language", r.language());
        } else {
            o.putNull("language");
        }
        o.put("linted", r.linted());
        if (!r.linted()) {
            o.put("reason", r.unreadable() ? r.reason() : messages.get(r.reasonKey(), r.language()));
            if (r.unreadable()) {
                o.put("unreadable", true);
            }
            return o;
        }
        o.put("score", r.score());
        o.put("maxScore", r.maxScore());
        o.put("band", r.band().id());
        ObjectNode points = o.putObject("points");
        for (Map.Entry<String, Integer> e : r.points().entrySet()) {
            points.put(e.getKey(), e.getValue());
        }
        ArrayNode findings = o.putArray("findings");
        for (ReplyResult.Located l : r.findings()) {
            Finding f = l.finding();
            ObjectNode fo = findings.addObject();
            fo.put("check", f.check());
            fo.put("kind", f.kind());
            fo.put("points", f.points());
            fo.put("line", l.start().line());
            fo.put("column", l.start().column());
            fo.put("endLine", l.end().line());
            fo.put("endColumn", l.end().column());
            fo.put("message", messages.get(f.messageKey(), f.args()));
            fo.put("messageId", f.messageKey());
            if (f.suggestion() != null) {
                fo.put("suggestion", f.suggestion());
            }
            if (f.suggestions().size() > 1) {
                ArrayNode alts = fo.putArray("alternatives");
                f.suggestions().subList(1, f.suggestions().size()).forEach(alts::add);
            }
            if (f.evidence() != null) {
                fo.put("evidence", f.evidence());
            }
        }
        if (r.suppressed() > 0) {
            o.put("suppressed", r.suppressed());
        }
        if (r.baselined() > 0) {
            o.put("baselined", r.baselined());
        }
        ArrayNode notes = o.putArray("notes");
        for (ReplyResult.Located l : r.notes()) {
            ObjectNode no = notes.addObject();
            no.put("check", l.finding().check());
            no.put("message", messages.get(l.finding().messageKey(), l.finding().args()));
            no.put("line", l.start().line());
            no.put("column", l.start().column());
        }
        return o;
    }
}
