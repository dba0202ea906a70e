// Tests for the input loader: files, folders, stdin, sniffing and every kind of unreadable input.
package fi.vastausbingo.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.reply.SourceText;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputLoaderTest {
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private static List<Loaded> load(InputLoader l, Path p) {
        return l.load(List.of(p.toString()));
    }

    private static Loaded one(InputLoader l, Path p) {
        List<Loaded> all = load(l, p);
        assertEquals(1, all.size(), all::toString);
        return all.get(0);
    }

    private static Message ok(Loaded l) {
        return assertInstanceOf(Loaded.Ok.class, l, l::toString).message();
    }

    private static String reason(Loaded l) {
        return assertInstanceOf(Loaded.Failed.class, l, l::toString).reason();
    }

    @Test
    void missingFile() {
        InputLoader l = new InputLoader(20 * MB);
        String p = dir.resolve("ei-ole.eml").toString();
        assertEquals(List.of(new Loaded.Failed(p, "no such file")), l.load(List.of(p)));
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() throws IOException {
        InputLoader l = new InputLoader(20 * MB);
        assertEquals("empty file", reason(one(l, write("tyhja.txt", ""))));
        assertEquals("empty file", reason(one(l, write("valit.eml", " \r\n\t\n"))));
        assertEquals("empty file", reason(one(l, write("tyhja.jsonl", "\n\n"))));
        assertEquals("empty file", reason(one(l, write("bom.md", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}))));
    }

    @Test
    void binaryJunk() throws IOException {
        InputLoader l = new InputLoader(20 * MB);
        byte[] junk = new byte[4000];
        new Random(7).nextBytes(junk);
        String expected = "binary data, not a text or e-mail message";
        assertEquals(expected, reason(one(l, write("kuva.eml", junk))));
        assertEquals(expected, reason(one(l, write("kuva.txt", junk))));
        assertEquals(expected, reason(one(l, write("kuva.jsonl", junk))));
        // NUL bytes alone are enough
        assertEquals(expected, reason(one(l, write("nul.txt", "Hei\u0000Matti".getBytes(StandardCharsets.UTF_8)))));
        // control characters under 10% are still text (a stray form feed or bell)
        assertTrue(one(l, write("bell.txt", "Hei Matti,\u0007 kiitos viestistä ja mukavaa päivää!\f")) instanceof Loaded.Ok);
    }

    @Test
    void messageWithBinaryAttachmentIsNotJunk() throws IOException {
        byte[] head = String.join("\r\n", "Subject: Liite", "Content-Type: multipart/mixed; boundary=z", "",
                "--z", "Content-Type: text/plain", "", "Hei, liitteenä kuva.", "--z",
                "Content-Type: application/octet-stream", "Content-Transfer-Encoding: binary", "", "")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bin = new byte[3000];
        new Random(3).nextBytes(bin);
        byte[] tail = "\r\n--z--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + bin.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bin, 0, all, head.length, bin.length);
        System.arraycopy(tail, 0, all, head.length + bin.length, tail.length);
        Message m = ok(one(new InputLoader(20 * MB), write("liite.eml", all)));
        assertEquals("Hei, liitteenä kuva.", m.body().text());
    }

    @Test
    void tooLarge() throws IOException {
        InputLoader l = new InputLoader(20 * MB);
        Path big = dir.resolve("iso.eml");
        try (var ch = Files.newByteChannel(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.position((long) (52.4 * MB) - 1);
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
        }
        assertEquals("too large (52.4 MB; limit 20 MB)", reason(one(l, big)));

        InputLoader small = new InputLoader(1024);
        assertEquals("too large (1.5 KB; limit 1 KB)", reason(one(small, write("a.txt", "x".repeat(1536)))));
        assertEquals("too large (1025 bytes; limit 1024 bytes)", reason(one(small, write("b.txt", "x".repeat(1025)))));

        InputLoader stdin = new InputLoader(1024, new ByteArrayInputStream(new byte[4096]));
        assertEquals(List.of(new Loaded.Failed("-", "too large (4 KB; limit 1 KB)")), stdin.load(List.of("-")));
    }

    @Test
    void directoryRecursionOrderHiddenAndExtensions() throws IOException {
        write("postit/b.eml", "Subject: B\r\n\r\nHei B\r\n");
        write("postit/a.txt", "Hei A");
        write("postit/alikansio/c.md", "# Otsikko\nHei C");
        write("postit/alikansio/d.HTML", "<p>Hei D</p>");
        write("postit/z.jsonl", "{\"id\":\"z1\",\"reply\":\"Hei Z1\"}\n{\"id\":\"z2\",\"reply\":\"Hei Z2\"}\n");
        write("postit/.piilo/e.eml", "Subject: E\r\n\r\nHei E\r\n");
        write("postit/.f.txt", "Hei F");
        write("postit/kuva.png", "ei tekstiä");
        write("postit/muistio.doc", "ei tekstiä");
        String root = dir.resolve("postit").toString();
        List<Loaded> all = new InputLoader(20 * MB).load(List.of(root));
        String s = File.separator;
        assertEquals(List.of(root + s + "a.txt", root + s + "alikansio" + s + "c.md",
                        root + s + "alikansio" + s + "d.HTML", root + s + "b.eml", "z1", "z2"),
                all.stream().map(Loaded::source).toList());
        assertTrue(all.stream().allMatch(x -> x instanceof Loaded.Ok), all::toString);
        assertTrue(ok(all.get(2)).html());
        assertEquals("# Otsikko\nHei C", ok(all.get(1)).body().text());
    }

    @Test
    void directoryWithNothingToLint() throws IOException {
        write("tyhja/kuva.png", "x");
        String root = dir.resolve("tyhja").toString();
        assertEquals(List.of(new Loaded.Failed(root, "no .eml, .mbox, .txt, .md, .html or .jsonl files or Maildir found")),
                new InputLoader(20 * MB).load(List.of(root)));
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws IOException {
        Path good = write("hyva.txt", "Hei Leena, kiitos.");
        Path empty = write("tyhja.eml", "");
        List<Loaded> all = new InputLoader(20 * MB).load(List.of(empty.toString(), dir.resolve("puuttuu.txt").toString(),
                good.toString()));
        assertEquals(3, all.size());
        assertEquals("empty file", reason(all.get(0)));
        assertEquals("no such file", reason(all.get(1)));
        assertEquals("Hei Leena, kiitos.", ok(all.get(2)).body().text());
    }

    @Test
    void stdinIsSniffed() {
        byte[] eml = "From: Tuki <tuki@example.fi>\r\nSubject: Re: Lasku\r\n\r\nHei Jaana,\r\nlasku on korjattu.\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Message m = ok(new InputLoader(MB, new ByteArrayInputStream(eml)).load(List.of("-")).get(0));
        assertEquals("-", m.source());
        assertEquals("Re: Lasku", m.subject());
        assertEquals(5, m.body().position(m.body().text().indexOf("lasku")).line());

        byte[] html = "<div>Hei Jaana,</div><div>lasku on korjattu.</div>".getBytes(StandardCharsets.UTF_8);
        Message h = ok(new InputLoader(MB, new ByteArrayInputStream(html)).load(List.of("-")).get(0));
        assertTrue(h.html());
        assertEquals("Hei Jaana,\nlasku on korjattu.", h.body().text());

        byte[] text = "Huom: lasku on korjattu.\nTerveisin Jaana".getBytes(StandardCharsets.UTF_8);
        Message t = ok(new InputLoader(MB, new ByteArrayInputStream(text)).load(List.of("-")).get(0));
        assertEquals("Huom: lasku on korjattu.\nTerveisin Jaana", t.body().text());
        assertFalse(t.html());

        byte[] jsonl = "{\"id\":\"s1\",\"reply\":\"Hei\"}\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("s1", new InputLoader(MB, new ByteArrayInputStream(jsonl)).load(List.of("-")).get(0).source());
    }

    @Test
    void textFilesDecodeAndMapOneToOne() throws IOException {
        Charset cp = Charset.forName("windows-1252");
        Message m = ok(one(new InputLoader(MB), write("luonnos.txt", "Hei Äijälä,\r\n\r\nkiitos €\r\n".getBytes(cp))));
        assertEquals("Hei Äijälä,\n\nkiitos €\n", m.body().text());
        assertEquals(new SourceText.Position(3, 8), m.body().position(m.body().text().indexOf('€')));

        byte[] bom = "\uFEFFHei Öhman".getBytes(StandardCharsets.UTF_8);
        assertEquals("Hei Öhman", ok(one(new InputLoader(MB), write("bom.txt", bom))).body().text());

        byte[] utf16 = "\uFEFFHei Öhman,\r\nkiitos.".getBytes(StandardCharsets.UTF_16LE);
        Message u = ok(one(new InputLoader(MB), write("notepad.txt", utf16)));
        assertEquals("Hei Öhman,\nkiitos.", u.body().text());
    }

    @Test
    void explicitFileIsReadWhateverItsExtension() throws IOException {
        InputLoader l = new InputLoader(MB);
        Message eml = ok(one(l, write("viesti.msg", "From: a@example.fi\nSubject: Hei\n\nRunko\n")));
        assertEquals("Hei", eml.subject());
        assertEquals("Runko\n", eml.body().text());
        Message txtMail = ok(one(l, write("tallennettu.txt", "Subject: Re: Kysymys\nFrom: a@example.fi\n\nVastaus tähän.\n")));
        assertEquals("Re: Kysymys", txtMail.subject());
        // an .eml without headers is a draft with the wrong name: keep every line
        Message draft = ok(one(l, write("luonnos.eml", "Hei Matti,\nkiitos viestistä.\n")));
        assertEquals("Hei Matti,\nkiitos viestistä.\n", draft.body().text());
        // Markdown is never sniffed as mail
        Message md = ok(one(l, write("pohja.md", "Subject: ei otsake\n\nTeksti")));
        assertEquals("Subject: ei otsake\n\nTeksti", md.body().text());
        assertEquals("z", one(l, write("vienti.data", "{\"id\":\"z\",\"reply\":\"Hei\"}\n")).source());
    }

    @Test
    void anMboxYieldsEveryMessageNotJustTheFirst() throws IOException {
        String mbox = "From a@example.fi Tue Mar  5 14:03:27 2024\nSubject: Yksi\n\nEka\n\n"
                + "From b@example.fi Tue Mar  5 15:03:27 2024\nSubject: Kaksi\n\nToka\n";
        Path p = write("laatikko", mbox);
        List<Loaded> all = new InputLoader(MB).load(List.of(p.toString()));
        assertEquals(2, all.size(), all.toString());
        assertEquals(p + "#1", all.get(0).source());
        assertEquals("Kaksi", ok(all.get(1)).subject());
        assertEquals("Toka", ok(all.get(1)).body().text().strip());
    }

    @Test
    void aMaildirIsReadFromCurAndNewAndSentSubfolders(@org.junit.jupiter.api.io.TempDir Path root) throws IOException {
        String msg = "From: a@example.fi\nSubject: %s\n\nHei Matti, lasku on korjattu.\n";
        for (String d : new String[] {"cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"}) {
            Files.createDirectories(root.resolve("posti").resolve(d));
        }
        Files.writeString(root.resolve("posti/cur/1700000000.M1.host:2,S"), String.format(msg, "eka"));
        Files.writeString(root.resolve("posti/new/1700000001.M2.host"), String.format(msg, "toka"));
        Files.writeString(root.resolve("posti/tmp/1700000002.M3.host"), String.format(msg, "kesken"));
        Files.writeString(root.resolve("posti/.Sent/cur/1700000003.M4.host:2,S"), String.format(msg, "lähetetty"));
        List<Loaded> all = new InputLoader(MB).load(List.of(root.resolve("posti").toString()));
        List<String> subjects = all.stream().map(l -> ok(l).subject()).sorted().toList();
        assertEquals(List.of("eka", "lähetetty", "toka"), subjects, "tmp/ holds half-delivered mail and is skipped");
    }

    @Test
    void htmlFileWithoutVisibleText() throws IOException {
        assertEquals("no visible text in the HTML",
                reason(one(new InputLoader(MB), write("kuva.html", "<html><body><img src=a.png></body></html>"))));
    }

    @Test
    void emlWithoutTextBodyFromFile() throws IOException {
        assertEquals("no text body in the message",
                reason(one(new InputLoader(MB), write("vain.eml", "From: a@example.fi\nSubject: x\n"))));
    }

    @Test
    void unreadableFile() throws IOException {
        Path p = write("salainen.txt", "Hei");
        try {
            Files.setPosixFilePermissions(p, java.util.Set.of());
        } catch (UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("no POSIX permissions here");
        }
        // root reads everything; the check only means something for ordinary users
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(p), "running as root");
        assertEquals("cannot read: permission denied", reason(one(new InputLoader(MB), p)));
    }

    @Test
    void symbolicLinkLoopIsWalkedOnce() throws IOException {
        write("kansio/a.txt", "Hei A");
        try {
            Files.createSymbolicLink(dir.resolve("kansio/silmukka"), dir.resolve("kansio"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links not available");
        }
        List<Loaded> all = new InputLoader(MB).load(List.of(dir.resolve("kansio").toString()));
        assertEquals(1, all.size(), all::toString);
    }

    @Test
    void ioReasonsAreShortAndPlain() {
        assertEquals("permission denied", InputLoader.ioReason(new java.nio.file.AccessDeniedException("/x/y.eml")));
        assertEquals("no such file", InputLoader.ioReason(new java.nio.file.NoSuchFileException("/x/y.eml")));
        assertEquals("input/output error",
                InputLoader.ioReason(new java.nio.file.FileSystemException("/x", null, "Input/output error")));
        assertEquals("I/O error", InputLoader.ioReason(new IOException()));
        assertEquals("52.4 MB", InputLoader.humanSize(54_945_382));
        assertEquals("20 MB", InputLoader.humanSize(20 * MB));
        assertEquals("1 byte", InputLoader.humanSize(1));
    }
}
