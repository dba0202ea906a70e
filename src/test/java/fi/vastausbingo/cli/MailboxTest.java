// End-to-end tests of mailbox runs: ours vs theirs, pairing, counts that add up, odd mbox files.
package fi.vastausbingo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailboxTest {
    @TempDir
    Path dir;

    private static final String CUSTOMER_Q = "Hei,\n\nMilloin tilaamani Lumo-kuulokkeet toimitetaan? Tilausnumero on 44120.\n\n"
            + "Terveisin\nMatti Virtanen\n";
    private static final String REPLY_GOOD = "Hei Matti,\n\nLumo-kuulokkeet lähtevät varastolta torstaina 14.3., ja saat "
            + "seurantakoodin tekstiviestinä.\n\nTerveisin\nLiisa\n";
    private static final String REPLY_STIFF = "Kiitämme yhteydenotostanne. Tuotteemme toimitetaan mahdollisimman pian.\n\n"
            + "Ystävällisin terveisin\nAsiakaspalvelu\n";

    /** One mbox message; {@code extra} are further header lines. */
    static String msg(String from, String to, String subject, String id, String inReplyTo, String date, String body,
                      String... extra) {
        StringBuilder sb = new StringBuilder("From x@example.fi Mon Mar  4 08:14:00 2024\n");
        sb.append("From: ").append(from).append("\nTo: ").append(to).append("\nSubject: ").append(subject).append('\n');
        if (id != null) {
            sb.append("Message-ID: ").append(id).append('\n');
        }
        if (inReplyTo != null) {
            sb.append("In-Reply-To: ").append(inReplyTo).append('\n');
        }
        if (date != null) {
            sb.append("Date: ").append(date).append('\n');
        }
        for (String h : extra) {
            sb.append(h).append('\n');
        }
        sb.append("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n");
        sb.append(body).append('\n');
        return sb.toString();
    }

    private Path mbox(String name, String... messages) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("", messages), StandardCharsets.UTF_8);
        return p;
    }

    private static Map<String, JsonNode> bySource(JsonNode json) {
        Map<String, JsonNode> m = new HashMap<>();
        json.get("replies").forEach(r -> m.put(r.get("source").asText(), r));
        return m;
    }

    private static void assertCountsAddUp(JsonNode s) {
        JsonNode m = s.get("messages");
        assertEquals(m.get("read").asInt(), m.get("scored").asInt() + m.get("incoming").asInt()
                + m.get("skipped").asInt() + m.get("unreadable").asInt(), s.toString());
        assertEquals(s.get("messagesRead").asInt(), m.get("read").asInt());
    }

    @Test
    void pairsByInReplyToAndUsesTheCustomersNameAndQuestion() throws IOException {
        Path p = mbox("a.mbox",
                msg("Matti Virtanen <matti@example.fi>", "Tuki <tuki@example.fi>", "Toimitus", "<q1@example.fi>", null,
                        "Mon, 4 Mar 2024 08:00:00 +0200", CUSTOMER_Q),
                msg("Tuki <tuki@example.fi>", "Matti Virtanen <matti@example.fi>", "Re: Toimitus", "<r1@example.fi>",
                        "<q1@example.fi>", "Mon, 4 Mar 2024 09:30:00 +0200", REPLY_STIFF));
        CliTest.Run r = CliTest.run("--format", "json", "--fail-on", "8", "--ours", "tuki@example.fi", p.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = r.json();
        assertEquals(1, json.get("replies").size(), "the customer message is not scored");
        JsonNode reply = json.get("replies").get(0);
        assertEquals(p + "#2", reply.get("source").asText());
        assertEquals("<r1@example.fi>", reply.get("messageId").asText());
        assertEquals(p + "#1", reply.get("answers").asText());
        assertEquals("headers", reply.get("pairedBy").asText());
        assertEquals(90, reply.get("responseMinutes").asInt());
        assertEquals("Tuki <tuki@example.fi>", reply.get("agent").asText());
        boolean unanswered = false;
        for (JsonNode f : reply.get("findings")) {
            if (f.get("check").asText().equals("unanswered-question")) {
                unanswered = true;
                assertTrue(f.get("evidence").asText().startsWith("Milloin"), f.toString());
            }
            if (f.get("check").asText().equals("greeting")) {
                assertTrue(f.get("suggestion").asText().contains("Matti"), f.toString());
            }
        }
        assertTrue(unanswered, "the customer's question comes from the paired message: " + reply);
        JsonNode s = json.get("summary");
        assertEquals(1, s.get("incoming").asInt());
        assertEquals(0, s.get("unansweredCustomerMessages").asInt());
        assertEquals(90, s.get("responseTimes").get("medianMinutes").asInt());
        assertCountsAddUp(s);
    }

    @Test
    void pairsBySubjectAndParticipantsWhenHeadersAreMissing() throws IOException {
        Path p = mbox("b.mbox",
                // same subject, another customer: not the one answered
                msg("Anna Laine <anna@example.fi>", "tuki@example.fi", "Toimitus", "<a1@example.fi>", null,
                        "Mon, 4 Mar 2024 08:30:00 +0200", "Hei, missä pakettini on?\n"),
                msg("Matti Virtanen <matti@example.fi>", "tuki@example.fi", "Toimitus", "<q1@example.fi>", null,
                        "Mon, 4 Mar 2024 08:00:00 +0200", CUSTOMER_Q),
                msg("Matti Virtanen <matti@example.fi>", "tuki@example.fi", "Toimitus", "<q2@example.fi>", null,
                        "Mon, 4 Mar 2024 08:40:00 +0200", "Hei vielä,\n\nOnko toimitus jo lähtenyt?\n"),
                msg("Liisa <tuki@example.fi>", "Matti Virtanen <matti@example.fi>", "VS: [Tiketti #12] RE: toimitus",
                        "<r1@example.fi>", null, "Mon, 4 Mar 2024 09:00:00 +0200", REPLY_GOOD),
                // after the reply: a new question, left unanswered
                msg("Matti Virtanen <matti@example.fi>", "tuki@example.fi", "Re: Toimitus", "<q3@example.fi>", null,
                        "Mon, 4 Mar 2024 12:00:00 +0200", "Kiitos! Voinko vielä vaihtaa toimitusosoitteen?\n"));
        CliTest.Run r = CliTest.run("--format", "json", "--fail-on", "8", "--ours", "tuki@example.fi", p.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode reply = bySource(r.json()).get(p + "#4");
        assertEquals(p + "#3", reply.get("answers").asText(), "the latest message of the recipient before the reply");
        assertEquals("subject", reply.get("pairedBy").asText());
        assertEquals(20, reply.get("responseMinutes").asInt());
        JsonNode s = r.json().get("summary");
        assertEquals(4, s.get("incoming").asInt());
        // Anna's message and Matti's later question are unanswered; Matti's two earlier ones are answered
        assertEquals(2, s.get("unansweredCustomerMessages").asInt());
        assertEquals(p + "#1", s.get("oldestUnanswered").get(0).get("source").asText());
        assertEquals(p + "#5", s.get("oldestUnanswered").get(1).get("source").asText());
        assertCountsAddUp(s);
    }

    @Test
    void oursFromTheHeuristicIsTheAddressAnsweringMostThreads() throws IOException {
        Path p = mbox("c.mbox",
                msg("Matti <matti@example.fi>", "tuki@example.fi", "Lasku", "<q1@example.fi>", null,
                        "Mon, 4 Mar 2024 08:00:00 +0200", "Hei, miksi laskussa on kaksi maksua?\n"),
                msg("Tuki <tuki@example.fi>", "matti@example.fi", "Re: Lasku", "<r1@example.fi>", "<q1@example.fi>",
                        "Mon, 4 Mar 2024 09:00:00 +0200", REPLY_STIFF),
                msg("Anna <anna@example.fi>", "tuki@example.fi", "Takuu", "<q2@example.fi>", null,
                        "Mon, 4 Mar 2024 08:00:00 +0200", "Hei, kauanko takuu on voimassa?\n"),
                msg("Tuki <tuki@example.fi>", "anna@example.fi", "Re: Takuu", "<r2@example.fi>", "<q2@example.fi>",
                        "Mon, 4 Mar 2024 10:00:00 +0200", REPLY_STIFF),
                // the customer answers back in her one thread: still a customer
                msg("Anna <anna@example.fi>", "tuki@example.fi", "Re: Takuu", "<q3@example.fi>", "<r2@example.fi>",
                        "Mon, 4 Mar 2024 11:00:00 +0200", "Kiitos tiedosta.\n"));
        CliTest.Run r = CliTest.run("--format", "json", "--fail-on", "8", p.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("tuki@example.fi"), "the heuristic says what it chose: " + r.err());
        Map<String, JsonNode> replies = bySource(r.json());
        assertEquals(java.util.Set.of(p + "#2", p + "#4"), replies.keySet());
        assertEquals(3, r.json().get("summary").get("incoming").asInt());
        assertEquals(1, r.json().get("summary").get("unansweredCustomerMessages").asInt());
        assertCountsAddUp(r.json().get("summary"));
    }

    @Test
    void oursFromTheConfigWhenNoOption() throws IOException {
        Files.writeString(dir.resolve(".vastausbingo.yml"), "ours: [\"@lumo.example\"]\n");
        Path p = mbox("d.mbox",
                msg("Matti <matti@example.fi>", "tuki@lumo.example", "Re: Lasku", "<q1@example.fi>", "<x@example.fi>",
                        "Mon, 4 Mar 2024 08:00:00 +0200", "Hei, miksi laskussa on kaksi maksua?\n"),
                msg("Tuki <tuki@lumo.example>", "matti@example.fi", "Lasku", "<r1@example.fi>", null,
                        "Mon, 4 Mar 2024 09:00:00 +0200", REPLY_STIFF));
        CliTest.Run r = CliTest.run("--format", "json", "--fail-on", "8", "--config",
                dir.resolve(".vastausbingo.yml").toString(), p.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(java.util.Set.of(p + "#2"), bySource(r.json()).keySet(), "only the config's domain is ours");
        assertEquals(p + "#1", bySource(r.json()).get(p + "#2").get("answers").asText());
        // the option wins over the config
        CliTest.Run o = CliTest.run("--format", "json", "--fail-on", "8", "--config",
                dir.resolve(".vastausbingo.yml").toString(), "--ours", "matti@example.fi", p.toString());
        assertEquals(java.util.Set.of(p + "#1"), bySource(o.json()).keySet());
    }

    @Test
    void gmailSentLabelMarksOurs() throws IOException {
        Path p = mbox("e.mbox",
                msg("Matti <matti@example.fi>", "tuki@example.fi", "Lasku", "<q1@example.fi>", null,
                        "Mon, 4 Mar 2024 08:00:00 +0200", "Hei, miksi laskussa on kaksi maksua?\n", "X-Gmail-Labels: Inbox,Avattu"),
                msg("Tuki <tuki@example.fi>", "matti@example.fi", "Lasku", "<r1@example.fi>", null,
                        "Mon, 4 Mar 2024 09:00:00 +0200", REPLY_STIFF, "X-Gmail-Labels: Sent"));
        CliTest.Run r = CliTest.run("--format", "json", "--fail-on", "8", p.toString());
        assertEquals(java.util.Set.of(p + "#2"), bySource(r.json()).keySet(), r.err());
        assertEquals("subject", bySource(r.json()).get(p + "#2").get("pairedBy").asText());
    }

    @Test
    void maildirSentFolderMarksOurs() throws IOException {
        Path md = dir.resolve("Mail");
        for (String d : new String[] {"cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"}) {
            Files.createDirectories(md.resolve(d));
        }
        Files.writeString(md.resolve("new/1709532000.M1.host"), msg("Matti <matti@example.fi>", "tuki@example.fi",
                "Toimitus", "<q1@example.fi>", null, "Mon, 4 Mar 2024 08:00:00 +0200", CUSTOMER_Q).substring(
                "From x@example.fi Mon Mar  4 08:14:00 2024\n".length()));
        Files.writeString(md.resolve(".Sent/cur/1709535600.M2.host:2,S"), msg("Liisa <liisa@example.fi>",
                "Matti <matti@example.fi>", "Re: Toimitus", "<r1@example.fi>", "<q1@example.fi>",
                "Mon, 4 Mar 2024 09:00:00 +0200", REPLY_GOOD).substring("From x@example.fi Mon Mar  4 08:14:00 2024\n".length()));
        // nobody answered this one: listed with the subject re-read from its file
        Files.writeString(md.resolve("cur/1709539200.M3.host:2,S"), msg("Anna <anna@example.fi>", "tuki@example.fi",
                "=?UTF-8?Q?Laskun_er=C3=A4p=C3=A4iv=C3=A4?=", "<q2@example.fi>", null, "Mon, 4 Mar 2024 10:00:00 +0200",
                CUSTOMER_Q).substring("From x@example.fi Mon Mar  4 08:14:00 2024\n".length()));
        CliTest.Run r = CliTest.run("--format", "json", "--fail-on", "8", md.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode replies = r.json().get("replies");
        assertEquals(1, replies.size(), r.out());
        assertEquals("Liisa <liisa@example.fi>", replies.get(0).get("agent").asText(), "the name comes from the message");
        JsonNode oldest = r.json().get("summary").get("oldestUnanswered");
        assertEquals(1, oldest.size(), oldest.toString());
        assertEquals("Laskun eräpäivä", oldest.get(0).get("subject").asText());
        assertTrue(oldest.get(0).get("source").asText().endsWith("1709539200.M3.host:2,S"), oldest.toString());
        assertTrue(replies.get(0).get("source").asText().contains(".Sent"), replies.toString());
        assertTrue(replies.get(0).get("answers").asText().endsWith("1709532000.M1.host"), replies.toString());
        assertEquals(0, replies.get(0).get("score").asInt(), replies.toString());
        assertCountsAddUp(r.json().get("summary"));
    }

    @Test
    void messagesReadAddUpWithUnreadableAndSkippedMessages() throws IOException {
        Path p = mbox("f.mbox",
                msg("Matti <matti@example.fi>", "tuki@example.fi", "Toimitus", "<q1@example.fi>", null,
                        "Mon, 4 Mar 2024 08:00:00 +0200", CUSTOMER_Q),
                msg("Tuki <tuki@example.fi>", "matti@example.fi", "Re: Toimitus", "<r1@example.fi>", "<q1@example.fi>",
                        "Mon, 4 Mar 2024 09:00:00 +0200", REPLY_GOOD),
                // ours, but Swedish: read, not scored
                msg("Tuki <tuki@example.fi>", "erik@example.se", "Re: Leverans", "<r2@example.fi>", null,
                        "Mon, 4 Mar 2024 09:10:00 +0200", "Hej Erik,\n\nDin beställning skickas på torsdag och du får "
                                + "ett sms med spårningskoden när paketet har lämnat vårt lager.\n\nMed vänliga hälsningar\nLiisa\n"),
                // an empty message: unreadable
                "From x@example.fi Mon Mar  4 08:14:00 2024\n\n\n",
                msg("Tuki <tuki@example.fi>", "anna@example.fi", "Re: Takuu", "<r3@example.fi>", null,
                        "Mon, 4 Mar 2024 09:20:00 +0200", REPLY_STIFF));
        CliTest.Run r = CliTest.run("--format", "json", "--fail-on", "8", "--ours", "tuki@example.fi", p.toString());
        assertEquals(2, r.code(), "an unreadable message makes the run exit 2: " + r.err());
        assertTrue(r.err().contains(p + "#4: empty message"), r.err());
        JsonNode s = r.json().get("summary");
        assertEquals(5, s.get("messagesRead").asInt());
        assertEquals(2, s.get("scored").asInt());
        assertEquals(1, s.get("incoming").asInt());
        assertEquals(1, s.get("messages").get("skipped").asInt());
        assertEquals(1, s.get("messages").get("unreadable").asInt());
        assertCountsAddUp(s);
        // the unanswered reply has no customer message and no response time
        JsonNode lone = bySource(r.json()).get(p + "#5");
        assertTrue(lone.get("answers").isNull(), lone.toString());
        assertTrue(lone.get("responseMinutes").isNull(), lone.toString());
    }

    @Test
    void truncatedMboxKeepsWhatIsThere() throws IOException {
        String whole = msg("Matti <matti@example.fi>", "tuki@example.fi", "Toimitus", "<q1@example.fi>", null,
                "Mon, 4 Mar 2024 08:00:00 +0200", CUSTOMER_Q)
                + msg("Tuki <tuki@example.fi>", "matti@example.fi", "Re: Toimitus", "<r1@example.fi>", "<q1@example.fi>",
                "Mon, 4 Mar 2024 09:00:00 +0200", REPLY_STIFF);
        // cut in the middle of the reply's body, without a final line break
        Path p = mbox("g.mbox", whole.substring(0, whole.length() - 30));
        CliTest.Run r = CliTest.run("--format", "json", "--fail-on", "8", "--ours", "tuki@example.fi", p.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode reply = r.json().get("replies").get(0);
        assertTrue(reply.get("linted").asBoolean(), reply.toString());
        assertEquals(p + "#1", reply.get("answers").asText());
        // a header block cut off before its body
        Path h = mbox("h.mbox", whole.substring(0, whole.indexOf("Message-ID: <r1")));
        CliTest.Run rh = CliTest.run("--format", "json", "--fail-on", "8", "--ours", "tuki@example.fi", h.toString());
        assertCountsAddUp(rh.json().get("summary"));
        assertEquals(2, rh.json().get("summary").get("messagesRead").asInt(), rh.out());
    }

    @Test
    void quotedFromLinesAreUnquotedAndLinesPointIntoTheMbox() throws IOException {
        String reply = "Hyvä asiakkaamme,\n\n>From now on the invoice comes by e-mail.\n"
                + "Kiitämme yhteydenotostanne.\n";
        Path p = mbox("i.mbox",
                msg("Matti <matti@example.fi>", "tuki@example.fi", "Lasku", "<q1@example.fi>", null,
                        "Mon, 4 Mar 2024 08:00:00 +0200", "Hei,\n>From tuesday on, miksi laskuni on kaksinkertainen?\n"),
                msg("Tuki <tuki@example.fi>", "matti@example.fi", "Re: Lasku", "<r1@example.fi>", "<q1@example.fi>",
                        "Mon, 4 Mar 2024 09:00:00 +0200", reply));
        CliTest.Run r = CliTest.run("--format", "json", "--fail-on", "8", "--ours", "tuki@example.fi", p.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode rep = r.json().get("replies").get(0);
        java.util.List<String> lines = Files.readAllLines(p);
        int stock = -1;
        for (JsonNode f : rep.get("findings")) {
            if (f.get("check").asText().equals("stock-phrase")) {
                stock = f.get("line").asInt();
            }
        }
        assertTrue(stock > 0, rep.toString());
        assertTrue(lines.get(stock - 1).startsWith("Kiitämme"), "line " + stock + " of the mbox: " + lines.get(stock - 1));
        // re-read by offset, a message is what the streaming reader gives, "From " unquoted
        java.util.List<fi.vastausbingo.mail.Loaded> streamed = new fi.vastausbingo.mail.InputLoader(1 << 20)
                .load(java.util.List.of(p.toString()));
        try (fi.vastausbingo.mail.Mailbox mb = fi.vastausbingo.mail.Mailbox.index(p.toString(), p, 1 << 20)) {
            for (int i = 0; i < 2; i++) {
                var a = ((fi.vastausbingo.mail.Loaded.Ok) streamed.get(i)).message().body();
                var b = ((fi.vastausbingo.mail.Loaded.Ok) mb.read(mb.entries().get(i))).message().body();
                assertEquals(a.text(), b.text());
                assertTrue(b.text().contains("\nFrom "), b.text());
                assertEquals(a.position(0), b.position(0));
            }
        }
    }

    @Test
    void singleFilesKeepTheirShape() throws IOException {
        Path t = dir.resolve("luonnos.txt");
        Files.writeString(t, REPLY_STIFF);
        CliTest.Run r = CliTest.run("--format", "json", "--fail-on", "8", t.toString());
        assertNull(r.json().get("summary").get("messagesRead"), "no mailbox, no batch fields");
        assertFalse(r.json().get("replies").get(0).has("answers"));
    }

    @Test
    void badOursAndThresholdAreUsageErrors() throws IOException {
        Path t = dir.resolve("luonnos.txt");
        Files.writeString(t, REPLY_STIFF);
        assertEquals(2, CliTest.run("--ours", "a@b@c", t.toString()).code());
        assertEquals(2, CliTest.run("--card-threshold", "1.5", t.toString()).code());
    }
}
