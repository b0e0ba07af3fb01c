package org.baokan.cli;

import org.baokan.archive.ImportListener;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Import progress on stderr: count, rate and time left, about once a second for a long import.
 * On a terminal the line is rewritten in place; otherwise one line every five seconds.
 */
final class Progress implements ImportListener {
    private final PrintWriter err;
    private final boolean console = System.console() != null;
    private long start;
    private long lastPrint;
    private boolean printed;

    private final String doing;

    Progress(PrintWriter err) {
        this(err, "importing");
    }

    /** @param doing what the line says is under way: {@code importing}, {@code re-extracting} */
    Progress(PrintWriter err, String doing) {
        this.err = err;
        this.doing = doing;
    }

    @Override
    public void started(int total) {
        this.start = System.nanoTime();
        this.lastPrint = start;
    }

    @Override
    public void progress(int done, int total, Path file) {
        long now = System.nanoTime();
        long interval = console ? 1_000_000_000L : 5_000_000_000L;
        if (now - lastPrint < interval && done < total) {
            return;
        }
        if (!printed && done == total) {
            return; // a batch that finished within the first interval needs no progress line
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        String line = String.format(Locale.ROOT, "%s: %d/%d pages, %.0f pages/s, %d:%02d left", doing, done, total, rate,
                left / 60, left % 60);
        if (console) {
            err.print("\r" + line);
        } else {
            err.println(line);
        }
        err.flush();
        printed = true;
    }

    void finish() {
        if (printed && console) {
            err.println();
            err.flush();
        }
    }
}
