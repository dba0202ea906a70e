// The streaming mbox splitter: separators, >From unquoting, CRLF, Thunderbird lines, bad and truncated messages.
package fi.vastausbingo.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MboxReaderTest {
    private static final String MBOX = ""
            + "From matti@example.fi Mon Mar  4 08:14:00 2024\n"
            + "From: Matti Virtanen <matti@example.fi>\n"
            + "To: tuki@example.fi\n"
            + "Subject: Lasku\n"
            + "Message-ID: <a1@example.fi>\n"
            + "Content-Type: text/plain; charset=utf-8\n"
            + "\n"
            + "Hei, miksi laskuni on kaksinkertainen?\n"
            + ">From the archive: this line was quoted by the mbox writer.\n"
            + "\n"
            + "From tuki@example.fi Mon Mar  4 09:02:00 2024\n"
            + "From: Tuki <tuki@example.fi>\n"
            + "To: Matti Virtanen <matti@example.fi>\n"
            + "Subject: Re: Lasku\n"
            + "In-Reply-To: <a1@example.fi>\n"
            + "Content-Type: text/plain; charset=x-totally-unknown\n"
            + "\n"
            + "Hei Matti,\n"
            + "\n"
            + "lasku on korjattu.\n"
            + ">>From a deeper quote\n"
            + "\n"
            + "From - Tue Mar  5 10:00:00 2024\n"
            + "From: Liisa <liisa@example.fi>\n"
            + "Subject: katkennut\n"
            + "Content-Type: multipart/alternative; boundary=\"zz\"\n"
            + "\n"
            + "--zz\n"
            + "Content-Type: text/plain; charset=utf-8\n"
            + "\n"
            + "Hei, viesti katkeaa kesken";

    private static List<Loaded> read(String mbox, long max) {
        List<Loaded> out = new ArrayList<>();
        try (MboxReader r = MboxReader.of(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)), "x.mbox", max)) {
            r.forEachRemaining(out::add);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static Message ok(Loaded l) {
        assertTrue(l instanceof Loaded.Ok, () -> l.toString());
        return ((Loaded.Ok) l).message();
    }

    @Test
    void splitsUnquotesAndNamesMessagesByPosition() {
        List<Loaded> all = read(MBOX, 1 << 20);
        assertEquals(3, all.size());
        Message first = ok(all.get(0));
        assertEquals("x.mbox#1", first.source());
        assertEquals("<a1@example.fi>", first.messageId());
        assertTrue(first.body().text().contains("\nFrom the archive"), first.body().text());
        Message second = ok(all.get(1));
        assertEquals("x.mbox#2", second.source());
        assertEquals("<a1@example.fi>", second.inReplyTo());
        assertTrue(second.body().text().contains("\n>From a deeper quote"), "one '>' removed: " + second.body().text());
        assertTrue(second.body().text().startsWith("Hei Matti,"), "unknown charset still read");
        // "lasku on korjattu." is on line 20 of the mbox
        int at = second.body().text().indexOf("lasku on");
        assertEquals(20, second.body().position(at).line());
        assertEquals("x.mbox#3", all.get(2).source());
        assertTrue(ok(all.get(2)).body().text().contains("viesti katkeaa kesken"), "a truncated last message keeps its text");
    }

    @Test
    void crlfMboxesSplitTheSame() {
        List<Loaded> all = read(MBOX.replace("\n", "\r\n"), 1 << 20);
        assertEquals(3, all.size());
        Message second = ok(all.get(1));
        assertEquals(20, second.body().position(second.body().text().indexOf("lasku on")).line());
    }

    @Test
    void aMessageOverTheLimitIsReportedAndTheRestGoesOn() {
        String big = "From a@example.fi Mon Mar  4 08:14:00 2024\nFrom: a@example.fi\nSubject: iso\n\n"
                + "x".repeat(5000) + "\n\n" + MBOX;
        List<Loaded> all = read(big, 2000);
        assertEquals(4, all.size());
        assertTrue(all.get(0) instanceof Loaded.Failed f && f.reason().startsWith("too large"), all.get(0).toString());
        assertEquals("x.mbox#2", all.get(1).source());
        assertFalse(all.get(1) instanceof Loaded.Failed);
    }

    @Test
    void aFromLineInsideABodyWithoutABlankLineBeforeItIsNotASeparator() {
        String m = "From a@example.fi Mon Mar  4 08:14:00 2024\nFrom: a@example.fi\nSubject: s\n\nrivi\nFrom me to you: kiitos\n";
        List<Loaded> all = read(m, 1 << 20);
        assertEquals(1, all.size());
        assertTrue(ok(all.get(0)).body().text().contains("From me to you"));
    }

    @Test
    void eachMessageKeepsItsOwnCharset() throws java.io.IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset latin1 = StandardCharsets.ISO_8859_1;
        b.write(("From a@example.fi Mon Mar  4 08:14:00 2024\nFrom: a@example.fi\nSubject: utf\n"
                + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "Hyv=C3=A4=C3=A4 p=C3=A4iv=C3=A4=C3=A4\n\n").getBytes(latin1));
        b.write(("From b@example.fi Mon Mar  4 08:15:00 2024\nFrom: b@example.fi\nSubject: latin\n"
                + "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
                + "Hyvää päivää\n\n").getBytes(latin1));
        b.write(("From c@example.fi Mon Mar  4 08:16:00 2024\nFrom: c@example.fi\nSubject: unlabelled\n\n"
                + "Hyvää päivää – 10 €\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        List<Loaded> all = new ArrayList<>();
        try (MboxReader r = MboxReader.of(new ByteArrayInputStream(b.toByteArray()), "x.mbox", 1 << 20)) {
            r.forEachRemaining(all::add);
        }
        assertEquals(3, all.size());
        assertEquals("Hyvää päivää", ok(all.get(0)).body().text().strip());
        assertEquals("Hyvää päivää", ok(all.get(1)).body().text().strip());
        assertEquals("Hyvää päivää – 10 €", ok(all.get(2)).body().text().strip());
    }

    @Test
    void sniffing() {
        assertTrue(MboxReader.looksLikeMbox("From a@b Mon\nFrom: a@b\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(MboxReader.looksLikeMbox("From me to you, hello\n\nbody".getBytes(StandardCharsets.UTF_8)));
        assertFalse(MboxReader.looksLikeMbox("Hei Matti".getBytes(StandardCharsets.UTF_8)));
    }
}
