package org.kgexplorer.core.store;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.kgexplorer.core.task.Cancellation;

/**
 * Runs one input's parse on a thread of its own with a known stack size. Jena's Turtle and TriG parsers and the
 * JSON-LD processor recurse once per level of nesting; on whatever thread called (the command line's main thread,
 * the window's worker, a test) the depth that overflows would differ, and the overflow would escape as a
 * {@link StackOverflowError}. Here it is caught where it cannot have left anything half-done but the parse (ADR 17).
 */
final class ParseThread {
    /** Room for tens of thousands of levels, far beyond real data; a deeper input is refused. */
    static final long STACK_BYTES = 16L << 20;

    /** The body of a parse. */
    interface Body<T> {
        T run(Cancellation cancellation) throws DataLoadException;
    }

    /** Thrown inside the parse thread when its stack ran out. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super("nested too deeply", null, false, false);
        }
    }

    private ParseThread() {
    }

    /**
     * Runs {@code body} and waits for it. A cancel of {@code cancellation}, or an interrupt of the waiting thread,
     * reaches the body through the token it is given.
     *
     * @throws TooDeep when the body ran out of stack
     */
    static <T> T run(Body<T> body, Cancellation cancellation) throws DataLoadException {
        return start(body, () -> { }, cancellation).join();
    }

    /**
     * Starts {@code body} on the parse thread and returns at once; {@code atEnd} runs on that thread after the body,
     * however it ended. A cancel of {@code cancellation} reaches the body through the token it is given.
     */
    static <T> Running<T> start(Body<T> body, Runnable atEnd, Cancellation cancellation) {
        Cancellation own = new Cancellation();
        cancellation.whenCancelled(own::cancel);
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return body.run(own);
            } catch (StackOverflowError e) {
                throw new TooDeep();
            } finally {
                atEnd.run();
            }
        });
        Thread thread = new Thread(null, task, "kgx-parse", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        return new Running<>(task, thread, own);
    }

    /** A body running on the parse thread. */
    static final class Running<T> {
        private final FutureTask<T> task;
        private final Thread thread;
        private final Cancellation own;

        private Running(FutureTask<T> task, Thread thread, Cancellation own) {
            this.task = task;
            this.thread = thread;
            this.own = own;
        }

        /**
         * Waits for the body and returns what it returned, or throws what it threw. An interrupt of the waiting
         * thread cancels the body.
         *
         * @throws TooDeep when the body ran out of stack
         */
        T join() throws DataLoadException {
            try {
                return task.get();
            } catch (InterruptedException e) {
                own.cancel();
                Thread.currentThread().interrupt();
                throw new CancellationException("cancelled");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof DataLoadException d) {
                    throw d;
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }

        /** Cancels the body and interrupts its thread (out of a wait on a full queue, say), without waiting for it. */
        void stop() {
            own.cancel();
            thread.interrupt();
        }
    }
}
