package org.kgexplorer.bench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.Results;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.testing.SyntheticGraph;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.sources.SourcesView;
import org.kgexplorer.ui.sources.SourcesViewModel;
import org.kgexplorer.ui.task.TaskRunner;

/**
 * {@code ui-longest-pulse-gap,200000,<ms>,ms}: the longest gap between JavaFX pulses while the window loads a
 * seeded synthetic graph of 200,000 triples (headless Monocle, software rendering). Goal: at most 100 ms.
 */
public final class LoadPulseGapBenchmark implements Benchmark {
    private static final int TRIPLES = 200_000;

    @Override
    public String name() {
        return "ui-longest-pulse-gap";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path file = Files.createTempFile("kgx-pulse-", ".nt");
        try {
            SyntheticGraph.write(file, TRIPLES, 42);
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            Platform.setImplicitExit(false);
            int runs = context.runs(3);
            long worst = 0;
            for (int i = 0; i < runs; i++) {
                worst = Math.max(worst, oneLoad(file));
            }
            results.add(name(), Integer.toString(TRIPLES), worst, "ms");
        } finally {
            Files.deleteIfExists(file);
            Platform.exit();
        }
    }

    /** Loads the file through the sources view once and returns the longest pulse gap in milliseconds. */
    private static long oneLoad(Path file) throws Exception {
        AtomicLong last = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<AnimationTimer> timer = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        Platform.runLater(() -> {
            ExplorerContext ctx = new ExplorerContext(new InMemoryStore(), new TaskRunner(), new I18n());
            SourcesViewModel model = new SourcesViewModel(ctx);
            Stage s = new Stage();
            s.setScene(new Scene(new SourcesView(model), 500, 400));
            s.show();
            stage.set(s);
            AnimationTimer pulses = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long before = last.getAndSet(now);
                    if (before != 0) {
                        longest.accumulateAndGet(now - before, Math::max);
                    }
                }
            };
            timer.set(pulses);
            pulses.start();
            model.busyProperty().addListener((obs, was, busy) -> {
                if (was && !busy) {
                    done.countDown();
                }
            });
            model.loadPaths(List.of(file), LoadMode.ADD);
        });
        if (!done.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the load did not finish in 300 s");
        }
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            timer.get().stop();
            stage.get().close();
            closed.countDown();
        });
        closed.await();
        return TimeUnit.NANOSECONDS.toMillis(longest.get());
    }
}
