// Line-level recognisers for sign-offs, name/contact lines, mobile footers and legal disclaimers.
package fi.vastausbingo.reply;

import fi.vastausbingo.finnish.Placeholders;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each recogniser looks at one line; deciding whether a candidate really closes the reply is
 * the {@link Segmenter}'s job, because that needs the lines around it.
 */
final class Signatures {
    private Signatures() {}

    /** How much a sign-off phrase alone proves. */
    enum Strength {
        /** Used only to close a mail ("Ystävällisin terveisin", "Med vänliga hälsningar"). */
        STRONG,
        /** Also plausible in prose or as a list marker ("T:", "t.", "BR", "Regards"). */
        WEAK
    }

    /** A sign-off line; {@code inlineName} is the name written on the same line, or null. */
    record SignOff(Strength strength, String inlineName) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String END = "(?![\\p{L}])";

    private static final Pattern STRONG = Pattern.compile("^(?:"
            // any "…terveisin" with up to three words before it: Ystävällisin / Parhain /
            // Kiitos ja / Aurinkoisin kevät- terveisin, and compounds such as "Syysterveisin";
            // '&' and ';' let undecoded HTML entities (S&auml;hk&ouml;isi&auml;) through
            + "(?:[\\p{L}&;-]+\\s+){0,3}[\\p{L}-]*terveisin"
            + "|(?:parhaat|lämpimät|ystävälliset|kiitos\\s+ja)\\s+terveiset"
            + "|yst(?:ävällisin|äv)?\\.?\\s*terv\\.?"
            + "|ystävällisesti|kiittäen|kiitoksin"
            + "|(?:[\\p{L}&;-]+\\s+){1,4}toivottaen"
            + "|(?:med\\s+)?(?:vänlig|vänliga|bästa|varma|hjärtliga|varmaste)\\s+hälsning(?:ar)?"
            + "|(?:with\\s+)?(?:best|kind|kindest|warm|warmest|many)\\s+regards"
            + "|(?:best|kind|warm)\\s+wishes|yours\\s+(?:sincerely|faithfully|truly)|sincerely"
            + ")" + END, FLAGS);

    private static final Pattern WEAK = Pattern.compile("^(?:"
            + "terv\\.?|terveiset|t[.:]|regards|br|mvh|hälsningar|hälsning|cheers|best"
            // "Hyvää päivänjatkoa toivottaa," with the sender below: also how a sentence may
            // wrap, hence weak (it must end the reply and be followed by a name)
            + "|(?:[\\p{L}&;-]+\\s+){1,5}toivotta(?:a|vat)"
            + ")(?=[\\s,.!:;]|$)", FLAGS);

    private static final Pattern DASHES = Pattern.compile("^--\\s*$");

    private static final Pattern MOBILE = Pattern.compile(
            "^(?:sent|skickat|skickad|gesendet)\\s+(?:from|with|via|från|med|von|mit)\\s+[^:]{1,60}$"
                    + "|^(?:hanki|get|skaffa|hämta)\\s+outlook\\s+(?:for|för)\\s+(?:android|ios).*"
                    + "|^lähetetty\\s+[^:]{1,60}$",
            FLAGS);
    /** "Lähetetty …" is only a footer when it names a device or app ("Lähetetty iPhonesta"). */
    private static final Pattern DEVICE = Pattern.compile(
            "iphone|ipad|android|outlook|samsung|galaxy|huawei|nokia|xiaomi|oneplus|pixel|mobiili|puhelime"
                    + "|laittee|sovellukse|windows|yahoo|proton|tablet|gmail|mail\\b|sähköpostisovellu",
            FLAGS);

