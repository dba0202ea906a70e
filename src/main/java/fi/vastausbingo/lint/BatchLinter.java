// Lints many messages on all cores: one analyser (Voikko handle) per worker, one shared cache, results in input order.
package fi.vastausbingo.lint;

import fi.vastausbingo.finnish.Analyser;
import fi.vastausbingo.finnish.Analysers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Voikko's methods are synchronized per handle, so a shared handle does not scale; each worker
 * thread opens its own and the analysis cache is shared. Items are submitted in order and
 * results collected in order, so output is deterministic whatever the thread count.
 */
public final class BatchLinter implements AutoCloseable {
    private final ExecutorService pool;
    private final ThreadLocal<Analyser> analyser;
    private final List<Analyser> opened = new ArrayList<>();
    private final int threads;

    public BatchLinter(Analysers analysers, int threads) {
        this.threads = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "vastausbingo-worker");
            t.setDaemon(true);
            return t;
        });
        this.analyser = ThreadLocal.withInitial(() -> {
            Analyser a = analysers.create();
            synchronized (opened) {
                opened.add(a);
            }
            return a;
        });
    }

    public int threads() {
        return threads;
    }

    /** Applies {@code lintOne} to each item on the workers; the function gets the worker's analyser. */
    public <T, R> List<R> map(List<T> items, LintFunction<T, R> lintOne) {
        if (threads == 1 || items.size() < 2) {
            List<R> out = new ArrayList<>(items.size());
            for (T l : items) {
                out.add(lintOne.apply(l, analyser.get()));
            }
            return out;
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T l : items) {
            futures.add(pool.submit(() -> lintOne.apply(l, analyser.get())));
        }
        List<R> out = new ArrayList<>(items.size());
        for (Future<R> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return out;
    }

    /** One item with the worker's analyser. */
    @FunctionalInterface
    public interface LintFunction<T, R> {
        R apply(T item, Analyser analyser);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        synchronized (opened) {
            for (Analyser a : opened) {
                a.close();
            }
            opened.clear();
        }
    }
}
