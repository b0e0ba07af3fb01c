package org.baokan.ui;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;
import org.baokan.model.PageInfo;
import org.baokan.model.StoredArticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.LongStream;

/**
 * {@code --self-check}: the installed program proves it works. It waits for the first painted
 * front page (reporting the time since the JVM started), checks that the page holds stories, and
 * with {@code --bench-articles=N} times switching through N articles, from the request to the
 * painted article: after a warm-up pass, once at a reader's pace and once back to back (each
 * request as soon as the article before is painted, while its page may still be following it);
 * then it reports the resident memory. Exit code 0 when all is well, 1 otherwise or after two minutes.
 */
final class SelfCheck {
    private static final Duration TIMEOUT = Duration.minutes(2);
    /** A quick reader's pace: the article before is on screen and its page has followed it. */
    private static final Duration READER_PAUSE = Duration.millis(300);

    private final BaokanApp app;
    private final int articles;
    private final Consumer<String> report;
    private final IntConsumer exit;
    private long jvmStart;
    private boolean done;

    SelfCheck(BaokanApp app, int articles, Consumer<String> report, IntConsumer exit) {
        this.app = app;
        this.articles = articles;
        this.report = report;
        this.exit = exit;
    }

    void start(long jvmStartMillis) {
        this.jvmStart = jvmStartMillis;
        PauseTransition timeout = new PauseTransition(TIMEOUT);
        timeout.setOnFinished(e -> fail("no front page was painted within " + (int) TIMEOUT.toSeconds() + " s"));
        timeout.play();
        var web = app.window().frontPageView().web();
        ChangeListener<Number> painted = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number old, Number n) {
                PageInfo page = app.state().page().get();
                if (page == null || done) {
                    return; // the "no archive yet" placeholder
                }
                web.paints().removeListener(this);
                long ms = System.currentTimeMillis() - jvmStart;
                Object stories = web.script("document.querySelectorAll('.story').length");
                int count = stories instanceof Number num ? num.intValue() : 0;
                if (count == 0) {
                    fail("the front page holds no stories");
                    return;
                }
                var issue = app.state().issue().get();
                report.accept(String.format(Locale.ROOT, "self-check: first front page painted %d ms after start "
                        + "(%s %s, page %s, %d stories)", ms, issue.paper(), issue.date(), page.displayName(), count));
                memory("with the archive open");
                if (articles > 0) {
                    benchArticles();
                } else {
                    finish();
                }
            }
        };
        web.paints().addListener(painted);
    }

    private void benchArticles() {
        app.context().load(s -> {
            long max = s.reader().counts()[1];
            List<Long> ids = LongStream.rangeClosed(1, Math.min(max, articles * 3L)).boxed().toList();
            return s.reader().articles(ids).stream().map(StoredArticle::id).limit(articles).toList();
        }, ids -> switchThrough(ids, Duration.ZERO, new ArrayList<>(), warm ->
                // timed after a first pass has warmed the program up (classes, JIT, caches)
                switchThrough(ids, READER_PAUSE, new ArrayList<>(), paced ->
                        switchThrough(ids, Duration.ZERO, new ArrayList<>(), rapid -> {
                            report("at a reader's pace (each " + (int) READER_PAUSE.toMillis()
                                    + " ms after the one before was painted)", paced);
                            report("back to back", rapid);
                            memory("after switching through " + ids.size() * 3 + " articles");
                            finish();
                        }))));
    }

    private void report(String how, List<Double> times) {
        times.sort(Double::compare);
        double median = times.get(times.size() / 2);
        double p95 = times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.95) - 1));
        report.accept(String.format(Locale.ROOT, "self-check: switching articles %s: median %.1f ms, p95 %.1f ms, "
                + "max %.1f ms over %d articles", how, median, p95, times.get(times.size() - 1), times.size()));
    }

    /**
     * Opens the articles one after the other, each {@code pause} after the one before was painted,
     * and times each from the request to its painted article.
     */
    private void switchThrough(List<Long> ids, Duration pause, List<Double> times, Consumer<List<Double>> done) {
        if (times.size() >= ids.size()) {
            done.accept(times);
            return;
        }
        if (pause.greaterThan(Duration.ZERO)) {
            PauseTransition wait = new PauseTransition(pause);
            wait.setOnFinished(e -> open(ids.get(times.size()), times, () -> switchThrough(ids, pause, times, done)));
            wait.play();
        } else {
            open(ids.get(times.size()), times, () -> switchThrough(ids, pause, times, done));
        }
    }

    private void open(long id, List<Double> times, Runnable next) {
        var web = app.window().articleView().web();
        long before = web.paints().get();
        long t0 = System.nanoTime();
        ChangeListener<Number> painted = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number old, Number n) {
                if (n.longValue() > before) {
                    web.paints().removeListener(this);
                    times.add((System.nanoTime() - t0) / 1e6);
                    next.run();
                }
            }
        };
        web.paints().addListener(painted);
        app.state().openArticle(id, null);
    }

    /** Reports the resident memory (Linux), and how much of it is the Java heap. */
    private void memory(String when) {
        long rss = residentMegabytes();
        if (rss > 0) {
            var heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            report.accept("self-check: resident memory " + when + ": " + rss + " MB (Java heap " + heap.getUsed() / (1 << 20)
                    + " MB used, " + heap.getCommitted() / (1 << 20) + " MB reserved), archive "
                    + app.context().session().get().path());
        }
    }

    private void finish() {
        report.accept("self-check: ok");
        done = true;
        exit.accept(0);
    }

    void fail(String why) {
        if (done) {
            return;
        }
        done = true;
        report.accept("self-check: FAILED: " + why);
        exit.accept(1);
    }

    /** VmRSS of this process (Linux); -1 elsewhere. */
    static long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
