// Indexes a mailbox (mbox file or Maildir) by headers only, and re-reads single messages from the index.
package fi.vastausbingo.mail;

import jakarta.mail.internet.InternetAddress;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairing replies with the customer messages they answer needs to see the whole mailbox before
 * linting anything, but holding every decoded message would make memory grow with the export.
 * So a first pass keeps only what threading needs (ids, subject, addresses, date) and where the
 * message lies (mbox byte offset and length, or the Maildir file); the lint pass then re-reads
 * one reply and its customer message at a time.
 */
public final class Mailbox implements Closeable {
    /**
     * One message of the index, kept small because a large export holds a million of them: ids
     * and the thread subject as 64-bit hashes (they are only compared), addresses interned, the
     * date as epoch seconds, and no subject or display name (re-read from the message when a
     * report needs them). {@code failure} is set when the message could not be read even for its
     * headers (too large, empty); such a message is neither ours nor theirs.
     */
    public static final class Entry {
        private final Mailbox box;
        private final int seq;
        private final String file; // Maildir: the message's own file; mbox: null
        private final long offset;
        private final int length;
        private final int firstLine;
        private final String failure;
        private final long messageId;
        private final long inReplyTo;
        private final long[] references;
        private final long thread;
        private final String fromAddress;
        private final String[] to;
        private final long epochSecond;
        private final int offsetSeconds;
        private final byte flags;

        private static final byte SENT = 1;
        private static final byte REPLY_LIKE = 2;
        private static final byte DATED = 4;

        Entry(Mailbox box, int seq, String file, long offset, long length, int firstLine, String failure,
              long messageId, long inReplyTo, long[] references, long thread, String fromAddress, String[] to,
              OffsetDateTime date, boolean sentFlag, boolean replyLike) {
            this.box = box;
            this.seq = seq;
            this.file = file;
            this.offset = offset;
            this.length = (int) Math.min(Integer.MAX_VALUE, length);
            this.firstLine = firstLine;
            this.failure = failure;
            this.messageId = messageId;
            this.inReplyTo = inReplyTo;
            this.references = references;
            this.thread = thread;
            this.fromAddress = fromAddress;
            this.to = to;
            this.epochSecond = date == null ? 0 : date.toEpochSecond();
            this.offsetSeconds = date == null ? 0 : date.getOffset().getTotalSeconds();
            this.flags = (byte) ((sentFlag ? SENT : 0) | (replyLike ? REPLY_LIKE : 0) | (date != null ? DATED : 0));
        }

        /** Position in the mailbox, from 1. */
        public int seq() {
            return seq;
        }

        /** "export.mbox#12" or "Maildir/cur/1700000000.M1P2.host:2,S". */
        public String source() {
            if (file == null) {
                return box.name + "#" + seq;
            }
            return box.name + (box.name.endsWith("/") ? "" : "/") + box.path.relativize(Path.of(file));
        }

        public String failure() {
            return failure;
        }

        /** Hash of the Message-ID, 0 when there is none. */
        public long messageId() {
            return messageId;
        }

        /** Hash of the first In-Reply-To id, 0 when there is none. */
        public long inReplyTo() {
            return inReplyTo;
        }

        /** Hashes of the References ids, oldest first (at most 50). */
        public long[] references() {
            return references;
        }

        /** Hash of the normalised subject; 0 when the subject is empty (such messages thread by headers only). */
        public long thread() {
            return thread;
        }

        public String fromAddress() {
            return fromAddress;
        }

        /** To and Cc addresses, lower case. */
        public boolean sentTo(String address) {
            for (String t : to) {
                if (t.equals(address)) {
                    return true;
                }
            }
            return false;
        }

