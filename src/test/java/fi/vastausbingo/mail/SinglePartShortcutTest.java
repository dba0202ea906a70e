package fi.vastausbingo.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.reply.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A message's top level is read without Jakarta Mail's MimeMessage (a one-part body decoded
 * directly, a multipart body handed straight to the part parser); whatever the shortcut reads
 * must equal what the MimeMessage path reads: the same text, and every character at the same
 * place in the file.
 */
class SinglePartShortcutTest {
    private static final String HEAD = "From: Tuki <tuki@example.fi>\r\nTo: asiakas@example.com\r\nSubject: Re: Tilaus\r\n"
            + "Date: Mon, 4 Mar 2024 09:00:00 +0200\r\nMIME-Version: 1.0\r\n";
    private static final String BODY = "Hei Maija,\r\n\r\ntilauksesi lähti tänään.\r\n\r\n> Milloin paketti tulee?\r\n";

    static Stream<Arguments> messages() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String dir : new String[] {"samples", "src/test/resources/mail"}) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                    out.add(Arguments.of(p.toString(), Files.readAllBytes(p)));
                }
            }
        }
        out.add(Arguments.of("utf-8 8bit", bytes(HEAD + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + BODY, StandardCharsets.UTF_8)));
        out.add(Arguments.of("quoted-printable, folded header, comment", bytes(HEAD
                + "Content-Type: text/plain;\r\n\tcharset=\"UTF-8\"\r\nContent-Transfer-Encoding: Quoted-Printable (ugly)\r\n\r\n"
                + "Hei Maija,\r\n\r\ntilauksesi l=C3=A4hti t=C3=A4n=\r\n=C3=A4=C3=A4n.\r\n", StandardCharsets.US_ASCII)));
        out.add(Arguments.of("base64", bytes(HEAD + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(BODY.getBytes(StandardCharsets.UTF_8)) + "\r\n",
                StandardCharsets.US_ASCII)));
        out.add(Arguments.of("iso-8859-1", bytes(HEAD + "Content-Type: text/plain; charset=ISO-8859-1\r\n\r\n" + BODY,
                StandardCharsets.ISO_8859_1)));
        out.add(Arguments.of("no content type, LF only", bytes((HEAD + "\r\n" + BODY).replace("\r\n", "\n"),
                StandardCharsets.UTF_8)));
        out.add(Arguments.of("html, quoted-printable", bytes(HEAD + "Content-Type: TEXT/HTML; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "<p>Hei Maija,</p><p>tilauksesi l=C3=A4hti.</p><blockquote>Milloin paketti tulee?</blockquote>\r\n",
                StandardCharsets.US_ASCII)));
        out.add(Arguments.of("calendar is no body", bytes(HEAD + "Content-Type: text/calendar\r\n\r\nBEGIN:VCALENDAR\r\n",
                StandardCharsets.US_ASCII)));
        out.add(Arguments.of("pdf is no body", bytes(HEAD + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n",
                StandardCharsets.US_ASCII)));
        String alt = HEAD + "Content-Type: multipart/alternative;\r\n boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Hei Maija,\r\n\r\ntilauksesi l=C3=A4hti t=C3=A4n=C3=A4=C3=A4n.\r\n"
                + "--b1\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>Hei Maija,</p><p>tilauksesi lähti.</p>\r\n--b1--\r\n";
        out.add(Arguments.of("multipart/alternative", bytes(alt, StandardCharsets.UTF_8)));
        out.add(Arguments.of("multipart/alternative, no end boundary",
                bytes(alt.substring(0, alt.length() - "--b1--\r\n".length()), StandardCharsets.UTF_8)));
        out.add(Arguments.of("multipart/alternative, html only", bytes(HEAD
                + "Content-Type: multipart/alternative; boundary=b2\r\n\r\n--b2\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n<div>Hei Maija,<br>tilauksesi l=C3=A4hti.</div>\r\n--b2--\r\n",
                StandardCharsets.US_ASCII)));
        out.add(Arguments.of("multipart/mixed with nested related and an attachment", bytes(HEAD
                + "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\nThis is a multi-part message in MIME format.\r\n"
                + "--m\r\nContent-Type: multipart/related; boundary=\"r\"\r\n\r\n"
                + "--r\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + BODY + "--r\r\nContent-Type: image/png\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--r--\r\n"
                + "--m\r\nContent-Type: application/pdf; name=\"lasku.pdf\"\r\nContent-Disposition: attachment\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQ=\r\n--m--\r\n", StandardCharsets.UTF_8)));
        out.add(Arguments.of("multipart with a wrong boundary", bytes(HEAD
                + "Content-Type: multipart/alternative; boundary=\"oikea\"\r\n\r\n--vaara\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + BODY + "--vaara--\r\n", StandardCharsets.UTF_8)));
        out.add(Arguments.of("multipart with no parts", bytes(HEAD
                + "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n" + BODY, StandardCharsets.UTF_8)));
        out.add(Arguments.of("mbox From line first", bytes("From tuki@example.fi Mon Mar  4 08:14:00 2024\n"
                + (HEAD + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + BODY).replace("\r\n", "\n"),
                StandardCharsets.UTF_8)));
        return out.stream();
    }

    private static byte[] bytes(String s, java.nio.charset.Charset cs) {
        return s.getBytes(cs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void shortcutReadsWhatTheMimeParserReads(String name, byte[] raw) {
        Loaded fast = EmlReader.read(name, raw);
        Loaded slow = EmlReader.readThroughJakarta(name, raw);
        assertEquals(slow.getClass(), fast.getClass(), name);
        if (slow instanceof Loaded.Failed f) {
            assertEquals(f.reason(), ((Loaded.Failed) fast).reason());
            return;
        }
        SourceText a = assertInstanceOf(Loaded.Ok.class, fast).message().body();
        SourceText b = ((Loaded.Ok) slow).message().body();
        assertEquals(b.text(), a.text(), name);
        assertTrue(!a.text().isBlank(), name);
        for (int i = 0; i < a.text().length(); i++) {
            assertEquals(b.position(i), a.position(i), name + " at " + i);
        }
        assertEquals(((Loaded.Ok) slow).message().html(), ((Loaded.Ok) fast).message().html(), name);
    }
}
