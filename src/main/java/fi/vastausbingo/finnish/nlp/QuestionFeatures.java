// Surface features of one sentence for the question/request classifier (no Voikko needed, so models build anywhere).
package fi.vastausbingo.finnish.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words, their last two and three letters (the -ko/-kö/-ks clitics and -kaa/-kää imperatives
 * live there), the first two words, and end punctuation.
 */
public final class QuestionFeatures {

    private QuestionFeatures() {}

    public static String[] of(List<String> tokens) {
        List<String> f = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String t : tokens) {
            if (!t.isEmpty() && Character.isLetter(t.codePointAt(0))) {
                words.add(t.toLowerCase(Locale.ROOT));
            }
        }
        for (String w : words) {
            f.add("w=" + w);
            if (w.length() >= 4) {
                f.add("s2=" + w.substring(w.length() - 2));
                f.add("s3=" + w.substring(w.length() - 3));
            }
            if (w.endsWith("ko") || w.endsWith("kö") || w.endsWith("ks") || w.endsWith("kohan") || w.endsWith("köhän")) {
                f.add("clitic");
            }
            if (w.endsWith("isitte") || w.endsWith("isitteko") || w.endsWith("isit") || w.endsWith("isitko")) {
                f.add("cond2");
            }
            if (w.endsWith("kaa") || w.endsWith("kää")) {
                f.add("imp2p");
            }
        }
        if (!words.isEmpty()) {
            f.add("first=" + words.get(0));
            if (words.size() > 1) {
                f.add("second=" + words.get(1));
                f.add("first2=" + words.get(0) + "_" + words.get(1));
            }
        }
        String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
        if (last.equals("?") || tokens.size() > 1 && tokens.get(tokens.size() - 2).equals("?")) {
            f.add("qmark");
        } else if (last.equals("!")) {
            f.add("excl");
        } else if (last.equals(".")) {
            f.add("dot");
        } else {
            f.add("nopunct");
        }
        f.add("len=" + Math.min(words.size() / 4, 4));
        return f.toArray(new String[0]);
    }
}
