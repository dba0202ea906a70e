// Held-out sentence-boundary accuracy: the project's rules against an OpenNLP sentence detector trained on sentences.txt.
package fi.vastausbingo.finnish;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.check.Resources;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

/**
 * Documents of sentences.txt are laid out as e-mail: a sentence that ends in punctuation is
 * followed by a space, one that does not (a greeting line, a name under the sign-off) by a line
 * break. Every fifth document is held out; boundary precision/recall/F1 are printed for the
 * rules, for an OpenNLP detector trained on the rest, and for both together (the rules' line
 * breaks plus the detector's punctuation). The floor keeps the shipped rules from regressing.
 */
class SentenceSplitAccuracyTest {
    @Test
    void heldOutBoundaries() throws Exception {
        List<List<String>> docs = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String line : Resources.read("fi/vastausbingo/nlp/sentences.txt").split("\n")) {
            if (line.isBlank()) {
                if (!cur.isEmpty()) {
                    docs.add(cur);
                    cur = new ArrayList<>();
                }
            } else {
                cur.add(line.strip());
            }
        }
        if (!cur.isEmpty()) {
            docs.add(cur);
        }
        List<SentenceSample> train = new ArrayList<>();
        List<List<String>> test = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (i % 5 == 0) {
                test.add(docs.get(i));
            } else {
                train.add(sample(docs.get(i)));
            }
        }
        Dictionary abbreviations = new Dictionary(false);
        for (String a : Sentences.ABBREVIATIONS) {
            abbreviations.put(new StringList(a + "."));
        }
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ITERATIONS_PARAM, 100);
        p.put(TrainingParameters.CUTOFF_PARAM, 2);
        SentenceModel model = SentenceDetectorME.train("fi", new CollectionObjectStream<>(train),
                new SentenceDetectorFactory("fi", true, abbreviations, new char[] {'.', '?', '!'}), p);
        SentenceDetectorME me = new SentenceDetectorME(model);
        Tokenizer tokenizer = new Tokenizer(Placeholders.builtIn());
        int[] rules = new int[3];
        int[] nlp = new int[3];
        int[] hybrid = new int[3];
        try (Analyser a = Analysers.probe(new AnalysisCache()).create()) {
            for (List<String> doc : test) {
                String text = layout(doc);
                Set<Integer> gold = new HashSet<>();
                int off = 0;
                for (int k = 0; k < doc.size() - 1; k++) {
                    off += doc.get(k).length();
                    gold.add(off);
                    off += 1;
                }
                Set<Integer> lineBreaks = new HashSet<>();
                Set<Integer> fromRules = new HashSet<>();
                List<Token> tokens = AnalysedText.analyse(text, tokenizer, a).tokens();
                for (int k = 0; k + 1 < tokens.size(); k++) {
                    if (tokens.get(k + 1).sentence() != tokens.get(k).sentence()) {
                        fromRules.add(tokens.get(k).end());
                        if (text.substring(tokens.get(k).end(), tokens.get(k + 1).start()).contains("\n")) {
                            lineBreaks.add(tokens.get(k).end());
                        }
                    }
                }
                Set<Integer> fromNlp = new HashSet<>();
                Span[] spans = me.sentPosDetect(text);
                for (int k = 0; k < spans.length - 1; k++) {
                    fromNlp.add(spans[k].getEnd());
                }
                count(gold, fromRules, rules);
                count(gold, fromNlp, nlp);
                Set<Integer> both = new HashSet<>(fromNlp);
                both.addAll(lineBreaks);
                count(gold, both, hybrid);
            }
        }
        String report = "sentence boundaries, held-out " + test.size() + " of " + docs.size() + " documents\n"
                + line("rules (shipped)", rules) + line("OpenNLP maxent", nlp) + line("line rules + OpenNLP", hybrid);
        System.out.println(report);
        assertTrue(f1(rules) >= 0.85, report);
    }

    private static boolean endsSentence(String s) {
        return s.matches(".*[.!?…:)]$");
    }

    private static String layout(List<String> sentences) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < sentences.size(); k++) {
            if (k > 0) {
                sb.append(endsSentence(sentences.get(k - 1)) ? ' ' : '\n');
            }
            sb.append(sentences.get(k));
        }
        return sb.toString();
    }

    private static SentenceSample sample(List<String> sentences) {
        StringBuilder sb = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            String s = sentences.get(k);
            if (k > 0) {
                sb.append(endsSentence(sentences.get(k - 1)) ? ' ' : '\n');
            }
            spans.add(new Span(sb.length(), sb.length() + s.length()));
            sb.append(s);
        }
        return new SentenceSample(sb.toString(), spans.toArray(new Span[0]));
    }

    /** tp, fp, fn */
    private static void count(Set<Integer> gold, Set<Integer> found, int[] c) {
        for (int f : found) {
            if (gold.contains(f)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        for (int g : gold) {
            if (!found.contains(g)) {
                c[2]++;
            }
        }
    }

    private static double f1(int[] c) {
        double p = c[0] / (double) Math.max(1, c[0] + c[1]);
        double r = c[0] / (double) Math.max(1, c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static String line(String who, int[] c) {
        double p = c[0] / (double) Math.max(1, c[0] + c[1]);
        double r = c[0] / (double) Math.max(1, c[0] + c[2]);
        return String.format(Locale.ROOT, "  %-18s precision %.3f  recall %.3f  F1 %.3f%n", who, p, r, f1(c));
    }
}
