package org.kgexplorer.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgexplorer.ui.details.ExplorerFixture;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The two lanes: user work starts at once, data work (loads, rebuilds) shares fewer threads than the machine has processors. */
@ExtendWith(ApplicationExtension.class)
class TaskRunnerTest {
    private final TaskRunner runner = new TaskRunner();
    private final int lanes = TaskRunner.dataWorkThreads(Runtime.getRuntime().availableProcessors());

    @Start
    void start(Stage stage) {
        // The JavaFX platform runs the tasks' state changes.
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void workStoppedBecauseItsStoreWentAwayIsNoFailureButARealOneIs() throws Exception {
        List<Task<Void>> tasks = new ArrayList<>();
        for (RuntimeException thrown : List.of(new java.util.concurrent.CancellationException("cancelled"),
                new IllegalStateException("the disk is full"))) {
            Task<Void> task = new Task<>() {
                @Override
                protected Void call() {
                    throw thrown;
                }
            };
            task.setOnFailed(e -> runner.reportFailure(task));
            tasks.add(task);
        }
        CompletableFuture<TaskRunner.Failure> afterFirst = new CompletableFuture<>();
        CompletableFuture<TaskRunner.Failure> afterSecond = new CompletableFuture<>();
        tasks.get(0).setOnFailed(e -> {
            runner.reportFailure(tasks.get(0));
            afterFirst.complete(runner.lastFailureProperty().get());
            runner.submit(tasks.get(1));
        });
        tasks.get(1).setOnFailed(e -> {
            runner.reportFailure(tasks.get(1));
            afterSecond.complete(runner.lastFailureProperty().get());
        });
        Platform.runLater(() -> runner.submit(tasks.get(0)));
        assertEquals(null, afterFirst.get(10, TimeUnit.SECONDS), "a store replaced under an index build is no failure to show");
        assertEquals("the disk is full", afterSecond.get(10, TimeUnit.SECONDS).reason());
    }

    @Test
    void workSubmittedAfterTheWindowClosedIsCancelledNotRejected() throws Exception {
        runner.shutdown();
        CompletableFuture<Task<Integer>> submitted = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                submitted.complete(runner.submitDataWork(new Task<>() {
                    @Override
                    protected Integer call() {
                        return 1;
                    }
                }));
            } catch (RuntimeException e) {
                submitted.completeExceptionally(e);
            }
        });
        Task<Integer> task = submitted.get(10, TimeUnit.SECONDS);
        assertTrue(task.isCancelled(), "the task is cancelled");
        assertTrue(runner.running().isEmpty(), "and never shown as running");
    }

    @Test
    void dataWorkLeavesOneProcessorFree() {
        assertEquals(1, TaskRunner.dataWorkThreads(1));
        assertEquals(1, TaskRunner.dataWorkThreads(2));
        assertEquals(2, TaskRunner.dataWorkThreads(3));
        assertEquals(3, TaskRunner.dataWorkThreads(16));
    }

    @Test
    void dataTasksRunNoMoreAtOnceThanTheirThreadsAndAllFinish() throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Task<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < lanes + 3; i++) {
            tasks.add(new Task<>() {
                @Override
                protected Integer call() throws Exception {
                    most.accumulateAndGet(now.incrementAndGet(), Math::max);
                    Thread.sleep(60);
                    now.decrementAndGet();
                    return 1;
                }
            });
        }
        Platform.runLater(() -> tasks.forEach(runner::submitDataWork));
        ExplorerFixture.waitFor(() -> onFx(() -> tasks.stream().allMatch(t -> t.getState() == Task.State.SUCCEEDED)));
        assertEquals(lanes, most.get(), "as many data tasks at once as there are data threads, no more");
        ExplorerFixture.waitFor(() -> onFx(() -> runner.running().isEmpty()));
    }

    @Test
    void userWorkStartsWhileEveryDataWorkThreadIsBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch userRan = new CountDownLatch(1);
        List<Task<Void>> dataTasks = oneBlockingTaskPerThread(release);
        Task<Void> user = running(userRan::countDown);
        Platform.runLater(() -> {
            dataTasks.forEach(runner::submitDataWork);
            runner.submit(user);
        });
        try {
            assertTrue(userRan.await(10, TimeUnit.SECONDS), "a user's task does not wait for data work");
        } finally {
            release.countDown();
        }
    }

    @Test
    void aDataTaskCancelledWhileItWaitsNeverRunsAndLeavesTheStatusBar() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ran = new AtomicBoolean();
        List<Task<Void>> busy = oneBlockingTaskPerThread(release);
        Task<Void> waiting = running(() -> ran.set(true));
        Platform.runLater(() -> {
            busy.forEach(runner::submitDataWork);
            runner.submitDataWork(waiting);
        });
        ExplorerFixture.waitFor(() -> onFx(() -> runner.running().size() == lanes + 1));
        Platform.runLater(waiting::cancel);
        ExplorerFixture.waitFor(() -> onFx(() -> !runner.running().contains(waiting)));
        release.countDown();
        ExplorerFixture.waitFor(() -> onFx(() -> runner.running().isEmpty()));
        assertFalse(ran.get());
        assertEquals(Task.State.CANCELLED, onFx(waiting::getState));
    }

    /** Reads JavaFX state on its own thread, as the status bar does. */
    private static <T> T onFx(Supplier<T> read) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(read.get()));
        try {
            return answer.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** As many tasks as there are data threads, each waiting for {@code release}. */
    private List<Task<Void>> oneBlockingTaskPerThread(CountDownLatch release) {
        List<Task<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            tasks.add(blocking(release));
        }
        return tasks;
    }

    /** A task that does {@code work} and ends. */
    private static Task<Void> running(Runnable work) {
        return new Task<>() {
            @Override
            protected Void call() {
                work.run();
                return null;
            }
        };
    }

    private static Task<Void> blocking(CountDownLatch release) {
        return new Task<>() {
            @Override
            protected Void call() throws Exception {
                release.await(20, TimeUnit.SECONDS);
                return null;
            }
        };
    }
}
