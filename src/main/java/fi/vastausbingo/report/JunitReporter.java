// --format junit: JUnit XML for CI test tabs, one test case per reply and one failure per finding.
package fi.vastausbingo.report;

import fi.vastausbingo.check.Finding;
import fi.vastausbingo.lint.ReplyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's StAX writer does the XML escaping. A reply that reaches --fail-on has one
 * {@code <failure>} per finding (type = check id); a reply below the threshold passes and lists
 * its findings in {@code <system-out>}, so that the test tab agrees with the exit code.
 * Unreadable inputs are {@code <error>}s, replies not linted (another language) are
 * {@code <skipped>}. No timestamps or durations: the output is reproducible. Characters XML 1.0
 * cannot carry (control characters from broken input) are dropped.
 */
public final class JunitReporter implements Reporter {
    private final Messages messages;

    public JunitReporter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void report(List<ReplyResult> results, Summary summary, Writer out) throws IOException {
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (ReplyResult r : results) {
            if (r.unreadable()) {
                errors++;
            } else if (!r.linted()) {
                skipped++;
            } else if (r.failing() && !r.findings().isEmpty()) {
                failures++;
            }
        }
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            nl(x, 0);
            x.writeStartElement("testsuites");
            counts(x, results.size(), failures, errors, skipped);
            nl(x, 1);
            x.writeStartElement("testsuite");
            counts(x, results.size(), failures, errors, skipped);
            for (ReplyResult r : results) {
                nl(x, 2);
                testcase(x, r);
            }
            nl(x, 2);
            x.writeStartElement("system-out");
            x.writeCharacters(clean(TextReporter.summaryLine(messages, summary)));
            x.writeEndElement();
            nl(x, 1);
            x.writeEndElement();
            nl(x, 0);
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void counts(XMLStreamWriter x, int tests, int failures, int errors, int skipped) throws XMLStreamException {
        x.writeAttribute("name", "vastausbingo");
        x.writeAttribute("tests", String.valueOf(tests));
        x.writeAttribute("failures", String.valueOf(failures));
        x.writeAttribute("errors", String.valueOf(errors));
        x.writeAttribute("skipped", String.valueOf(skipped));
    }

    private void testcase(XMLStreamWriter x, ReplyResult r) throws XMLStreamException {
        x.writeStartElement("testcase");
        String file = r.file() != null ? r.file() : r.source();
        x.writeAttribute("classname", clean(file));
        x.writeAttribute("name", clean(r.source()));
        if (r.file() != null) {
            x.writeAttribute("file", clean(r.file()));
        }
        if (r.unreadable()) {
            nl(x, 3);
            x.writeStartElement("error");
            x.writeAttribute("type", "unreadable");
            x.writeAttribute("message", clean(messages.get("report.unreadable", r.reason())));
            x.writeEndElement();
        } else if (!r.linted()) {
            nl(x, 3);
            x.writeStartElement("skipped");
            x.writeAttribute("message", clean(messages.get("report.not-linted", messages.get(r.reasonKey(), r.language()))));
            x.writeEndElement();
        } else {
            StringBuilder below = new StringBuilder();
            for (ReplyResult.Located l : r.findings()) {
                Finding f = l.finding();
                String where = file + ":" + l.start().line() + ":" + l.start().column();
                String detail = where + " " + f.check() + " (" + f.points() + ")\n"
                        + ReportSupport.text(messages, r, f, true);
                if (r.failing()) {
                    nl(x, 3);
                    x.writeStartElement("failure");
                    x.writeAttribute("type", f.check());
                    x.writeAttribute("message", clean(messages.get(f.messageKey(), f.args())));
                    x.writeCharacters(clean(detail));
                    x.writeEndElement();
                } else {
                    below.append(detail).append('\n');
                }
            }
            String head = r.source() + "  " + r.score() + "/" + r.maxScore() + "  " + r.band().id();
            nl(x, 3);
            x.writeStartElement("system-out");
            x.writeCharacters(clean(head + (below.length() > 0 ? "\n" + below.toString().strip() : "")));
            x.writeEndElement();
        }
        nl(x, 2);
        x.writeEndElement();
    }

    private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Drops what XML 1.0 cannot contain. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                    || cp >= 0x10000 && cp <= 0x10FFFF) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
