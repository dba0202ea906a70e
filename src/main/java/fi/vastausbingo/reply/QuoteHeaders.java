// Recognises the header lines mail clients put above a quoted original (Finnish, Swedish, English).
package fi.vastausbingo.reply;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quote headers come in three shapes: an attribution line ("… kirjoitti:", "On … wrote:",
 * "Den … skrev …:"), possibly wrapped over two lines by Gmail; a separator line
 * ("-----Alkuperäinen viesti-----"); and an Outlook-style block of "Lähettäjä:", "Lähetetty:",
 * "Aihe:"… field lines. Each shape is easy to imitate in prose, so every detector asks for
 * corroboration (a date, an address, the other fields, quoted lines below) before it fires.
 */
final class QuoteHeaders {
    private QuoteHeaders() {}

    enum Kind { ATTRIBUTION, SEPARATOR, FIELDS }

    /** Header lines {@code [start, end)} of the list given to {@link #at}; author may be null. */
    record Header(int start, int end, Kind kind, String author) {}

    enum Field { FROM, DATE, TO, CC, SUBJECT, OTHER }

    private static final Map<String, Field> LABELS = Map.ofEntries(
            // Finnish Outlook, Thunderbird, Gmail
            Map.entry("lähettäjä", Field.FROM),
            Map.entry("lähetetty", Field.DATE),
            Map.entry("päivämäärä", Field.DATE),
            Map.entry("päiväys", Field.DATE),
            Map.entry("vastaanottaja", Field.TO),
            Map.entry("vastaanottajat", Field.TO),
            Map.entry("kopio", Field.CC),
            Map.entry("piilokopio", Field.CC),
            Map.entry("aihe", Field.SUBJECT),
            Map.entry("tärkeys", Field.OTHER),
            Map.entry("liitteet", Field.OTHER),
            Map.entry("vastausosoite", Field.OTHER),
            // English
            Map.entry("from", Field.FROM),
            Map.entry("sent", Field.DATE),
            Map.entry("date", Field.DATE),
            Map.entry("to", Field.TO),
            Map.entry("cc", Field.CC),
            Map.entry("bcc", Field.CC),
            Map.entry("subject", Field.SUBJECT),
            Map.entry("importance", Field.OTHER),
            Map.entry("attachments", Field.OTHER),
            Map.entry("reply-to", Field.OTHER),
            // Swedish
            Map.entry("från", Field.FROM),
            Map.entry("avsändare", Field.FROM),
            Map.entry("skickat", Field.DATE),
            Map.entry("datum", Field.DATE),
            Map.entry("till", Field.TO),
            Map.entry("mottagare", Field.TO),
            Map.entry("kopia", Field.CC),
            Map.entry("ämne", Field.SUBJECT),
            Map.entry("prioritet", Field.OTHER),
            Map.entry("bifogade filer", Field.OTHER),
            // German, seen often enough in Nordic company mail
            Map.entry("von", Field.FROM),
            Map.entry("gesendet", Field.DATE),
            Map.entry("an", Field.TO),
            Map.entry("betreff", Field.SUBJECT));

    /**
     * A field line: label at the start of the line (optionally bold-marked by an HTML-to-text
     * converter as *Lähettäjä:*), capitalised as mail clients write it, then a colon. Requiring
     * the capital keeps "aihe: …" typed in lower case inside prose out.
     */
    private static final Pattern FIELD = Pattern.compile(
            "^[\\s*_]*(\\p{Lu}[\\p{L}-]*(?: filer)?)[*_]*\\s*:[*_]*(.*)$");

