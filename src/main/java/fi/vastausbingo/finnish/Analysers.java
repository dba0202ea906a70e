// Creates analysers: Voikko when the OS has it, the fallback otherwise, and says which one it got.
package fi.vastausbingo.finnish;

import java.util.List;

import org.puimula.libvoikko.Voikko;

/** Factory for per-thread analysers over one shared cache. */
public final class Analysers {
    /** The apt-get line shown when Voikko is missing. */
    public static final String INSTALL_HINT = "sudo apt-get install libvoikko1 voikko-fi";

    private final AnalysisCache cache;
    private final boolean voikkoAvailable;
    private final String problem;
    // the probe's handle, handed to the first create(): opening Voikko costs tens of milliseconds,
    // a noticeable part of a one-draft run
    private final java.util.concurrent.atomic.AtomicReference<Voikko> spare;

    private Analysers(AnalysisCache cache, boolean voikkoAvailable, String problem, Voikko spare) {
        this.cache = cache;
        this.voikkoAvailable = voikkoAvailable;
        this.problem = problem;
        this.spare = new java.util.concurrent.atomic.AtomicReference<>(spare);
    }

    /** Probes Voikko once; the probe's handle serves the first {@link #create()}. */
    public static Analysers probe(AnalysisCache cache) {
        if ("off".equals(System.getProperty("vastausbingo.voikko"))) {
            // lets tests and users see the degraded mode on a machine that has Voikko
            return new Analysers(cache, false, "disabled with -Dvastausbingo.voikko=off", null);
        }
        try {
            return new Analysers(cache, true, null, new Voikko("fi"));
        } catch (Throwable t) {
            // UnsatisfiedLinkError when libvoikko is absent, VoikkoException when voikko-fi is.
            String why = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            return new Analysers(cache, false, why.lines().findFirst().orElse(why), null);
        }
    }

    public boolean voikkoAvailable() {
        return voikkoAvailable;
    }

    /** Why Voikko could not be loaded, or null. */
    public String problem() {
        return problem;
    }

    public AnalysisCache cache() {
        return cache;
    }

    /** Words nearly every reply has; analysing them first is what {@link #warmUp()} does. */
    static final List<String> COMMON = List.of("Hei", "kiitos", "viestistäsi", "Ystävällisin", "terveisin",
            "asiakaspalvelu", "tilauksesi", "on", "voit", "meille", "laskun", "ja", "että", "ei");

    /**
     * Analyses {@link #COMMON} into the shared cache with the spare handle. The first calls
     * through JNA cost several times the later ones (measured: 196 words of a draft 43 ms cold,
     * 11-17 ms after a dozen words), so a one-draft run does them on the warm-up thread. Only
     * for the thread that made this object, before it is shared; nothing without Voikko.
     */
    public void warmUp() {
        Voikko v = spare.get();
        if (v != null) {
            VoikkoAnalyser a = new VoikkoAnalyser(v, cache);
            for (String w : COMMON) {
                a.analyse(w);
            }
        }
    }

    /** A new analyser for the calling thread. */
    public Analyser create() {
        if (voikkoAvailable) {
            Voikko v = spare.getAndSet(null);
            return new VoikkoAnalyser(v != null ? v : new Voikko("fi"), cache);
        }
        return new FallbackAnalyser();
    }
}
