// The morphology interface the checks see: readings of one word form.
package fi.vastausbingo.finnish;

import java.util.List;

/** Gives the readings of a word form. One instance per thread; implementations share a cache. */
public interface Analyser extends AutoCloseable {
    /** Readings of {@code word}; an empty list when the word is unknown. Never null. */
    List<WordAnalysis> analyse(String word);

    /** True when the readings come from Voikko's dictionary (not from the fallback). */
    boolean dictionaryBacked();

    @Override
    default void close() {}
}
