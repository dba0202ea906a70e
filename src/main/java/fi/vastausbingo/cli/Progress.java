// Progress on stderr for long lint runs, shown only on a terminal and never with --quiet.
package fi.vastausbingo.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Counts replies as they are reported. The bar appears only once a run has taken more than a
 * second and a half (a draft never sees it), only when stderr is a terminal (a redirected
 * report with stderr on the screen still gets it; CI logs do not), and never with --quiet.
 */
final class Progress implements AutoCloseable {
    private static final long DELAY_NANOS = 1_500_000_000L;

    /** isatty(3) through JNA, which the project already carries for Voikko. */
    private interface C extends Library {
        int isatty(int fd);
    }

    private final boolean enabled;
    private final long start = System.nanoTime();
    private long count;
    private ProgressBar bar;

    Progress(boolean quiet) {
        this.enabled = !quiet && stderrIsTerminal();
    }

    private static boolean stderrIsTerminal() {
        if (System.getenv("CI") != null) {
            return false;
        }
        try {
            return Native.load("c", C.class).isatty(2) == 1;
        } catch (Throwable t) {
            // no libc through JNA (an unusual platform): no bar rather than a broken run
            return false;
        }
    }

    void tick() {
        count++;
        if (!enabled) {
            return;
        }
        if (bar == null) {
            if (System.nanoTime() - start < DELAY_NANOS) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName("vastausbingo").setInitialMax(-1)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" replies", 1).showSpeed().build();
            bar.stepTo(count);
        }
        bar.step();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
