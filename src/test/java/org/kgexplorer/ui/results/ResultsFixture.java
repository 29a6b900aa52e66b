package org.kgexplorer.ui.results;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.query.QuestionLibrary;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.InMemoryStore;
import org.kgexplorer.core.store.LoadMode;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Shared set-up of the results tests: the bundled graph, library questions, waiting, snapshots. */
final class ResultsFixture {
    private static InMemoryStore bundled;

    private ResultsFixture() {
    }

    /** The bundled graph, loaded once for all tests (they only read it). */
    static synchronized InMemoryStore bundledStore() throws Exception {
        if (bundled == null) {
            InMemoryStore store = new InMemoryStore();
            store.load(BundledGraph.inputs(), LoadMode.ADD, ProgressListener.silent(), Cancellation.none());
            bundled = store;
        }
        return bundled;
    }

    static String question(String title) throws IOException {
        List<Question> questions = QuestionLibrary.bundled();
        return questions.stream().filter(q -> q.title().equals(title)).findFirst().orElseThrow().sparql();
    }

    /** Waits until no query, sort, filter or save is running and the JavaFX thread has caught up. */
    static void settle(ResultsViewModel model) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.busyProperty().get()
                && !model.arrangingProperty().get() && !model.savingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void run(FxRobot robot, ResultsViewModel model, String sparql) throws TimeoutException {
        robot.interact(() -> model.run(sparql));
        settle(model);
    }

    /** Renders a node to a PNG (no javafx-swing here: the pixels are copied by hand). */
    static Path snapshot(FxRobot robot, Node node, Path file) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}
