package fi.vastausbingo.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** A heap that runs out is one line naming the remedy, also when a worker thread ran out. */
class OutOfMemoryLineTest {
    @Test
    void workerOutOfMemoryIsFoundThroughItsWrapper() {
        assertTrue(Main.outOfMemory(new RuntimeException(new ExecutionException(new OutOfMemoryError("Java heap space")))));
        assertFalse(Main.outOfMemory(new RuntimeException(new ExecutionException(new IllegalStateException("x")))));
    }

    @Test
    void theLineNamesTheLimitAndTheOption() {
        String line = Main.outOfMemoryLine();
        assertTrue(line.startsWith("vastausbingo: out of memory (Java heap limit "), line);
        assertTrue(line.contains("VASTAUSBINGO_JAVA_OPTS=-Xmx"), line);
        assertFalse(line.contains("\n"));
    }
}
