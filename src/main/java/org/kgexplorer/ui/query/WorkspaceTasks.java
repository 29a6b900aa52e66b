package org.kgexplorer.ui.query;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import javafx.concurrent.Task;

import org.kgexplorer.core.export.SafeFileWriter;
import org.kgexplorer.core.query.QueryFiles;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.query.QuestionLibrary;
import org.kgexplorer.core.query.completion.CompletionIndex;
import org.kgexplorer.core.query.completion.KeptCompletion;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;

/** The workspace's background work: reading and writing query files, the library, the settings, the index. */
final class WorkspaceTasks {
    private final ExplorerContext context;
    private final I18n.Texts texts;
    private Task<CompletionIndex> indexing;
    private boolean savingSettings;
    private boolean settingsChangedWhileSaving;

    WorkspaceTasks(ExplorerContext context, I18n.Texts texts) {
        this.context = context;
        this.texts = texts;
    }

    void loadLibrary(Consumer<List<Question>> done, Consumer<String> failed) {
        Task<List<Question>> task = new Titled<>(texts.get("task.library")) {
            @Override
            protected List<Question> call() throws Exception {
                return QuestionLibrary.bundled();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(texts.get("message.libraryFailed", reason(task.getException()))));
        context.tasks().submit(task);
    }

    Task<String> read(Path file, Consumer<String> done, Consumer<String> failed) {
        Task<String> task = new Titled<>(texts.get("task.open", file.getFileName())) {
            @Override
            protected String call() throws Exception {
                return QueryFiles.read(file);
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(texts.get("message.openFailed", file, reason(task.getException()))));
        return context.tasks().submit(task);
    }

    Task<Void> write(Path file, String content, Runnable done, Consumer<String> failed) {
        Task<Void> task = new Titled<>(texts.get("task.save", file.getFileName())) {
            @Override
            protected Void call() throws Exception {
                SafeFileWriter.write(file, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
                return null;
            }
        };
        task.setOnSucceeded(e -> done.run());
        task.setOnFailed(e -> failed.accept(texts.get("message.saveFailed", file, reason(task.getException()))));
        return context.tasks().submit(task);
    }

    /** Writes the settings file; saves asked for while one runs are folded into one more save after it. */
    void saveSettings(Settings settings, Consumer<String> failed) {
        if (savingSettings) {
            settingsChangedWhileSaving = true;
            return;
        }
        savingSettings = true;
        Task<Void> task = new Titled<>(texts.get("task.history")) {
            @Override
            protected Void call() throws Exception {
                settings.save();
                return null;
            }
        };
        Runnable next = () -> {
            savingSettings = false;
            if (settingsChangedWhileSaving) {
                settingsChangedWhileSaving = false;
                saveSettings(settings, failed);
            }
        };
        task.setOnSucceeded(e -> next.run());
        task.setOnFailed(e -> {
            failed.accept(texts.get("message.historyFailed", reason(task.getException())));
            next.run();
        });
        context.tasks().submit(task);
    }

    /** Builds the autocomplete index of the loaded data, stopping an older build that is still running. */
    void buildIndex(Consumer<CompletionIndex> done) {
        if (indexing != null) {
            indexing.cancel();
        }
        Cancellation cancellation = new Cancellation();
        Task<CompletionIndex> task = new Titled<>(texts.get("task.index")) {
            @Override
            protected CompletionIndex call() {
                return KeptCompletion.of(context.store(), (n, total, message) -> updateMessage(
                        texts.get("task.index.progress", n)), cancellation);
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
            }
        };
        task.setOnSucceeded(e -> {
            if (indexing == task) {
                indexing = null;
            }
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            if (indexing == task) {
                indexing = null;
            }
            context.tasks().reportFailure(task);
        });
        indexing = task;
        context.tasks().submitDataWork(task);
    }

    /** A task with the title the status bar shows. */
    private abstract static class Titled<T> extends Task<T> {
        Titled(String title) {
            updateTitle(title);
        }
    }

    private static String reason(Throwable t) {
        if (t instanceof CancellationException) {
            return "cancelled";
        }
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "access denied";
        }
        return t == null ? "" : t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