        public OffsetDateTime date() {
            if ((flags & DATED) == 0) {
                return null;
            }
            java.time.ZoneOffset z = java.time.ZoneOffset.ofTotalSeconds(offsetSeconds);
            return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSecond), z);
        }

        /** Seconds since the epoch, when {@link #dated()}. */
        public long epochSecond() {
            return epochSecond;
        }

        public boolean dated() {
            return (flags & DATED) != 0;
        }

        /** The mail client filed it as sent (Maildir Sent folder, Gmail "Sent" label). */
        public boolean sentFlag() {
            return (flags & SENT) != 0;
        }

        /** It answers something: In-Reply-To/References, or a Re:/VS:/SV: subject. */
        public boolean replyLike() {
            return (flags & REPLY_LIKE) != 0;
        }
    }

    private final String name;
    private final Path path;
    private final boolean mbox;
    private final List<Entry> entries = new ArrayList<>();
    private RandomAccessFile raf;

    private Mailbox(String name, Path path, boolean mbox) {
        this.name = name;
        this.path = path;
        this.mbox = mbox;
    }

    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** True for an mbox file (by extension or content) or a Maildir folder: inputs whose messages get paired. */
    public static boolean isMailbox(Path p) {
        try {
            if (Files.isDirectory(p)) {
                return Maildir.isMaildir(p);
            }
            if (!Files.isRegularFile(p)) {
                return false;
            }
            if (InputLoader.extension(p.toString()).equals("mbox")) {
                return true;
            }
            try (InputStream in = Files.newInputStream(p)) {
                return MboxReader.looksLikeMbox(in.readNBytes(1024));
            }
        } catch (IOException | RuntimeException e) {
            return false; // the ordinary loader reports the problem
        }
    }

    /** The index pass: headers only, one message in memory at a time. */
    public static Mailbox index(String name, Path path, long maxBytes) throws IOException {
        // addresses repeat (every reply of an agent, every message of a customer): one String each
        Map<String, String> interned = new HashMap<>();
        if (Files.isDirectory(path)) {
            Mailbox box = new Mailbox(name, path, false);
            List<Entry> out = box.entries;
            int seq = 0;
            for (Path m : Maildir.messages(path)) {
                String file = m.toString();
                seq++;
                long size;
                try {
                    size = Files.size(m);
                } catch (IOException e) {
                    out.add(box.failed(seq, file, "cannot read: " + InputLoader.ioReason(e)));
                    continue;
                }
                if (size > maxBytes) {
                    out.add(box.failed(seq, file, InputLoader.tooLarge(size, maxBytes)));
                    continue;
                }
                byte[] head;
                try (InputStream in = Files.newInputStream(m)) {
                    head = in.readNBytes((int) Math.min(size, HEAD_BYTES));
                } catch (IOException e) {
                    out.add(box.failed(seq, file, "cannot read: " + InputLoader.ioReason(e)));
                    continue;
                }
                if (Sniffer.isBlank(head)) {
                    out.add(box.failed(seq, file, "empty file"));
                    continue;
                }
                out.add(box.entry(seq, file, 0, size, 1, head, Maildir.isSentFolder(m), interned));
            }
            return box;
        }
        Mailbox box = new Mailbox(name, path, true);
        try (MboxReader r = MboxReader.openIndex(path, name, maxBytes)) {
            MboxReader.Raw raw;
            int seq = 0;
            while ((raw = r.nextRaw()) != null) {
                seq++;
                box.entries.add(raw.failure() != null ? box.failed(seq, null, raw.failure())
                        : box.entry(seq, null, raw.offset(), raw.length(), raw.firstLine(), raw.headers(), false, interned));
            }
        }
        return box;
    }

    /** What a report shows of a message that the index does not keep. */
    public record Head(String subject, String fromName) {}

    /** Re-reads the subject and the sender's name of an indexed message (null fields when unreadable). */
    public Head head(Entry e) {
        if (e.failure() != null) {
            return new Head(null, null);
        }
        byte[] head;
        try {
            if (!mbox) {
                try (InputStream in = Files.newInputStream(Path.of(e.file))) {
                    head = in.readNBytes(HEAD_BYTES);
                }
            } else {
                openRaf();
                head = new byte[(int) Math.min(e.length, HEAD_BYTES)];
                raf.seek(e.offset);
                raf.readFully(head);
            }
        } catch (IOException ex) {
            return new Head(null, null);
        }
        Map<String, byte[]> h = headerBlock(head, e.firstLine);
        String subject = subject(h);
        String[] from = {null, null};
        addresses(str(h, "from"), from, null);
        return new Head(subject, from[0]);
    }

    /** Reads one indexed message in full. */
    public Loaded read(Entry e) {
        if (e.failure() != null) {
            return new Loaded.Failed(e.source(), e.failure());
        }
        if (!mbox) {
            try {
                return EmlReader.read(e.source(), Files.readAllBytes(Path.of(e.file)));
            } catch (IOException ex) {
                return new Loaded.Failed(e.source(), "cannot read: " + InputLoader.ioReason(ex));
            }
        }
        try {
            openRaf();
        } catch (IOException ex) {
            return new Loaded.Failed(e.source(), "cannot read: " + InputLoader.ioReason(ex));
        }
        return MboxReader.readAt(raf, e.source(), e.offset, e.length, e.firstLine);
    }

    private void openRaf() throws IOException {
        if (raf == null) {
            raf = new RandomAccessFile(path.toFile(), "r");
        }
    }

    @Override
    public void close() throws IOException {
        if (raf != null) {
            raf.close();
        }
    }

    /** The header block is at the start of a message; beyond this much a header is not read. */
    private static final int HEAD_BYTES = 256 * 1024;

    private Entry failed(int seq, String file, String why) {
        return new Entry(this, seq, file, -1, 0, 0, why, 0, 0, NO_IDS, 0, null, NO_ADDRESSES, null, false, false);
    }

    private static final long[] NO_IDS = {};
    private static final String[] NO_ADDRESSES = {};
    private static final Pattern ID = Pattern.compile("<[^<>\\s]+>");

    /** Parses the header block at the start of {@code head}. */
    private Entry entry(int seq, String file, long offset, long length, int firstLine, byte[] head, boolean sentFolder,
                        Map<String, String> interned) {
        Map<String, byte[]> h = headerBlock(head, firstLine);
        String messageId = firstId(str(h, "message-id"));
        String inReplyTo = firstId(str(h, "in-reply-to"));
        long[] refs = NO_IDS;
        String r = str(h, "references");
        if (r != null) {
            List<String> found = new ArrayList<>();
            Matcher m = ID.matcher(r);
            while (m.find() && found.size() < 50) {
                found.add(m.group());
            }
            refs = new long[found.size()];
            for (int i = 0; i < refs.length; i++) {
                refs[i] = idHash(found.get(i));
            }
        }
        String subject = subject(h);
        String[] from = {null, null};
        List<String> to = new ArrayList<>();
        addresses(str(h, "from"), from, null);
        addresses(str(h, "to"), null, to);
        addresses(str(h, "cc"), null, to);
        String[] toArray = new String[to.size()];
        for (int i = 0; i < toArray.length; i++) {
            toArray[i] = interned.computeIfAbsent(to.get(i), k -> k);
        }
        String fromAddress = from[1] == null ? null : interned.computeIfAbsent(from[1], k -> k);
        String labels = str(h, "x-gmail-labels");
        boolean gmailSent = labels != null && labels.toLowerCase(Locale.ROOT).matches("(?s).*\\b(sent|lähetetyt)\\b.*");
        boolean replyLike = inReplyTo != null || refs.length > 0 || (subject != null && Subjects.isReply(subject));
        String thread = Subjects.normalise(subject);
        return new Entry(this, seq, file, offset, length, firstLine, null, idHash(messageId), idHash(inReplyTo), refs,
                thread.isEmpty() ? 0 : idHash(thread), fromAddress, toArray.length == 0 ? NO_ADDRESSES : toArray,
                MailDates.parseHeader(str(h, "date")), sentFolder || gmailSent, replyLike);
    }

    /**
     * A 64-bit FNV-1a hash standing in for an id or a thread subject, which are only ever
     * compared: two of a million messages share one by chance with odds of about 1 in 30
     * million. Never 0, which means "none".
     */
    static long idHash(String s) {
        if (s == null) {
            return 0;
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** The header fields at the start of a message (after an mbox "From " line), by lower-case name. */
    private static Map<String, byte[]> headerBlock(byte[] head, int firstLine) {
        RawMime rm = new RawMime(head, firstLine);
        int start = rm.skipLeadingBlankLines(rm.skipFromLine(0));
        return rm.headerFields(start, rm.bodyStart(start, head.length));
    }

    private static String subject(Map<String, byte[]> h) {
        return h.get("subject") == null ? null : HeaderDecoding.text(h.get("subject"));
    }

    private static String str(Map<String, byte[]> h, String name) {
        byte[] v = h.get(name);
        return v == null ? null : TextDecoding.decodeGuessing(v).strip();
    }

    private static String firstId(String v) {
        if (v == null) {
            return null;
        }
        Matcher m = ID.matcher(v);
        return m.find() ? m.group() : v.isBlank() ? null : v.strip();
    }

    /** Fills {@code first} with [name, address] of the first address, or adds every address to {@code all}. */
    private static void addresses(String value, String[] first, List<String> all) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(value, false);
            for (InternetAddress a : parsed) {
                String addr = a.getAddress() == null ? null : a.getAddress().toLowerCase(Locale.ROOT);
                if (first != null) {
                    first[0] = a.getPersonal();
                    first[1] = addr;
                    return;
                }
                if (addr != null) {
                    all.add(addr);
                }
            }
        } catch (jakarta.mail.internet.AddressException | RuntimeException e) {
            // an unparsable address list threads by subject only
        }
    }
}