    private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+", FLAGS);
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "^(?:puh|p|tel|gsm|mob|puhelin|matkapuhelin|vaihde|phone|mobile|tfn|telefon|mobil|fax|faksi)\\b\\.?",
            FLAGS);
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d\\s\\-()/]{5,}\\d");
    private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)\\d{5}\\s+\\p{Lu}|(?<!\\d)\\d{3}\\s\\d{2}\\s+\\p{Lu}");
    private static final Pattern COMPANY = Pattern.compile(
            "(?<![\\p{L}])(?:Oy|Oyj|Ab|Abp|Ky|Ay|Ltd|Inc|GmbH|ry|AB|Y-tunnus|FO-nummer|Org\\.?\\s?nr)(?![\\p{L}])");
    private static final Placeholders PLACEHOLDERS = Placeholders.builtIn();
    private static final Pattern LEAD_PUNCT = Pattern.compile("^[\\s,.:;!–—-]+");
    private static final Pattern TRAIL_PUNCT = Pattern.compile("[\\s,;]+$");
    private static final Pattern TRAIL_PUNCT_DOT = Pattern.compile("[\\s,;.]+$");
    /** What separates a name from a title on one line: comma, bar, spaced dash, slash. */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|\\||\\s[-–—]\\s|/)\\s*");
    private static final Pattern POSTSCRIPT = Pattern.compile("^p\\.?\\s?s\\.?(?:[\\s:,].*)?$", FLAGS);
    /** A final full stop that ends an initial or a company form, not a sentence. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:\\s\\p{Lu}\\.|Oy\\.|Ab\\.|Ltd\\.|Inc\\.)$");

    /** Confidentiality-notice openings; the paragraph must also contain {@link #LEGAL} words. */
    private static final Pattern DISCLAIMER_START = Pattern.compile("^[\\s*\\[(]*(?:(?:huom|huomautus|huomio|notice|important|viktigt)\\s*[:!.]\\s*)?(?:"
            + "tämä|tämän|tässä|viesti\\s+ja\\s+sen\\s+liitteet|sähköpostiviesti|luottamuksellisuus|luottamuksellinen|luottamuksellista"
            + "|vastuuvapauslauseke|vastuuvapaus|jos\\s+olet\\s+saanut|jos\\s+tämä|jos\\s+et\\s+ole"
            + "|this\\s+(?:e-?mail|message|communication|transmission)|the\\s+information\\s+(?:contained|in)"
            + "|confidentiality|confidential|disclaimer|if\\s+you\\s+(?:have\\s+)?received|if\\s+you\\s+are\\s+not"
            + "|detta\\s+(?:e-?post|e-?postmeddelande|meddelande|mejl|e-brev)|det\\s+här\\s+(?:meddelandet|e-postmeddelandet)"
            + "|informationen\\s+i\\s+detta|om\\s+du\\s+(?:har\\s+)?(?:fått|mottagit)|om\\s+du\\s+inte\\s+är|sekretess"
            + ")" + END, FLAGS);

    private static final Pattern LEGAL = Pattern.compile(
            "luottamukselli(?:s|nen)|salassa\\s+pidettäv|salassapid|tarkoitettu\\s+(?:ainoastaan|vain|yksinomaan|pelkästään)"
                    + "|erehdyksessä|virheellisesti|väärälle\\s+vastaanottajalle|vahingossa|oikeudeton|kielletty"
                    + "|ilmoittaa?\\s+(?:siitä\\s+)?(?:välittömästi\\s+)?lähettäjälle|poista(?:maan|kaa)?\\s+viesti"
                    + "|confidential|privileged|intended\\s+(?:solely\\s+)?(?:only\\s+)?(?:for|recipient)|in\\s+error"
                    + "|prohibited|notify\\s+the\\s+sender|delete\\s+(?:this|the)"
                    + "|konfidentiell|sekretess|avsett?\\s+(?:endast|enbart)|av\\s+misstag|felaktigt|förbjud|radera"
                    + "|meddela\\s+avsändaren|disclaimer|vastuuvapaus",
            FLAGS);

    /** The sign-off on this (trimmed) line, or null. */
    static SignOff signOff(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 80) {
            return null;
        }
        Matcher m = STRONG.matcher(t);
        Strength strength;
        if (m.lookingAt()) {
            strength = Strength.STRONG;
        } else {
            m = WEAK.matcher(t);
            if (!m.lookingAt()) {
                return null;
            }
            strength = Strength.WEAK;
        }
        String rest = LEAD_PUNCT.matcher(t.substring(m.end())).replaceFirst("").strip();
        if (rest.isEmpty()) {
            return new SignOff(strength, null);
        }
        if (rest.startsWith("/") || rest.startsWith("|")) {
            // bilingual "Ystävällisin terveisin / Med vänliga hälsningar"
            SignOff second = signOff(rest.substring(1));
            return second == null ? null : new SignOff(strength, second.inlineName());
        }
        rest = TRAIL_PUNCT.matcher(rest).replaceAll("");
        if (isPlaceholder(rest) || (nameLike(rest) && words(rest) <= 4)) {
            return new SignOff(strength, rest);
        }
        if (strength == Strength.WEAK) {
            return null;
        }
        // "Ystävällisin terveisin Matti Meikäläinen, Esimerkki Oy Ab", "Terveisin koko tiimin
        // puolesta", "Terveisin '$a->sitename' pääkäyttäjä,": a strong phrase followed by a short
        // phrase that is not a sentence still closes the mail; prose after it runs longer
        String name = nameOf(rest);
        if (name != null) {
            return new SignOff(strength, name);
        }
        boolean shortPhrase = words(rest) <= 5 && rest.length() <= 60
                && rest.indexOf('?') < 0 && rest.indexOf('!') < 0 && !rest.endsWith(".");
        return shortPhrase ? new SignOff(strength, null) : null;
    }

    /** A template's signature slot on a line of its own: {EMAIL_SIG}, {{signature}}, %ALLEKIRJOITUS%. */
    static boolean isSignaturePlaceholder(String line) {
        String t = line.strip();
        return isPlaceholder(t) && SIGNATURE_SLOT.matcher(t).find();
    }

    private static final Pattern SIGNATURE_SLOT = Pattern.compile("sig|allekirjoitus|footer|alatunniste", FLAGS);

    static boolean isDashes(String line) {
        return DASHES.matcher(line).matches();
    }

    static boolean isMobileFooter(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 90 || !MOBILE.matcher(t).matches()) {
            return false;
        }
        return !t.regionMatches(true, 0, "lähetetty", 0, 9) || DEVICE.matcher(t).find();
    }

    /** A line whose opening words may start a confidentiality notice; cheap, checked before the paragraph. */
    static boolean opensDisclaimer(String line) {
        String t = line.strip();
        return isDisclaimerHeading(t) || DISCLAIMER_START.matcher(t).lookingAt();
    }

    private static boolean isDisclaimerHeading(String t) {
        return t.equalsIgnoreCase("LUOTTAMUKSELLINEN") || t.equalsIgnoreCase("DISCLAIMER")
                || t.equalsIgnoreCase("CONFIDENTIAL") || t.equalsIgnoreCase("CONFIDENTIALITY NOTICE")
                || t.equalsIgnoreCase("VASTUUVAPAUSLAUSEKE");
    }

    /** A line that opens a confidentiality notice and (with the next lines) reads like one. */
    static boolean isDisclaimerStart(String line, String paragraph) {
        String t = line.strip();
        if (isDisclaimerHeading(t)) {
            return true;
        }
        return DISCLAIMER_START.matcher(t).lookingAt() && legalHits(paragraph) >= 1;
    }

    /** How many distinct kinds of legal wording the text holds. */
    static int legalHits(String text) {
        Matcher m = LEGAL.matcher(text);
        java.util.Set<String> kinds = new java.util.HashSet<>();
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            kinds.add(w.length() > 8 ? w.substring(0, 8) : w);
        }
        return kinds.size();
    }

    static boolean isPlaceholder(String s) {
        return PLACEHOLDERS.isPlaceholder(s.strip());
    }

    /** Phone, e-mail, web address, postal address, company form or template placeholder. */
    static boolean isContact(String line) {
        String t = line.strip();
        if (t.length() > 200) {
            return false; // contact lines are short; also keeps the regexes linear on huge lines
        }
        if (EMAIL.matcher(t).find() || URL.matcher(t).find() || POSTCODE.matcher(t).find()
                || COMPANY.matcher(t).find() || PHONE_LABEL.matcher(t).lookingAt()) {
            return true;
        }
        Matcher p = PHONE.matcher(t);
        while (p.find()) {
            if (digits(p.group()) >= 6) {
                return true;
            }
        }
        return PLACEHOLDERS.matcher(t).find();
    }

    /** A name line: placeholder, or up to five capitalised words / initials / particles. */
    static boolean nameLike(String s) {
        String t = TRAIL_PUNCT.matcher(s.strip()).replaceAll("");
        if (t.isEmpty()) {
            return false;
        }
        if (isPlaceholder(t)) {
            return true;
        }
        // a placeholder inside a name ("{{first}} {{last}}", "$a->firstname Virtanen") counts as a word of it
        String named = PLACEHOLDERS.matcher(t).replaceAll("Nimi");
        if (words(named) > 5 || !Character.isLetter(named.codePointAt(0))) {
            return false;
        }
        return QuoteHeaders.nameLike(named, false);
    }

    /** The name part of a name line: "Matti Meikäläinen, asiakaspalvelu" → "Matti Meikäläinen". */
    static String nameOf(String line) {
        String t = line.strip();
        if (isPlaceholder(t)) {
            return t;
        }
        String first = NAME_SEPARATOR.split(t, 2)[0].strip();
        if (nameLike(first) && !isContact(first)) {
            return TRAIL_PUNCT_DOT.matcher(first).replaceAll("").strip();
        }
        return null;
    }

    /** Prose rather than a signature line: a full sentence, a PS, or something long. */
    static boolean sentenceLike(String line) {
        String t = line.strip();
        if (POSTSCRIPT.matcher(t).matches()) {
            return true;
        }
        int words = words(t);
        if (t.endsWith("?") || t.endsWith("!")) {
            return true;
        }
        if (t.endsWith(".") && words >= 3 && !ABBREVIATION_END.matcher(t).find()) {
            return true;
        }
        return words >= 9 || (t.length() > 80 && !isContact(t));
    }

    /**
     * A line that may continue a sign-off block. Right after a non-blank line anything short
     * and not a sentence goes (titles, departments, opening hours); after a blank line it must
     * look like more contact data, so a closing paragraph of prose stays the agent's own text.
     */
    static boolean continuesSignature(String line, boolean afterBlank) {
        String t = line.strip();
        if (isDashes(t) || isMobileFooter(t) || signOff(t) != null) {
            return true;
        }
        if (sentenceLike(t)) {
            return false;
        }
        if (isContact(t) || nameLike(t)) {
            return true;
        }
        int words = words(t);
        if (afterBlank) {
            return words <= 6 && t.length() <= 60 && !t.endsWith(".") && !t.endsWith(":");
        }
        return words <= 8 && t.length() <= 70;
    }

    /** Number of whitespace-separated words, without splitting the line. */
    static int words(String t) {
        int n = 0;
        boolean in = false;
        for (int k = 0; k < t.length(); k++) {
            boolean ws = Character.isWhitespace(t.charAt(k));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    private static int digits(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (Character.isDigit(s.charAt(k))) {
                n++;
            }
        }
        return n;
    }
}