    private static final Pattern SEPARATOR = Pattern.compile(
            "^\\s*[-=_*]{2,}\\s*(?:alkuperäinen viesti|alkuperäinen sanoma|välitetty viesti|original message"
                    + "|forwarded message|ursprungligt meddelande|vidarebefordrat meddelande"
                    + "|ursprungligt e-postmeddelande)\\s*[-=_*]{2,}\\s*$"
                    + "|^\\s*(?:begin forwarded message|aloita välitetty viesti|alkuperäinen viesti"
                    + "|början på vidarebefordrat meddelande)\\s*:\\s*$"
                    // helpdesk reply markers (Zendesk, Freshdesk…): the thread history lies below
                    + "|^\\W{0,6}(?:please\\s+)?(?:type\\s+your\\s+reply|reply|kirjoita\\s+vastauksesi|vastaa"
                    + "|skriv\\s+ditt\\s+svar|svara)\\s+(?:above|tämän\\s+rivin\\s+yläpuolelle|ovanför)"
                    + "(?:\\s+(?:this|denna)\\s+(?:line|rad))?\\W{0,6}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Outlook's rule above the field block in HTML mail. */
    private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{8,}\\s*$");

    /** The verb of an attribution line; the last occurrence on the line is the one that counts. */
    private static final Pattern VERB = Pattern.compile(
            "(?<![\\p{L}])(kirjoitti|wrote|skrev|schrieb|a écrit|escribió)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}[.:]\\d{2}(?!\\d)");
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?:\\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\d{2,4})?|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
                    + "|(?:19|20)\\d{2})(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");
    static final Pattern WS = Pattern.compile("\\s+");
    private static final Pattern NAME_TOKEN_PUNCT = Pattern.compile("^[\"'(“”«»]+|[\"')“”«»,;]+$");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern DATE_TOKEN_PUNCT = Pattern.compile("^[(\\[,]+|[)\\],.;]+$");
    /** "<address>" (also cut off by a wrap), "[mailto:…]", "(…@…)". */
    private static final Pattern ADDRESS_PARTS = Pattern.compile(
            "<[^>]*(?:>|$)|\\[mailto:[^\\]]*(?:\\]|$)|\\([^)]*@[^)]*\\)");
    private static final Pattern DISPLAY_PUNCT = Pattern.compile("[\"“”«»*<>]");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s,;:'-]+|[\\s,;:'-]+$");

    /** Tokens that make up the date part of an attribution ("pe 20. lokakuuta 2017 klo 17.50,"). */
    private static final Pattern DATE_TOKEN = Pattern.compile(
            "[\\d.:/+\\-]+|(?:ap|ip|am|pm)\\.?|(?:gmt|utc)[+\\-]?\\d*(?::\\d\\d)?|eet|eest|cet|cest"
                    // Finnish weekdays and months (any case ending), with the mail-client abbreviations
                    + "|ma|ti|ke|to|pe|la|su|(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)\\p{L}*"
                    + "|(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)(?:kuu\\p{L}*|k)?"
                    // Swedish
                    + "|mån|tis|ons|tors|fre|lör|sön|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?"
                    + "|jan|febr?|mars|apr|maj|juni|juli|aug|sept?|okt|nov|dec"
                    + "|januari|februari|april|augusti|september|oktober|november|december"
                    // English
                    + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                    + "|jan|feb|mar|may|jun|jul|oct|january|february|march|june|july|august"
                    // fillers around the date
                    + "|klo|kello|kl|on|at|den|am|um|le|à|el|the|following|seuraavaa|följande",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Lower-case words that may sit inside a person's or company's display name. */
    private static final Set<String> NAME_PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "af", "la", "le", "da", "di", "ja", "och", "and", "&", "/", "-", "–", "|", "via");

    /**
     * The header that starts at line {@code i}, or null. Lines starting with '>' are never part
     * of a header here; callers that want headers inside a quote strip one level first.
     */
    static Header at(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.isBlank() || quoted(line)) {
            return null;
        }
        if (SEPARATOR.matcher(line).matches()) {
            int k = nextNonBlank(lines, i + 1, 2);
            Header fields = k < 0 ? null : fieldBlock(lines, k, true);
            return fields == null
                    ? new Header(i, i + 1, Kind.SEPARATOR, null)
                    : new Header(i, fields.end(), Kind.SEPARATOR, fields.author());
        }
        if (UNDERSCORES.matcher(line).matches()) {
            int k = nextNonBlank(lines, i + 1, 2);
            Header fields = k < 0 ? null : fieldBlock(lines, k, false);
            return fields == null ? null : new Header(i, fields.end(), Kind.FIELDS, fields.author());
        }
        Header fields = fieldBlock(lines, i, false);
        if (fields != null) {
            return fields;
        }
        return attributionAt(lines, i);
    }

    private static Header attributionAt(List<String> lines, int i) {
        String first = lines.get(i).strip();
        // Gmail wraps a long attribution (date + name + address) before the address or before
        // "kirjoitti:"; the first half always carries the date, which keeps "Hei Matti," out.
        if (i + 1 < lines.size() && !first.endsWith(":") && hasDigit(first)) {
            String second = lines.get(i + 1).strip();
            Attribution alone = attribution(second);
            // a second line that is a whole attribution by itself ("On … Matt <m@x> wrote:")
            // does not need the line above, which is then the agent's own
            boolean complete = alone != null && alone.author() != null;
            if (!second.isEmpty() && !quoted(lines.get(i + 1)) && second.length() <= 120 && !complete) {
                String joined = first.endsWith("<") ? first + second : first + " " + second;
                Attribution a = attribution(joined);
                if (a != null && (a.evidence() || quotedFollows(lines, i + 2))) {
                    return new Header(i, i + 2, Kind.ATTRIBUTION, a.author());
                }
            }
        }
        Attribution a = attribution(first);
        if (a != null && (a.evidence() || quotedFollows(lines, i + 1))) {
            return new Header(i, i + 1, Kind.ATTRIBUTION, a.author());
        }
        return null;
    }

    private record Attribution(String author, boolean evidence) {}

    /**
     * Reads "[date,] Name <address> kirjoitti [date]:" and its Swedish/English relatives.
     * Null unless what surrounds the verb is only a date and a name-like display name: a
     * sentence that happens to end in "kirjoitti:" has lower-case words or punctuation there.
     */
    private static Attribution attribution(String s) {
        if (!s.endsWith(":") || s.length() > 300) {
            return null;
        }
        String body = s.substring(0, s.length() - 1).strip();
        Matcher m = VERB.matcher(body);
        int vs = -1;
        int ve = -1;
        while (m.find()) {
            vs = m.start();
            ve = m.end();
        }
        if (vs < 0) {
            return null;
        }
        String head = body.substring(0, vs).strip();
        String tail = body.substring(ve).strip();
        boolean address = s.indexOf('@') >= 0;
        boolean dated = TIME.matcher(s).find() || DATE.matcher(s).find();
        boolean dateWordsAllowed = hasDigit(s);
        String headName = stripDateTokens(cleanDisplay(head), dateWordsAllowed || startsWithPrefixWord(head));
        String tailName = stripDateTokens(cleanDisplay(tail), true);
        if (!headName.isEmpty() && !tailName.isEmpty()) {
            return null;
        }
        String name = headName.isEmpty() ? tailName : headName;
        name = trimPunct(name);
        if (name.isEmpty()) {
            // "kirjoitti:" alone, or only a date: a header only when an address or date vouches for it
            return (address || dated) ? new Attribution(null, true) : null;
        }
        if (!nameLike(name, address)) {
            return null;
        }
        return new Attribution(name, address || dated);
    }

    private static boolean startsWithPrefixWord(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        return h.startsWith("on ") || h.startsWith("den ") || h.startsWith("am ") || h.startsWith("le ");
    }

    /**
     * A display name: a few capitalised words, initials and particles. Lower-case words are
     * accepted only when an address vouches for the line (people do type their name in lower case).
     */
    static boolean nameLike(String name, boolean addressSeen) {
        if (name.indexOf('?') >= 0 || name.indexOf('!') >= 0) {
            return false;
        }
        String[] tokens = WS.split(name);
        if (tokens.length > 6) {
            return false;
        }
        for (String raw : tokens) {
            String t = NAME_TOKEN_PUNCT.matcher(raw).replaceAll("");
            if (t.isEmpty() || NAME_PARTICLES.contains(t.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (INITIAL.matcher(t).matches()) {
                continue; // initial
            }
            if (t.endsWith(".") || hasDigit(t)) {
                return false;
            }
            if (!Character.isUpperCase(t.codePointAt(0)) && !addressSeen) {
                return false;
            }
        }
        return true;
    }

    /** Drops date tokens from both ends: "pe 20. lokakuuta 2017 klo 17.50 Matti" → "Matti". */
    private static String stripDateTokens(String s, boolean wordsAllowed) {
        if (s.isEmpty()) {
            return s;
        }
        String[] tokens = WS.split(s);
        int a = 0;
        int b = tokens.length;
        while (a < b && dateToken(tokens[a], wordsAllowed)) {
            a++;
        }
        while (b > a && dateToken(tokens[b - 1], wordsAllowed)) {
            b--;
        }
        return String.join(" ", java.util.Arrays.asList(tokens).subList(a, b));
    }

    private static boolean dateToken(String raw, boolean wordsAllowed) {
        String t = DATE_TOKEN_PUNCT.matcher(raw).replaceAll("");
        if (t.isEmpty()) {
            return true;
        }
        if (!wordsAllowed && !hasDigit(t)) {
            return false;
        }
        return DATE_TOKEN.matcher(t).matches();
    }

    /** Display name without addresses, mailto brackets and quotes. */
    static String cleanDisplay(String s) {
        String r = ADDRESS_PARTS.matcher(s).replaceAll(" ");
        r = EMAIL.matcher(r).replaceAll(" ");
        // stray brackets are what is left of an address Gmail wrapped over two lines
        r = WS.matcher(DISPLAY_PUNCT.matcher(r).replaceAll(" ")).replaceAll(" ").strip();
        return trimPunct(r);
    }

    private static String trimPunct(String s) {
        return EDGE_PUNCT.matcher(s).replaceAll("");
    }

    /**
     * An Outlook-style block starting at line {@code i}. Outside a separator it must start with
     * the sender field and carry a dated "Lähetetty:/Sent:" field plus a recipient or subject,
     * or at least three other fields: "Aihe: laskutus" or a form the agent spells out in prose
     * does not qualify.
     */
    private static Header fieldBlock(List<String> lines, int i, boolean afterSeparator) {
        Field firstField = field(lines.get(i));
        if (firstField == null || (!afterSeparator && firstField != Field.FROM)) {
            return null;
        }
        EnumSet<Field> seen = EnumSet.noneOf(Field.class);
        boolean datedDate = false;
        String author = null;
        int last = -1;
        int blanks = 0;
        int continuation = 0;
        for (int j = i; j < lines.size(); j++) {
            String s = lines.get(j);
            if (s.isBlank()) {
                if (++blanks > 1) {
                    break;
                }
                continue;
            }
            if (quoted(s)) {
                break;
            }
            Matcher fm = FIELD.matcher(s);
            Field f = fm.matches() ? LABELS.get(fm.group(1).toLowerCase(Locale.ROOT)) : null;
            if (f != null) {
                if (f == Field.FROM && seen.contains(Field.FROM)) {
                    break; // a second sender starts the next message's header
                }
                seen.add(f);
                String value = fm.group(2);
                if (f == Field.DATE && hasDigit(value)) {
                    datedDate = true;
                }
                if (f == Field.FROM) {
                    String name = cleanDisplay(value);
                    author = name.isEmpty() ? null : name;
                }
                last = j;
                blanks = 0;
                continuation = 0;
                continue;
            }
            // a wrapped long "Vastaanottaja:" list; counted only if another field follows
            if (blanks == 0 && continuation < 2 && last >= 0) {
                continuation++;
                continue;
            }
            break;
        }
        if (last < 0) {
            return null;
        }
        // "Lähettäjä: Esimerkki Oy / Lähetetty: 20.10." is also how an agent lists shipment
        // details, so a dated block needs a recipient or subject line too, as every client writes
        boolean addressed = seen.contains(Field.TO) || seen.contains(Field.SUBJECT);
        boolean ok = afterSeparator
                || (seen.contains(Field.FROM) && ((datedDate && addressed) || seen.size() - 1 >= 3));
        return ok ? new Header(i, last + 1, Kind.FIELDS, author) : null;
    }

    private static Field field(String line) {
        Matcher fm = FIELD.matcher(line);
        return fm.matches() ? LABELS.get(fm.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    private static boolean quotedFollows(List<String> lines, int from) {
        int k = nextNonBlank(lines, from, 2);
        return k >= 0 && quoted(lines.get(k));
    }

    /** Index of the next non-blank line at or after {@code from}, skipping at most {@code maxBlanks}. */
    private static int nextNonBlank(List<String> lines, int from, int maxBlanks) {
        for (int j = from; j < lines.size() && j <= from + maxBlanks; j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    static boolean quoted(String line) {
        return line.stripLeading().startsWith(">");
    }

    private static boolean hasDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
