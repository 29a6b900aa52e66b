package org.kgexplorer.bench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Window;

import org.kgexplorer.app.ExplorerApp;
import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.HeadlessJvm;
import org.kgexplorer.bench.Results;
import org.kgexplorer.testing.SyntheticGraph;

/**
 * {@code ui-longest-pulse-gap,200000,<ms>,ms}: the longest gap between JavaFX pulses while the whole explorer
 * window loads a seeded synthetic graph of 200,000 triples named on its command line, from the moment the bundled
 * graph is in until the file's load and the rebuilds it sets off (search index, class tree, completion) are over.
 * The window runs as its launchers start it ({@code mvn javafx:run}, the installed app: the JVM options of
 * {@code app.java.options}). Headless Monocle, software rendering, a settings folder of its own. Each load runs in a
 * fresh JVM; the row is the worst of the runs. Goal: at most 100 ms.
 *
 * <p>{@code ui-longest-pulse-gap-jvm-defaults,200000,<ms>,ms}: the same, in as many runs taken turn about with
 * those, with the JVM's default settings (as a plain {@code java -jar} starts the window), for comparison.
 */
public final class LoadPulseGapBenchmark implements Benchmark {
    private static final int TRIPLES = 200_000;
    /** How long after the file's load the watch goes on, for the rebuilds the new data sets off. */
    private static final long AFTER_LOAD_MILLIS = 3_000;

    @Override
    public String name() {
        return "ui-longest-pulse-gap";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        Path dir = context.benchDir().resolve("pulse-gap");
        Files.createDirectories(dir);
        Path file = dir.resolve("synthetic-200000.nt");
        SyntheticGraph.write(file, TRIPLES, 42);
        // Writing 200,000 triples leaves this JVM compiling and collecting for a moment: let it finish, so the first
        // window does not share the processors with the harness.
        settle();
        int runs = context.runs(3);
        double worst = 0;
        double worstDefaults = 0;
        StringBuilder each = new StringBuilder();
        StringBuilder eachDefaults = new StringBuilder();
        for (int i = 0; i < runs; i++) {
            double gap = oneRun(file, dir.resolve("config-" + i), true);
            each.append(' ').append(gap);
            worst = Math.max(worst, gap);
            double gapDefaults = oneRun(file, dir.resolve("config-defaults-" + i), false);
            eachDefaults.append(' ').append(gapDefaults);
            worstDefaults = Math.max(worstDefaults, gapDefaults);
        }
        System.out.println("[bench] ui-longest-pulse-gap runs (ms):" + each);
        System.out.println("[bench] ui-longest-pulse-gap-jvm-defaults runs (ms):" + eachDefaults);
        results.add(name(), Integer.toString(TRIPLES), worst, "ms");
        results.add(name() + "-jvm-defaults", Integer.toString(TRIPLES), worstDefaults, "ms");
    }

    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(3_000);
    }

    private static double oneRun(Path file, Path config, boolean appOptions) throws Exception {
        HeadlessJvm.Output out = HeadlessJvm.run(LoadPulseGapBenchmark.class, appOptions,
                List.of("-D" + ExplorerApp.CONFIG_DIR_PROPERTY + "=" + config), file.toString());
        if (!out.hasResult()) {
            throw new IllegalStateException("the window reported no pulse gap:\n" + out.text());
        }
        return out.value(0);
    }

    /** The child process: opens the window on the file and prints "RESULT <longest gap ms>". */
    public static void main(String[] args) throws Exception {
        Thread watcher = new Thread(() -> {
            try {
                watch();
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(2);
            }
        }, "pulse-gap-watch");
        watcher.setDaemon(true);
        watcher.start();
        Application.launch(ExplorerApp.class, args[0]);
    }

    private static void watch() throws Exception {
        waitForSources(3, 300);
        // When the watch began (epoch ms), to line it up with a flight recording or a GC log of this process.
        System.out.println("WATCH-STARTED-AT " + System.currentTimeMillis());
        AtomicLong last = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        AtomicLong longestEndedAt = new AtomicLong();
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                long before = last.getAndSet(now);
                if (before != 0 && now - before > longest.get()) {
                    longest.set(now - before);
                    longestEndedAt.set(System.currentTimeMillis());
                }
            }
        }.start());
        waitForSources(4, 300);
        Thread.sleep(AFTER_LOAD_MILLIS);
        System.out.println("RESULT " + longest.get() / 1e6);
        // When it ended (epoch ms), to find it in a flight recording of this process.
        System.out.println("LONGEST-ENDED-AT " + longestEndedAt.get());
        System.out.flush();
        System.exit(0);
    }

    /** Waits until the window's sources list shows this many sources. */
    private static void waitForSources(int count, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            int[] shown = {-1};
            java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
            try {
                Platform.runLater(() -> {
                    for (Window w : Window.getWindows()) {
                        Node list = w.getScene() == null ? null : w.getScene().lookup("#sources-list");
                        if (list instanceof ListView<?> l) {
                            shown[0] = l.getItems().size();
                        }
                    }
                    asked.countDown();
                });
                asked.await(5, TimeUnit.SECONDS);
            } catch (IllegalStateException toolkitNotYetUp) {
                // The toolkit is still starting.
            }
            if (shown[0] >= count) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the window never showed " + count + " sources");
    }
}
